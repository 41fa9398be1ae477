import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loadDemoSchool, test } from './fixtures';

// axe on the states a screen can be in, not only on the screens full of the demo school.

const SECTIONS = ['Teach', 'Intervene', 'Review', 'Roster', 'Settings'];

async function everySection(page: Page, expectText: (section: string) => RegExp): Promise<void> {
	for (const section of SECTIONS) {
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: section })
			.click();
		await expect(page.getByRole('main')).toContainText(expectText(section));
		await expectNoAxeViolations(page);
	}
}

test('every section with no school yet, and with a school that has no classes', async ({
	page
}) => {
	await page.goto('/');
	await everySection(page, () => /No school on this device yet/);

	await page.goto('/');
	await page.getByLabel('School name').fill('Hillside School');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
	const empty: Record<string, RegExp> = {
		Teach: /No classes yet\. Add your classes in Roster\./,
		Intervene: /Who are you\?/,
		Review: /No checks have been marked yet\./,
		Roster: /No classes yet/,
		Settings: /Staff lock on this device/
	};
	await everySection(page, (section) => empty[section]);
});

test('a merge report, and the messages of forms that refuse what was typed', async ({
	page
}, testInfo) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Settings' }).click();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	const file = testInfo.outputPath('backup.json');
	await (await downloading).saveAs(file);

	await page.getByLabel('Backup file').setInputFiles(file);
	await page.getByRole('button', { name: 'Merge into this device' }).click();
	await expect(page.getByRole('table', { name: 'What the merge did' })).toBeVisible();
	await expectNoAxeViolations(page);

	const rules = page.getByRole('region', { name: 'Flags and groups' });
	await rules.getByLabel('Flag a pupil who scores below this percentage').fill('0');
	await rules.getByRole('button', { name: 'Save' }).click();
	await expect(rules.getByRole('alert')).toContainText('Not saved');

	const lock = page.getByRole('region', { name: 'Staff lock on this device' });
	await lock.getByLabel('Choose a PIN').fill('12');
	await lock.getByRole('button', { name: 'Turn on the staff lock' }).click();
	await expect(lock.getByRole('alert')).toContainText('The PIN must be 4 to 12 digits');
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Teach' }).click();
	await page
		.getByRole('link', { name: /^New check for/ })
		.first()
		.click();
	await page.getByRole('button', { name: 'Save and start marking' }).click();
	await expect(page.getByRole('alert').first()).toBeVisible();
	await expectNoAxeViolations(page);
});
