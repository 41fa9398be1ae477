import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loadDemoSchool, test } from './fixtures';
import { openImport, previewImport, startOwnSchool } from './steps';

function pupilIn(page: Page, className: string, name: string) {
	return page
		.getByRole('region', { name: new RegExp(`^${className}`) })
		.getByRole('listitem')
		.filter({ hasText: name });
}

test('a school imports its MIS class lists and sees every pupil with their badges', async ({
	page
}) => {
	await startOwnSchool(page);
	await openImport(page);
	await expectNoAxeViolations(page);

	await previewImport(page, 'arbor-5B.csv', ['28 to create', '0 rejected']);
	await expect(page.getByText('A new class, 5B (Year 5), will be created.')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Import 28 good rows' }).click();
	await expect(page.getByRole('heading', { name: 'Imported' })).toBeFocused();
	await expect(page.getByRole('status')).toContainText('28 new pupils, 0 updated');
	await expectNoAxeViolations(page);

	for (const [file, count] of [
		['sims-4R.csv', 30],
		['bromcom-8M2.csv', 29]
	] as const) {
		await page.getByRole('button', { name: 'Import another class list' }).click();
		await previewImport(page, file, [`${count} to create`, '0 rejected']);
		await page.getByRole('button', { name: `Import ${count} good rows` }).click();
		await expect(page.getByRole('status')).toContainText(`${count} new pupils`);
	}

	await page.getByRole('button', { name: 'Import another class list' }).click();
	await previewImport(page, 'arbor-6H-with-errors.csv', ['8 to create', '4 rejected']);
	const rejected = page.getByRole('region', { name: 'Rejected rows' }).getByRole('row');
	await expect(rejected).toHaveCount(5);
	const cells = (n: number) => rejected.nth(n).getByRole('cell');
	await expect(cells(1)).toHaveText([
		'5',
		'Chloe Khan',
		/UPN A886234522404 .* check letter is wrong/
	]);
	await expect(cells(2)).toHaveText(['7', 'Muhammad Ahmed', /UPN J886234522405 is also on row 6/]);
	await expect(cells(3)).toHaveText(['9', '(no name)', 'The pupil name is missing.']);
	await expect(cells(4)).toHaveText(['11', 'Charlie Cooper', /Year 14 is not one of Years 3 to 9/]);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Import 8 good rows' }).click();
	await expect(page.getByRole('status')).toContainText(
		'8 new pupils, 0 updated, 0 unchanged; 4 rows not imported'
	);
	// The roster's own link starts another import from this last screen too.
	await openImport(page);

	await page
		.getByRole('navigation', { name: 'Roster' })
		.getByRole('link', { name: 'Classes and pupils' })
		.click();
	for (const name of ['4R', '5B', '6H', '8M2']) {
		await expect(
			page.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) })
		).toBeVisible();
	}
	await expect(pupilIn(page, '5B', 'Elsie Taylor')).toContainText(/SEN\s*support/);
	await expect(pupilIn(page, '5B', 'Elsie Taylor')).toContainText('PP');
	await expect(pupilIn(page, '5B', 'Dylan Brown')).toContainText('EAL');
	await expect(pupilIn(page, '4R', 'Priya White')).toContainText('EHCP');
	await expect(pupilIn(page, '4R', 'Tomasz Wilson')).toContainText(/PP\s*EAL/);
	await expect(pupilIn(page, '8M2', 'Tomasz Edwards')).toContainText(/EHCP\s*PP/);
	await expect(pupilIn(page, '8M2', 'Oscar Jones')).toContainText(/SEN\s*support/);
	await expect(pupilIn(page, '8M2', 'Noah Harris')).toContainText('EAL');
	await expect(pupilIn(page, '6H', 'Chloe Khan')).toHaveCount(0);
	await expect(page.getByRole('region', { name: /^6H/ }).getByRole('listitem')).toHaveCount(8);
	await expect(page.getByText('What the badges mean')).toBeVisible();
	await expectNoAxeViolations(page);

	// The same files again: nothing to create, nothing to update, nothing written.
	await openImport(page);
	await previewImport(page, 'arbor-5B.csv', ['0 to create', '0 to update', '28 unchanged']);
	await expect(page.getByText('Nothing to import')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Import 28 good rows' })).toBeDisabled();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await previewImport(page, 'bromcom-8M2.csv', ['0 to create', '0 to update', '29 unchanged']);
	await expect(page.getByRole('button', { name: 'Import 29 good rows' })).toBeDisabled();
});

test('files that are not class lists are refused with a message', async ({ page }) => {
	await startOwnSchool(page);
	await openImport(page);
	const input = page.getByLabel('Class list (CSV file)');

	await input.setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
	await expect(page.getByRole('alert')).toHaveText(
		'empty.csv: This file is empty: there is no class list in it.'
	);

	const workbook = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
	await input.setInputFiles({
		name: 'class.xlsx',
		mimeType: 'application/octet-stream',
		buffer: workbook
	});
	await expect(page.getByRole('alert')).toContainText(
		'This file is a spreadsheet workbook, not a CSV file.'
	);

	const noNames = Buffer.from('UPN,Year,Form\nC886234523101,5,5B\n');
	await input.setInputFiles({ name: 'no-names.csv', mimeType: 'text/csv', buffer: noNames });
	await expect(page.getByRole('alert')).toContainText('Keep Up cannot find the pupils’ names');
	await expect(page.getByRole('button', { name: 'Check the rows' })).toBeDisabled();
	await expectNoAxeViolations(page);
});

test('classes, pupils and adults are added, changed, moved, archived and exported', async ({
	page
}) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Roster' }).click();
	await expect(page.getByRole('heading', { name: /^8B/ })).toBeVisible();

	await page.getByRole('link', { name: 'Adults' }).click();
	await page.getByLabel('Name').fill('Mr Khan');
	await page.getByLabel('Role').selectOption({ label: 'Teacher' });
	await page.getByLabel('Runs same-day intervention groups').uncheck();
	await page.getByRole('button', { name: 'Add adult' }).click();
	await expect(page.getByRole('row', { name: /Mr Khan/ }).getByRole('cell')).toHaveText([
		'Teacher',
		'No',
		'Change Mr Khan'
	]);
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Classes and pupils' }).click();
	const addClass = page.getByRole('region', { name: 'Add a class' });
	await addClass.getByLabel('Class name').fill('9Z');
	await addClass.getByLabel('Year group').selectOption({ label: 'Year 9' });
	await addClass.getByLabel('Class teacher').selectOption({ label: 'Mr Khan (Teacher)' });
	await addClass.getByRole('button', { name: 'Add class' }).click();
	await expect(page.getByRole('heading', { name: '9Z Year 9 · Mr Khan' })).toBeVisible();
	await addClass.getByLabel('Class name').fill('8b');
	await addClass.getByRole('button', { name: 'Add class' }).click();
	await expect(addClass.getByRole('alert')).toContainText('There is already a class called 8B.');
	await expect(addClass.getByLabel('Class name')).toHaveValue('8b');

	await page.getByRole('link', { name: 'Manage 9Z' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^9Z/ })).toBeVisible();
	const addPupil = page.getByRole('region', { name: 'Add a pupil' });
	await addPupil.getByLabel('Name').fill('Ada Lovelace');
	await addPupil.getByLabel('UPN (optional)').fill('C886234523102');
	await addPupil.getByRole('button', { name: 'Add pupil' }).click();
	await expect(addPupil.getByRole('alert')).toContainText('the UPN check letter is wrong');
	await addPupil.getByLabel('UPN (optional)').fill('c886 2345 23101');
	await addPupil.getByLabel('EHC plan (E)').check();
	await addPupil.getByLabel('Disadvantaged (Pupil Premium)').check();
	await addPupil.getByRole('button', { name: 'Add pupil' }).click();
	const ada = page.getByRole('row', { name: /^Ada Lovelace/ });
	await expect(ada).toContainText(/EHCP\s*PP/);
	await expect(ada).toContainText('C886234523101');

	await ada.getByRole('button', { name: 'Change Ada Lovelace' }).click();
	await expect(page.getByText('Delete', { exact: true })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByLabel('Move to another class').selectOption({ label: '8B' });
	await page.getByRole('button', { name: 'Move', exact: true }).click();
	await expect(page.getByText('No pupils yet')).toBeVisible();

	await page.getByRole('link', { name: 'Classes and pupils' }).click();
	await expect(pupilIn(page, '8B', 'Ada Lovelace')).toContainText('EHCP');
	await page.getByRole('link', { name: 'Manage 8B' }).click();
	await page.getByRole('button', { name: 'Change Ada Lovelace' }).click();
	await page.getByRole('button', { name: 'Delete' }).click();
	await page.getByRole('button', { name: 'Yes, delete Ada Lovelace' }).click();
	await expect(page.getByRole('row', { name: /^Ada Lovelace/ })).toHaveCount(0);

	// A demo pupil has results: archived and restored, never deleted.
	const first = page.getByRole('table').getByRole('row').nth(1);
	const change = first.getByRole('button', { name: /^Change / });
	const name = ((await change.textContent()) ?? '').replace('Change', '').trim();
	await change.click();
	await expect(
		page.getByText(`${name} has results, so they can be archived but not deleted.`)
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Archive', exact: true }).click();
	await expect(page.getByRole('rowheader', { name: new RegExp(`^${name}`) })).toHaveCount(0);
	await page.getByLabel(/Show archived pupils/).check();
	await page.getByRole('button', { name: `Change ${name}` }).click();
	await page.getByRole('button', { name: 'Restore from the archive' }).click();
	// Unticked, the toggle goes: there are no archived pupils left to show.
	await page.getByLabel(/Show archived pupils/).click();
	await expect(page.getByLabel(/Show archived pupils/)).toHaveCount(0);
	await expect(page.getByRole('rowheader', { name: new RegExp(`^${name}`) })).toBeVisible();

	const details = page.getByRole('region', { name: 'Class details' });
	await details.getByLabel('Class name').fill('8B Maths');
	await details.getByRole('button', { name: 'Save class details' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /^8B Maths/ })).toBeVisible();
	await details.getByRole('button', { name: 'Archive 8B Maths' }).click();
	await page.getByRole('link', { name: 'Classes and pupils' }).click();
	await expect(page.getByRole('heading', { name: /^8B Maths/ })).toHaveCount(0);
	await page.getByLabel('Show archived classes and pupils').check();
	await expect(page.getByRole('heading', { name: /^8B Maths/ })).toContainText('Archived');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export the roster (CSV)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('keep-up-roster-2026-11-23.csv');
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	const csv = Buffer.concat(chunks).toString('utf8');
	expect(csv.split('\r\n')[0]).toBe('\ufeffClass,Year,Name,UPN,SEN,Disadvantaged,EAL,Archived');
	expect(csv).toMatch(/\r\n8B Maths,8,[^,]+,,[^,]+,(Yes|No),(Yes|No),Yes\r\n/);
});
