import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loadDemoSchool, test } from './fixtures';

async function authorCheck(page: Page) {
	await page.getByRole('link', { name: 'New check for 3B' }).click();
	await expectNoAxeViolations(page);
	await page.getByLabel('Lesson title').fill('Fractions of amounts');
	const prompts = [
		'1/4 of 12',
		'Show 2/3 of 9 with a bar model',
		'Is 1/2 of 8 more than 1/3 of 9?',
		'3/5 of 20'
	];
	const keystones = ['Fluency', 'Representation & Structure', 'Mathematical Thinking', 'Variation'];
	for (const [i, prompt] of prompts.entries()) {
		if (i > 0) await page.getByRole('button', { name: 'Add a question' }).click();
		const question = page.getByRole('group', { name: `Question ${i + 1}` });
		await question.getByLabel('Question', { exact: true }).fill(prompt);
		await question.getByLabel('Keystone area').selectOption({ label: keystones[i] });
	}
	await page
		.getByRole('group', { name: 'Question 1' })
		.getByLabel('Essential: missing it flags the pupil')
		.check();
	await page.getByRole('button', { name: 'Save and start marking' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Fractions of amounts/ })).toBeVisible();
}

function cell(page: Page, pupil: string, question: number): Locator {
	return page.getByRole('button', { name: new RegExp(`^${pupil}, question ${question}:`) });
}

test('a teacher authors a check, marks a class by exception and overrides a flag', async ({
	page
}) => {
	await loadDemoSchool(page);
	await expectNoAxeViolations(page);
	await authorCheck(page);

	const grid = page.getByRole('grid');
	const rows = grid.locator('tbody tr');
	await expect(rows).toHaveCount(30);
	const names = await rows.locator('th .name').allTextContents();
	const [a, b, c, d] = names;

	// Marking by exception: one tap for everyone, then one tap per wrong answer.
	let taps = 0;
	const tap = async (target: Locator) => {
		taps++;
		await target.click();
	};
	await tap(page.getByRole('button', { name: 'Everyone correct' }));
	await expect(page.getByRole('status')).toHaveText('30 of 30 present pupils marked');
	await tap(cell(page, a, 1));
	await tap(cell(page, b, 2));
	await tap(cell(page, b, 3));

	// A closed tab or a reload mid-marking loses nothing.
	await expect(cell(page, b, 3)).toHaveAccessibleName(`${b}, question 3: wrong`);
	await page.reload();
	await expect(cell(page, a, 1)).toHaveAccessibleName(`${a}, question 1: wrong`);
	await expect(cell(page, b, 2)).toHaveAccessibleName(`${b}, question 2: wrong`);
	await expect(cell(page, c, 1)).toHaveAccessibleName(`${c}, question 1: correct`);

	await tap(cell(page, c, 4));
	await tap(cell(page, d, 2));
	expect(taps).toBeLessThanOrEqual(7);

	// a: missed the essential question; b: 2 of 4; c and d: 3 of 4 is not below 75%.
	const flagged = page.getByRole('region', { name: /Flagged/ });
	await expect(flagged.getByRole('heading', { name: 'Flagged 2' })).toBeVisible();
	await expect(flagged).toContainText(`${a}`);
	await expect(flagged).toContainText('missed essential Q1');
	await expect(flagged).toContainText('2 of 4 answered correctly');
	await expectNoAxeViolations(page);

	// The teacher's judgement wins, with a reason.
	await flagged.getByRole('button', { name: `Not flagged: ${b}` }).click();
	await flagged.getByLabel('Reason').fill('Explained it well in the plenary');
	await flagged.getByRole('button', { name: 'Remove the flag' }).click();
	await expect(flagged.getByRole('heading', { name: 'Flagged 1' })).toBeVisible();
	await expect(flagged.getByRole('heading', { name: 'Unflagged by you' })).toBeVisible();
	await expect(flagged).toContainText('Explained it well in the plenary');

	// An absent pupil is listed to check tomorrow, not flagged.
	await page.getByRole('button', { name: `${d} absent` }).click();
	await expect(flagged).toContainText(`Absent — check tomorrow`);
	await expect(flagged.getByRole('heading', { name: 'Absent — check tomorrow' })).toBeVisible();

	await page.reload();
	await expect(flagged.getByRole('heading', { name: 'Flagged 1' })).toBeVisible();
	await expect(flagged).toContainText('Explained it well in the plenary');

	await page.getByRole('link', { name: 'Teach', exact: true }).first().click();
	const today = page.getByRole('region', { name: /^3B/ });
	await expect(today.getByRole('link', { name: 'Fractions of amounts' })).toBeVisible();
	await expect(today).toContainText('29 of 29 present marked · 1 flagged');
});

test('a tab closed straight after a tap flags the pupil, and the groups follow when Keep Up opens again', async ({
	context,
	page
}) => {
	await loadDemoSchool(page);
	await authorCheck(page);
	const checkUrl = page.url();
	await page.getByRole('button', { name: 'Everyone correct' }).click();
	await expect(page.getByRole('status')).toHaveText('30 of 30 present pupils marked');
	const [pupil] = await page.getByRole('grid').locator('tbody tr th .name').allTextContents();

	// The flagged list shows the pupil at once; the groups follow when the taps pause, and the
	// tab is closed before they can.
	await cell(page, pupil, 1).click();
	await expect(page.getByRole('heading', { name: 'Flagged 1' })).toBeVisible();
	await page.close();

	const again = await context.newPage();
	await again.goto(checkUrl);
	await expect(again.getByRole('heading', { name: 'Flagged 1' })).toBeVisible();
	const groups = again.getByRole('region', { name: 'Groups for this afternoon' });
	await expect(groups.getByRole('article').filter({ hasText: pupil })).toHaveCount(1);
	await expectNoAxeViolations(again);
});

test('the marking grid works with a keyboard alone', async ({ page }) => {
	await loadDemoSchool(page);
	await authorCheck(page);
	const first = page.getByRole('grid').getByRole('button').first();
	await first.focus();
	await page.keyboard.press('Space');
	await expect(first).toHaveAccessibleName(/question 1: correct/);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('x');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('n');
	const names = await page.getByRole('grid').locator('tbody th .name').allTextContents();
	await expect(cell(page, names[0], 2)).toHaveAccessibleName(`${names[0]}, question 2: wrong`);
	await expect(cell(page, names[1], 2)).toHaveAccessibleName(
		`${names[1]}, question 2: not answered`
	);
	await page.keyboard.press('End');
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: `${names[1]} absent` })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('a check that breaks the rules is refused and the form keeps what was typed', async ({
	page
}) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'New check for 5B' }).click();
	await page.getByLabel('Lesson title').fill('Short multiplication');
	await page.getByRole('button', { name: 'Save and start marking' }).click();
	await expect(page.getByRole('alert')).toHaveText('The question is missing.');
	await expect(page.getByLabel('Lesson title')).toHaveValue('Short multiplication');

	await page.getByLabel('Question', { exact: true }).fill('346 × 4');
	await page.getByLabel('Date').fill('2026-11-30');
	await page.getByRole('button', { name: 'Save and start marking' }).click();
	await expect(page.getByRole('alert')).toHaveText('A check cannot be dated in the future.');
	await expect(page.getByLabel('Question', { exact: true })).toHaveValue('346 × 4');

	for (let i = 1; i < 6; i++) await page.getByRole('button', { name: 'Add a question' }).click();
	await expect(page.getByRole('button', { name: 'Add a question' })).toBeDisabled();
	await expect(page.getByText('A check has at most 6 questions.')).toBeVisible();
});

test('a check is reused from a recent one and from the question bank, and printed as slips', async ({
	page
}) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'New check for 7B' }).click();
	await page.getByText('Start from a recent check').click();
	await page
		.getByRole('button', { name: /^Use: / })
		.first()
		.click();
	const title = await page.getByLabel('Lesson title').inputValue();
	expect(title.length).toBeGreaterThan(0);
	await page
		.getByRole('group', { name: 'Question 1' })
		.getByLabel('Save to the question bank')
		.check();
	const saved = await page
		.getByRole('group', { name: 'Question 1' })
		.getByLabel('Question', { exact: true })
		.inputValue();
	await page.getByRole('button', { name: 'Save and start marking' }).click();
	await expect(page.getByRole('heading', { level: 1, name: new RegExp(title) })).toBeVisible();

	await page.getByRole('link', { name: 'Print pupil slips' }).click();
	await expect(page.locator('.slip')).toHaveCount(30);
	await expect(page.locator('.slip').first()).toContainText(saved);
	await expectNoAxeViolations(page);

	await page.goto('/#/teach');
	await page.getByRole('link', { name: 'New check for 8B' }).click();
	await page.getByText('Add questions from the question bank').click();
	await page.getByLabel('Search saved questions').fill(saved.split(' ')[0]);
	await page.getByRole('button', { name: `Add: ${saved}` }).click();
	// It takes the place of the empty first question, and cannot be added twice.
	await expect(
		page.getByRole('group', { name: 'Question 1' }).getByLabel('Question', { exact: true })
	).toHaveValue(saved);
	await expect(page.getByRole('group', { name: 'Question 2' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: `Add: ${saved}` })).toHaveCount(0);
	await expect(page.getByText(`Added: ${saved}`)).toBeAttached();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: `Remove from the bank: ${saved}` }).click();
	await page.getByLabel('Search saved questions').fill('');
	await expect(page.getByText('No saved questions yet.')).toBeVisible();
});
