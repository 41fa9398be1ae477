import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loadDemoSchool, test } from './fixtures';

const lockHeading = (page: Page) => page.getByRole('heading', { name: 'Keep Up is locked' });

async function turnOnLock(page: Page, pin: string, repeat = pin): Promise<void> {
	const card = page.getByRole('region', { name: 'Staff lock on this device' });
	await card.getByLabel('Choose a PIN').fill(pin);
	await card.getByLabel('Type the PIN again').fill(repeat);
	await card.getByRole('button', { name: 'Turn on the staff lock' }).click();
	if (pin === repeat) await expect(card.getByText('The staff lock is on.')).toBeVisible();
}

async function unlock(page: Page, pin: string): Promise<void> {
	await page.getByLabel('PIN', { exact: true }).fill(pin);
	await page.getByRole('button', { name: 'Unlock' }).click();
}

test('a shared tablet locks when left, asks again when reopened, and slows down guessing', async ({
	page
}) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Settings' }).click();
	const card = page.getByRole('region', { name: 'Staff lock on this device' });

	await turnOnLock(page, '123', '');
	await expect(card.getByRole('alert')).toContainText('The PIN must be 4 to 12 digits');
	await turnOnLock(page, '2468', '2486');
	await expect(card.getByRole('alert')).toContainText('The two PINs are not the same');
	await expect(card.getByLabel('Lock after this long without a tap')).toHaveValue('5');
	await turnOnLock(page, '2468');
	await expectNoAxeViolations(page);

	// A pupil's history is on screen when the tablet is left on a table.
	await page.getByRole('link', { name: 'Review' }).click();
	await page.locator('a[href^="#/review/pupil/"]').first().click();
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Review');
	const name = (await page.getByRole('heading', { level: 1 }).innerText()).split('\n')[0].trim();
	await expect(page).toHaveTitle(new RegExp(name));

	await page.clock.fastForward('04:30');
	await expect(lockHeading(page)).toBeHidden();
	await page.clock.fastForward('00:40');
	await expect(lockHeading(page)).toBeVisible();
	await expect(page).toHaveTitle('Locked · Keep Up');
	const shown = await page.locator('body').innerText();
	expect(shown).not.toContain(name);
	expect(shown).not.toContain('Riverside');
	await expectNoAxeViolations(page);

	// Three wrong PINs, then each try waits.
	for (const wrong of ['1111', '2222']) {
		await unlock(page, wrong);
		await expect(page.getByRole('alert')).toHaveText('That PIN is not right.');
	}
	await unlock(page, '3333');
	await expect(page.getByRole('alert')).toHaveText(
		'That PIN is not right. Wait 30 seconds before trying again.'
	);
	const unlockButton = page.getByRole('button', { name: 'Unlock' });
	await expect(unlockButton).toBeDisabled();
	await expect(page.getByRole('status')).toContainText('you can try again in');
	await expectNoAxeViolations(page);
	await page.clock.fastForward('00:31');
	await expect(unlockButton).toBeEnabled();
	await unlock(page, '2468');

	// Back where they were.
	await expect(lockHeading(page)).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
	await expect(page).toHaveTitle(new RegExp(name));

	// Locked by hand, what was being typed is still there afterwards.
	await page.getByRole('link', { name: 'Settings' }).click();
	const schoolName = page.getByRole('textbox', { name: 'School name', exact: true });
	await schoolName.fill('Riverside Primary');
	const lockButton = page.getByRole('button', { name: 'Lock', exact: true });
	await lockButton.click();
	await expect(lockHeading(page)).toBeVisible();
	await expect(page.getByLabel('PIN', { exact: true })).toBeFocused();
	await unlock(page, '2468');
	await expect(schoolName).toHaveValue('Riverside Primary');
	await expect(lockButton).toBeFocused();

	// Reopened: the PIN is asked again.
	await page.reload();
	await expect(lockHeading(page)).toBeVisible();
	await unlock(page, '2468');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings and data');
});

test('a forgotten PIN is reset only by erasing the device’s data', async ({ page }) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Settings' }).click();
	await turnOnLock(page, '97531');
	await page.reload();
	await expect(lockHeading(page)).toBeVisible();

	await page.getByText('Forgotten the PIN?').click();
	const erase = page.getByRole('button', { name: 'Erase all data on this device' });
	await expect(erase).toBeDisabled();
	await expectNoAxeViolations(page);
	await page.getByLabel('To confirm, type the word ERASE').fill('erase');
	await erase.click();

	await expect(page.getByRole('heading', { name: 'Welcome to Keep Up' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Welcome to Keep Up' })).toBeVisible();
	await expect(lockHeading(page)).toBeHidden();
	expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('on a tablet with a staff PIN, leaving pupil mode locks it, so pupils cannot reach the teacher’s screens', async ({
	page
}) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'New check for 7B' }).click();
	await page.getByLabel('Lesson title').fill('Negative numbers');
	const question = page.getByRole('group', { name: 'Question 1', exact: true });
	await question.getByLabel('Question', { exact: true }).fill('−3 + 7 = ?');
	await question.getByLabel('A number: pupils answer on a tablet').check();
	await question.getByLabel('Answer (a number)').fill('4');
	await page.getByRole('button', { name: 'Save and start marking' }).click();
	await expect(page.getByText('This tablet has no staff PIN')).toBeVisible();

	await page.getByRole('link', { name: 'Settings' }).click();
	await turnOnLock(page, '2468');
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1, name: /Negative numbers/ })).toBeVisible();
	await expect(page.getByText('This tablet has no staff PIN')).toBeHidden();

	await page.getByRole('button', { name: 'Pupils answer on this tablet' }).click();
	await expect(page.getByRole('heading', { name: 'Tap your name' })).toBeVisible();
	await page.getByRole('button', { name: 'Staff' }).focus();
	await page.keyboard.down('Enter');
	await page.clock.runFor(2100);
	await page.keyboard.up('Enter');
	const dialog = page.getByRole('dialog', { name: 'Leave pupil mode?' });
	await expect(dialog).toContainText('Leaving locks this tablet');
	await dialog.getByRole('button', { name: 'Leave pupil mode' }).click();

	await expect(lockHeading(page)).toBeVisible();
	expect(await page.locator('body').innerText()).not.toContain('Negative numbers');
	await expectNoAxeViolations(page);
	await unlock(page, '2468');
	await expect(page.getByRole('heading', { level: 1, name: /Negative numbers/ })).toBeVisible();
	await expect(page.getByRole('grid')).toBeVisible();
});
