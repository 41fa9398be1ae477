import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loadDemoSchool, test } from './fixtures';

/** The text of each working screen: equal texts mean the school came back the same. */
async function screens(page: Page): Promise<Record<string, string>> {
	const main = page.getByRole('main');
	await page.getByRole('link', { name: 'Teach' }).click();
	await expect(page.getByRole('heading', { name: /^3B/ })).toBeVisible();
	const teach = await main.innerText();

	await page.getByRole('link', { name: 'Intervene' }).click();
	await page.getByLabel('Who are you?').selectOption({ label: 'Mrs Green' });
	await expect(page.getByRole('article').first()).toBeVisible();
	const intervene = await main.innerText();

	await page.getByRole('link', { name: 'Review' }).click();
	await expect(page.getByRole('rowheader', { name: 'Fluency' })).toBeVisible();
	const review = await main.innerText();

	await page.getByRole('link', { name: 'Roster' }).click();
	await expect(page.getByRole('heading', { name: /^8B/ })).toBeVisible();
	const roster = await main.innerText();

	await page.getByRole('link', { name: 'Leading maths' }).click();
	await expect(page.getByRole('heading', { name: 'Visits (10)' })).toBeVisible();
	const leading = await main.innerText();
	return { teach, intervene, review, roster, leading };
}

test('the demo school backed up, erased and restored shows the same screens', async ({
	page
}, testInfo) => {
	await loadDemoSchool(page);
	const before = await screens(page);

	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByText('No backup has been made on this device yet.')).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe(
		'keep-up-backup-riverside-academy-demo-2026-11-23.json'
	);
	const file = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(file);
	await expect(page.getByText(/^Last backup: Monday 23 November 2026 at 10:\d\d\.$/)).toBeVisible();
	await expect(
		page.getByRole('status').filter({ hasText: 'Saved to your downloads' })
	).toBeVisible();
	await expectNoAxeViolations(page);

	const confirm = page.getByLabel(/To confirm, type the school name/);
	const erase = page.getByRole('button', { name: 'Erase all data on this device' });
	await confirm.fill('Riverside');
	await expect(erase).toBeDisabled();
	await confirm.fill('riverside academy (DEMO)');
	await erase.click();
	await expect(page.getByRole('heading', { name: 'Welcome to Keep Up' })).toBeVisible();

	await page.getByRole('link', { name: 'Restore a backup' }).click();
	await expect(page.getByRole('heading', { name: 'No school on this device yet' })).toBeVisible();
	await page.getByLabel('Backup file').setInputFiles(file);
	await expect(
		page.getByRole('heading', { name: 'Backup of Riverside Academy (demo)' })
	).toBeVisible();
	await expect(page.getByRole('row', { name: 'Pupils 120' })).toBeVisible();
	await expect(page.getByRole('row', { name: 'Visits 10' })).toBeVisible();
	await expect(page.getByRole('row', { name: 'Saved governor reports 1' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Restore onto this device' }).click();
	await expect(page.getByText('Restored Riverside Academy (demo) from the backup.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'This is the demo school' })).toBeVisible();
	await expectNoAxeViolations(page);

	expect(await screens(page)).toEqual(before);
});

test('a file that is not a backup is refused with the reason', async ({ page }) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByLabel('Backup file').setInputFiles({
		name: 'class-list.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('Name,Class\nAda Lovelace,5B\n')
	});
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('This file cannot be restored, and nothing on this device');
	await expect(alert).toContainText('This file is not a Keep Up backup');
	await expect(page.getByRole('button', { name: /Replace everything/ })).toHaveCount(0);
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: 'Roster' }).click();
	await expect(page.getByRole('heading', { name: /^8B/ })).toBeVisible();
});

/** The first version's database of the backup fixture, as that version of Keep Up wrote it. */
function firstVersion(): Record<string, Record<string, unknown>[]> {
	const { school } = JSON.parse(readFileSync('tests/fixtures/backups/schema-1.json', 'utf8')) as {
		school: Record<string, Record<string, unknown> | Record<string, unknown>[]>;
	};
	return Object.fromEntries(
		Object.entries(school).map(([table, value]) => [
			table,
			(Array.isArray(value) ? value : [value]).map(({ bytes, ...record }) => ({
				...record,
				// Plain lists here: they become bytes again inside the page.
				...Object.fromEntries(
					Object.entries((bytes ?? {}) as Record<string, string>).map(([field, text]) => [
						field,
						[...Buffer.from(text, 'base64')]
					])
				)
			}))
		])
	);
}

test('a device holding the first version’s data opens with every record upgraded', async ({
	page
}) => {
	// Written before Keep Up opens, as the first version left it: its tables and indexes.
	await page.goto('/manifest.webmanifest');
	await page.evaluate(async (tables) => {
		const stores: Record<string, string[]> = {
			settings: [],
			adults: [],
			classes: ['teacherId'],
			pupils: ['classId', 'upn'],
			checks: ['classId', 'date', '[classId+date]', '*pupilIds'],
			groups: ['checkId', 'date', '[date+adultId]'],
			bank: ['keystoneId']
		};
		const BYTES = ['marks', 'absent', 'rule', 'overrides', 'attended', 'recheck', 'security'];
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open('keep-up', 10);
			request.onupgradeneeded = () => {
				for (const [name, indexes] of Object.entries(stores)) {
					const store = request.result.createObjectStore(name, { keyPath: 'id' });
					for (const index of indexes) {
						const compound = index.startsWith('[');
						const keyPath = compound ? index.slice(1, -1).split('+') : index.replace('*', '');
						store.createIndex(index.replace('*', ''), keyPath, {
							multiEntry: index.startsWith('*')
						});
					}
				}
				for (const [name, records] of Object.entries(tables)) {
					const store = request.transaction!.objectStore(name);
					for (const record of records) {
						for (const field of BYTES) {
							if (Array.isArray(record[field])) {
								record[field] = Uint8Array.from(record[field] as number[]);
							}
						}
						store.put(record);
					}
				}
			};
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
			request.onerror = () => reject(request.error!);
		});
	}, firstVersion());

	await page.goto('/');
	await page.getByRole('link', { name: 'Teach', exact: true }).first().click();
	await expect(page.getByRole('heading', { name: /^4B/ })).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Review' })
		.click();
	await expect(page.getByRole('rowheader', { name: 'Fluency' })).toBeVisible();
	// The outcome the first version kept on its check is now the assistant's own record.
	await page.goto('/#/review/pupil/demo-pupil-00001');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Zainab Walker');
	await expect(page.getByRole('main')).toContainText('Came, re-check right, developing');
	await expectNoAxeViolations(page);
});
