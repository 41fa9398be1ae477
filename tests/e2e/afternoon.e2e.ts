import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loadDemoSchool, pdfPageCount, test } from './fixtures';
import { addDays } from '../../src/lib/domain/dates';
import { previewImport, startOwnSchool } from './steps';

/** Today's check of a class, from Teach. */
async function openTodaysCheck(page: Page, className: string) {
	await page
		.getByRole('region', { name: new RegExp(`^${className}`) })
		.getByRole('listitem')
		.first()
		.getByRole('link')
		.first()
		.click();
	await expect(page.getByRole('grid')).toBeVisible();
}

const pupilsIn = (text: string) => Number(/(\d+) pupils?/.exec(text)?.[1]);

/** The value of the first option of a select whose words include `text`. */
const optionValue = (select: Locator, text: string) =>
	select
		.locator('option', { hasText: text })
		.first()
		.evaluate((option: HTMLOptionElement) => option.value);

test('the organiser sees every group of the day on the board and gives a waiting one to a teacher', async ({
	page
}) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Board' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Today’s board/ })).toBeVisible();
	const waiting = page.getByRole('region', { name: 'Waiting for an adult' });
	await expect(waiting).toContainText('Every group of the day has an adult and a slot.');
	const firstSlot = page.getByRole('region', { name: '13:15–13:35' });
	await expect(firstSlot.getByRole('listitem').first()).toBeVisible();
	await expect(page.getByRole('region', { name: 'Who is free' }).getByRole('row')).not.toHaveCount(
		0
	);
	await expectNoAxeViolations(page);

	// A group taken back has no adult: it waits first, with how many pupils wait.
	const group = firstSlot.getByRole('listitem').first();
	const pupils = pupilsIn((await group.textContent()) ?? '');
	const classSeen = (await group.locator('.line span').first().textContent()) ?? '';
	await group.getByText('Pupils, or change').click();
	await expectNoAxeViolations(page);
	await group.getByRole('button', { name: 'Take it back: no adult yet' }).click();
	await expect(waiting.getByRole('status')).toContainText(
		`1 group waits: ${pupils} ${pupils === 1 ? 'pupil' : 'pupils'} with no adult`
	);
	const card = waiting.getByRole('article');
	await expect(card).toContainText(`${classSeen} · ${pupils}`);
	await expectNoAxeViolations(page);

	// Given to the class teacher in the slot it had: no one is double-booked.
	const who = card.getByLabel('Who takes it');
	const teacher = await optionValue(who, 'the class teacher');
	const teacherName = ((await who.locator(`option[value="${teacher}"]`).textContent()) ?? '').split(
		' (the class teacher)'
	)[0];
	await who.selectOption(teacher);
	await card.getByLabel('When').selectOption({ label: '13:15–13:35' });
	await card.getByRole('button', { name: 'Give the group' }).click();
	await expect(waiting).toContainText('Every group of the day has an adult and a slot.');
	const given = firstSlot
		.getByRole('listitem')
		.filter({ has: page.locator('strong', { hasText: teacherName }) });
	await expect(given).toContainText(classSeen);
	const teacherRow = page
		.getByRole('region', { name: 'Who is free' })
		.getByRole('row', { name: new RegExp(teacherName) });
	await expect(teacherRow).toContainText('2 of 3');

	// The teacher finds the group on Intervene, and can print its card.
	await page.getByRole('link', { name: 'Intervene' }).click();
	await page.getByLabel('Who are you?').selectOption({ label: teacherName });
	await expect(page.getByRole('article')).toHaveCount(1);
	await expect(page.getByRole('article')).toContainText(`13:15–13:35 · ${classSeen}`);
});

test('an adult already busy in a slot cannot be given a second group then', async ({ page }) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Board' }).click();
	const firstSlot = page.getByRole('region', { name: '13:15–13:35' });
	const [first, second] = [0, 1].map((n) => firstSlot.getByRole('listitem').nth(n));
	const busy = (await second.locator('strong').first().textContent()) ?? '';
	await first.getByText('Pupils, or change').click();
	const who = first.getByLabel('Who takes it');
	await who.selectOption(await optionValue(who, busy));
	await expect(
		first.getByLabel('When').locator('option', { hasText: '13:15–13:35' })
	).toBeDisabled();
	await expect(first.getByLabel('When').locator('option', { hasText: '13:15–13:35' })).toHaveText(
		/has a group then|a pupil is in another group then/
	);
});

for (const [width, height] of [
	[768, 1024],
	[820, 1180],
	[834, 1194]
] as const) {
	test(`the marking screen on a portrait tablet ${width} px wide leads at once to the flagged and the groups`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await loadDemoSchool(page);
		await openTodaysCheck(page, '3B');
		const summary = page.getByRole('group', { name: 'This check at a glance' });
		await expect(summary).toBeInViewport();
		const flagged = summary.getByRole('button', { name: /^Flagged/ });
		const count = Number(/\d+/.exec((await flagged.textContent()) ?? '')?.[0]);
		await expect(page.getByRole('heading', { name: /^Flagged/ })).not.toBeInViewport();

		await flagged.click();
		const flaggedHeading = page.getByRole('heading', { name: /^Flagged/ });
		await expect(flaggedHeading).toBeFocused();
		await expect(flaggedHeading).toBeInViewport();
		await expect(flaggedHeading).toHaveText(`Flagged ${count}`);

		await page.evaluate(() => scrollTo(0, 0));
		await summary.getByRole('button', { name: /^Groups/ }).click();
		const groupsHeading = page.getByRole('heading', { name: 'Groups for this afternoon' });
		await expect(groupsHeading).toBeFocused();
		await expect(groupsHeading).toBeInViewport();

		// Every cell of the grid is still a full touch target, and nothing scrolls sideways.
		const cells = await page
			.getByRole('grid')
			.getByRole('button')
			.evaluateAll((buttons) =>
				buttons.map((b) => [b.getBoundingClientRect().width, b.getBoundingClientRect().height])
			);
		expect(cells.length).toBeGreaterThan(100);
		for (const [w, h] of cells) {
			expect(w).toBeGreaterThanOrEqual(44);
			expect(h).toBeGreaterThanOrEqual(44);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			width
		);
		await expectNoAxeViolations(page);
	});
}

test('the marking grid is three key presses from the top of the page', async ({ page }) => {
	await loadDemoSchool(page);
	await openTodaysCheck(page, '3B');
	await page.reload();
	await expect(page.getByRole('grid')).toBeVisible();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Skip to the marking grid' })).toBeFocused();
	await expectNoAxeViolations(page);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('grid').getByRole('button').first()).toBeFocused();
});

test('pupil slips print four to a sheet of A4, cut lines on the page, for a class of 28', async ({
	page
}) => {
	await startOwnSchool(page);
	await page
		.getByRole('navigation', { name: 'Roster' })
		.getByRole('link', { name: 'Import a class list' })
		.click();
	await previewImport(page, 'arbor-5B.csv', ['28 to create']);
	await page.getByRole('button', { name: 'Import 28 good rows' }).click();
	await page.getByRole('link', { name: 'Teach' }).click();
	await page.getByRole('link', { name: 'New check for 5B' }).click();
	await page.getByLabel('Lesson title').fill('Place value');
	await page.getByLabel('Question', { exact: true }).fill('What is the 7 worth in 3,752?');
	await page.getByRole('button', { name: 'Save and start marking' }).click();
	await page.getByRole('link', { name: 'Print pupil slips' }).click();

	const slips = page.locator('.slip');
	await expect(slips).toHaveCount(28);
	await expect(page.getByText('28 slips, four to a sheet of A4: 7 sheets.')).toBeVisible();
	await expectNoAxeViolations(page);
	expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(7);

	// On paper: each sheet is a whole A4 page holding four slips, with nothing of the screen.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	const sheets = await page.locator('.sheet').evaluateAll((elements) =>
		elements.map((sheet) => {
			const box = sheet.getBoundingClientRect();
			const inside = [...sheet.querySelectorAll('.slip')].every((slip) => {
				const s = slip.getBoundingClientRect();
				return (
					s.left >= box.left - 0.5 &&
					s.right <= box.right + 0.5 &&
					s.top >= box.top - 0.5 &&
					s.bottom <= box.bottom + 0.5
				);
			});
			return {
				width: Math.round(box.width),
				height: Math.round(box.height),
				slips: sheet.querySelectorAll('.slip').length,
				inside
			};
		})
	);
	expect(sheets).toHaveLength(7);
	for (const sheet of sheets) {
		// 210 × 297 mm at 96 pixels to the inch.
		expect(sheet).toEqual({ width: 794, height: 1123, slips: 4, inside: true });
	}
});

test('a class of 30 prints on eight sheets, named or blank', async ({ page }) => {
	await loadDemoSchool(page);
	await openTodaysCheck(page, '3B');
	await page.getByRole('link', { name: 'Print pupil slips' }).click();
	await expect(page.locator('.slip')).toHaveCount(30);
	expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(8);
	await page.getByLabel('Print each pupil’s name').uncheck();
	await expect(page.locator('.slip .name').first()).toHaveText('Name:');
	expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(8);
});

test('two pupils of a class who share a name are told apart on every screen and on paper', async ({
	page
}) => {
	await loadDemoSchool(page);
	await openTodaysCheck(page, '3B');
	const name = (await page.getByRole('grid').locator('tbody th .name').first().textContent()) ?? '';
	await page.getByRole('link', { name: 'Roster' }).click();
	await page.getByRole('link', { name: 'Manage 3B' }).click();
	const addPupil = page.getByRole('region', { name: 'Add a pupil' });
	await addPupil.getByLabel('Name').fill(name);
	await addPupil.getByRole('button', { name: 'Add pupil' }).click();
	await expect(page.getByRole('row', { name: new RegExp(`^${name} \\(2\\)`) })).toBeVisible();
	await expect(page.getByRole('row', { name: new RegExp(`^${name} \\(1\\)`) })).toBeVisible();

	await page.getByRole('link', { name: 'Teach', exact: true }).click();
	await page.getByRole('link', { name: 'New check for 3B' }).click();
	await page.getByLabel('Lesson title').fill('Counting in fours');
	await page.getByLabel('Question', { exact: true }).fill('4, 8, 12, ?');
	await page.getByRole('button', { name: 'Save and start marking' }).click();
	await page.getByRole('button', { name: 'Everyone correct' }).click();
	for (const n of [1, 2]) {
		await page.getByRole('button', { name: `${name} (${n}), question 1: correct` }).click();
	}
	const flagged = page.getByRole('region', { name: /^Flagged/ });
	await expect(flagged.getByText(`${name} (1)`, { exact: true })).toBeVisible();
	await expect(flagged.getByText(`${name} (2)`, { exact: true })).toBeVisible();
	const groups = page.getByRole('region', { name: 'Groups for this afternoon' });
	await expect(groups.getByRole('button', { name: `${name} (1)` })).toBeVisible();
	await expect(groups.getByRole('button', { name: `${name} (2)` })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Print pupil slips' }).click();
	await expect(page.locator('.slip').filter({ hasText: `Name: ${name} (1)` })).toHaveCount(1);
	await expect(page.locator('.slip').filter({ hasText: `Name: ${name} (2)` })).toHaveCount(1);

	await page.getByRole('link', { name: 'Board' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Today’s board/ })).toBeVisible();
	await expect(page.getByText('Pupils, or change').first()).toBeVisible();
	for (const details of await page.getByText('Pupils, or change').all()) await details.click();
	await expect(page.getByText(`${name} (1)`, { exact: true })).toBeVisible();
	await expect(page.getByText(`${name} (2)`, { exact: true })).toBeVisible();
});

test('the session timer carries on after a reload and says when the time is up', async ({
	page
}) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Intervene' }).click();
	await page.getByLabel('Who are you?').selectOption({ label: 'Mrs Green' });
	const card = page.getByRole('article').first();
	await expect(card.getByRole('timer')).toHaveText('20:00');
	await card.getByRole('button', { name: 'Start the timer' }).click();
	await page.clock.fastForward('05:00');
	await expect(card.getByRole('timer')).toHaveText(/^1[45]:\d\d$/);

	await page.reload();
	await expect(card.getByRole('timer')).toHaveText(/^1[45]:\d\d$/);
	await expect(card.getByRole('button', { name: 'Pause the timer' })).toBeVisible();
	await page.clock.fastForward('15:05');
	await expect(card.getByRole('timer')).toHaveText('0:00');
	await expect(card.getByRole('alert')).toContainText('Time’s up');
	await expectNoAxeViolations(page);
});

test('Review keeps its filters after a reload', async ({ page }) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Review' }).click();
	await page.getByRole('combobox', { name: 'Year group' }).selectOption({ label: 'Year 7' });
	await page.getByRole('combobox', { name: 'Keystone area' }).selectOption({ label: 'Fluency' });
	await expect(page).toHaveURL(/year=7/);
	await page.reload();
	await expect(page.getByRole('combobox', { name: 'Year group' })).toHaveValue('7');
	await expect(page.getByRole('combobox', { name: 'Keystone area' })).toHaveValue('fluency');
	await expect(page.getByRole('combobox', { name: 'Class' }).locator('option')).toHaveText([
		'All classes',
		'7B'
	]);
	const persistent = page.getByRole('region', { name: /Persistent needs/ });
	await expect(persistent.getByRole('columnheader', { name: 'Class' })).toBeVisible();
	for (const cell of await persistent.locator('tbody td:first-of-type').allTextContents()) {
		expect(cell).toBe('7B');
	}
});

test('a check moved to the day before takes its groups, changed by hand or not, off today’s board', async ({
	page
}) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Board' }).click();
	const first = page.getByRole('region', { name: '13:15–13:35' }).getByRole('listitem').first();
	const className = (await first.locator('.line span').first().textContent()) ?? '';
	const groupsOfClass = page.locator('summary', { hasText: `the group of ${className} with` });
	await expect(groupsOfClass.first()).toBeVisible();

	// The teacher gives a pupil a group of their own, which is kept when the rest are rebuilt...
	await page.getByRole('link', { name: 'Teach' }).click();
	await openTodaysCheck(page, className);
	const groups = page.getByRole('article', { name: /^Group:/ });
	const count = await groups.count();
	const shared = groups.filter({ has: page.locator('li + li') }).first();
	await shared.getByRole('listitem').first().getByRole('button').first().click();
	await page.getByRole('button', { name: 'A group of their own' }).click();
	await expect(groups).toHaveCount(count + 1);

	// ...then sees the lesson was yesterday's, and gives the check that date.
	await page.getByRole('link', { name: 'Edit check' }).click();
	const date = page.getByLabel('Date', { exact: true });
	await date.fill(addDays(await date.inputValue(), -1));
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(groups).toHaveCount(count + 1);

	await page.getByRole('link', { name: 'Board' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Today’s board/ })).toBeVisible();
	await expect(page.getByRole('region', { name: '13:15–13:35' })).toBeVisible();
	await expect(groupsOfClass).toHaveCount(0);
	// The pupil's own group has no adult yet: it would wait here.
	await expect(page.getByRole('region', { name: 'Waiting for an adult' })).toContainText(
		'Every group of the day has an adult and a slot.'
	);
	await expectNoAxeViolations(page);
});
