import { expect, expectNoAxeViolations, loadDemoSchool, test } from './fixtures';

declare global {
	interface Window {
		keepUpDiskFull?: boolean;
	}
}

test('a tap on a full disk is said plainly and saved once there is space again', async ({
	page
}) => {
	// The browser refuses every write while `keepUpDiskFull` is set, as it does on a full disk.
	await page.addInitScript(() => {
		for (const method of ['put', 'add'] as const) {
			// eslint-disable-next-line @typescript-eslint/unbound-method -- called with its store below
			const original = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args) {
				if (window.keepUpDiskFull) {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				}
				return original.apply(this, args);
			} as typeof original;
		}
	});
	await loadDemoSchool(page);
	await page.locator('a[href^="#/teach/check/"]').first().click();
	const grid = page.getByRole('grid');
	const first = grid.locator('tbody tr').first();
	const name = (await first.locator('th .name').textContent()) ?? '';
	const cell = grid.getByRole('button', { name: new RegExp(`^${name}, question 1:`) });
	const before = (await cell.getAttribute('aria-label')) ?? '';

	await page.evaluate(() => (window.keepUpDiskFull = true));
	await cell.click();
	const bar = page.getByRole('alert');
	await expect(bar).toContainText('This device is out of storage space');
	await expect(bar).toContainText('One change is waiting here to be saved.');
	await expect(cell).toHaveAccessibleName(before);
	await expectNoAxeViolations(page);

	await bar.getByRole('button', { name: 'Try again' }).click();
	await expect(bar).toContainText('One change is waiting here to be saved.');

	await page.evaluate(() => (window.keepUpDiskFull = false));
	await bar.getByRole('button', { name: 'Try again' }).click();
	await expect(bar).toBeHidden();
	await expect(cell).not.toHaveAccessibleName(before);
	const after = (await cell.getAttribute('aria-label')) ?? '';
	await page.reload();
	await expect(cell).toHaveAccessibleName(after);
});

test('Settings says what it means when storage is not persistent, and how much is used', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator.storage, 'persisted', { value: () => Promise.resolve(false) });
		Object.defineProperty(navigator.storage, 'persist', { value: () => Promise.resolve(false) });
	});
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Settings' }).click();
	const card = page.getByRole('region', { name: 'Storage on this device' });
	await expect(card).toContainText('Persistent storage not granted.');
	await expect(card).toContainText('in Safari, after seven days without a visit');
	await expect(card).toContainText('Add to Home Screen');
	await expect(card).toContainText(
		/Keep Up uses [\d.]+ (bytes|KB|MB) on this device, of [\d.]+ GB/
	);
	await expect(card.getByRole('button', { name: 'Ask the browser again' })).toBeVisible();
	await expectNoAxeViolations(page);
});
