import { statSync } from 'node:fs';
import { test } from '@playwright/test';
import { loadWholeSchool, measured, report } from './report';

test('backup and restore of the whole-school year', async ({ page }, testInfo) => {
	await loadWholeSchool(page);
	await page.getByRole('link', { name: 'Settings' }).click();

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	const download = await downloading;
	const file = testInfo.outputPath(download.suggestedFilename());
	await download.saveAs(file);
	report('backup_bytes', statSync(file).size);
	report('backup_ms', await measured(page, 'keep-up:backup'));

	await page.getByLabel('Backup file').setInputFiles(file);
	await page.getByRole('button', { name: 'Replace everything on this device' }).click();
	await page.getByText('Restored Riverside Academy (demo) from the backup.').waitFor();
	const read = await measured(page, 'keep-up:restore-read');
	const write = await measured(page, 'keep-up:restore');
	report('restore_read_ms', read);
	report('restore_write_ms', write);
	report('restore_ms', read + write);

	// Merging a backup of the same data: every record is compared and none is written.
	await page.getByLabel('Backup file').setInputFiles(file);
	await page.getByRole('button', { name: 'Merge into this device' }).click();
	await page.getByText('Merged the backup into this device.').waitFor();
	report('merge_ms', await measured(page, 'keep-up:merge'));
});
