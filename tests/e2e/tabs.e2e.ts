import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loadDemoSchool, SCHOOL_DAY, test } from './fixtures';

// The second tab below opens a plain file of the app's origin to reach its IndexedDB without
// running the app; a service worker would answer that request with the app itself.
test.use({ serviceWorkers: 'block' });

async function anotherTab(page: Page, path: string): Promise<Page> {
	const other = await page.context().newPage();
	await other.clock.install({ time: SCHOOL_DAY });
	await other.goto(path);
	return other;
}

test('a change in one tab shows in another without a reload', async ({ page }) => {
	await loadDemoSchool(page);
	const other = await anotherTab(page, '/#/settings');
	const name = other.getByRole('region', { name: 'School' }).getByLabel('School name');
	await expect(name).toHaveValue('Riverside Academy (demo)');

	await page.getByRole('link', { name: 'Settings' }).click();
	const school = page.getByRole('region', { name: 'School' });
	await school.getByLabel('School name').fill('Riverside Academy');
	await school.getByRole('button', { name: 'Save' }).click();

	await expect(other.getByRole('banner')).toHaveText(/Riverside Academy(?! \(demo\))/);
	await expect(name).toHaveValue('Riverside Academy');
});

test('a newer version upgrading the database in another tab stops this one cleanly', async ({
	page
}) => {
	await loadDemoSchool(page);
	const other = await anotherTab(page, '/manifest.webmanifest');
	await other.evaluate(async () => {
		const open = (version?: number) =>
			new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('keep-up', version);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error!);
			});
		const current = await open();
		current.close();
		// Dexie's versions are IndexedDB's divided by ten: this is the next version of Keep Up.
		(await open(current.version + 10)).close();
	});

	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Keep Up needs updating on this device');
	await expect(alert).toContainText('nothing has been lost');
	await expectNoAxeViolations(page);
});

test('a database deleted in another tab leaves this one saying there is no school', async ({
	page
}) => {
	await loadDemoSchool(page);
	const other = await anotherTab(page, '/manifest.webmanifest');
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.deleteDatabase('keep-up');
				request.onsuccess = () => resolve();
				request.onerror = () => reject(request.error!);
			})
	);
	await expect(page.getByRole('heading', { name: 'No school on this device yet' })).toBeVisible();
	await page.getByRole('link', { name: 'Get started' }).click();
	await expect(page.getByRole('heading', { name: 'Welcome to Keep Up' })).toBeVisible();
});
