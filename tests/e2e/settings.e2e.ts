import { expect, expectNoAxeViolations, test } from './fixtures';

test('a school of its own renames itself, rewords a keystone and changes its slots', async ({
	page
}) => {
	await page.goto('/');
	await page.getByLabel('School name').fill('Hillside Primary');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
	await page.getByRole('navigation').getByRole('link', { name: 'Review' }).click();
	await expect(page.getByRole('complementary', { name: 'Backup reminder' })).toContainText(
		"This device's data has never been backed up."
	);
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Make a backup in Settings' }).click();
	const school = page.getByRole('region', { name: 'School' });
	await school.getByLabel('School name').fill('Hillside Primary School');
	await school.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('banner')).toContainText('Hillside Primary School');

	const keystones = page.getByRole('region', { name: 'Keystone areas' });
	await keystones.getByLabel('Name').nth(3).fill('Number facts');
	await keystones.getByRole('button', { name: 'Save' }).click();
	await expect(keystones.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	const slots = page.getByRole('region', { name: 'Intervention slots' });
	await slots.getByRole('button', { name: 'Add a slot' }).click();
	await slots.getByLabel('Slot 4 starts').fill('14:45');
	await slots.getByRole('button', { name: 'Save' }).click();
	await expect(slots.getByRole('alert')).toContainText(
		'The slots 14:30–14:50 and 14:45–15:15 overlap'
	);
	await expect(slots.getByLabel('Slot 4 starts')).toHaveValue('14:45');
	await expectNoAxeViolations(page);
	await slots.getByLabel('Slot 4 starts').fill('15:00');
	await slots.getByLabel('Slot 4 ends').fill('15:20');
	await slots.getByRole('button', { name: 'Save' }).click();
	await expect(slots.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	await page.reload();
	await expect(slots.getByLabel('Slot 4 ends')).toHaveValue('15:20');
	await expect(keystones.getByLabel('Name').nth(3)).toHaveValue('Number facts');
});
