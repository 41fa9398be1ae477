import type { Browser, Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loadDemoSchool, SCHOOL_DAY, test } from './fixtures';

const BIGGER = 'thinks a bigger denominator means a bigger fraction';

/** A class tablet: touch, portrait, its own storage, on the school day. */
async function tablet(browser: Browser): Promise<Page> {
	const context = await browser.newContext({
		hasTouch: true,
		viewport: { width: 820, height: 1180 }
	});
	const page = await context.newPage();
	await page.clock.install({ time: SCHOOL_DAY });
	return page;
}

interface Written {
	prompt: string;
	keystone: string;
	/** The options, the first one correct, each wrong one with its misconception or none. */
	options: [string, string | null][];
}

const QUESTIONS: Written[] = [
	{
		prompt: 'Which is bigger: 1/2 or 1/3?',
		keystone: 'Representation & Structure',
		options: [
			['1/2', null],
			['1/3', BIGGER],
			['They are the same', 'ignores the denominator']
		]
	},
	{
		prompt: 'What is 1/4 of 12?',
		keystone: 'Fluency',
		options: [
			['3', null],
			['4', 'divides by the wrong number'],
			['48', 'multiplies instead of dividing']
		]
	},
	{
		prompt: 'Which fraction is equal to 2/4?',
		keystone: 'Coherence',
		options: [
			['1/2', null],
			['2/8', 'doubles only the denominator']
		]
	},
	{
		prompt: 'Odd one out: 2/4, 3/6, 3/9',
		keystone: 'Variation',
		options: [
			['3/9', null],
			['2/4', null],
			['3/6', null]
		]
	}
];

async function writeChoiceQuestion(page: Page, n: number, written: Written) {
	if (n > 1) await page.getByRole('button', { name: 'Add a question' }).click();
	const question = page.getByRole('group', { name: `Question ${n}`, exact: true });
	await question.getByLabel('Question', { exact: true }).fill(written.prompt);
	await question.getByLabel('Keystone area').selectOption({ label: written.keystone });
	await question.getByLabel('Multiple choice: pupils answer on a tablet').check();
	for (const [o, [text, misconception]] of written.options.entries()) {
		const letter = 'ABCDE'[o];
		if (o >= 3) await question.getByRole('button', { name: 'Add an option' }).click();
		await question.getByLabel(`Option ${letter}`, { exact: true }).fill(text);
		if (o === 0) await question.getByLabel(`Correct: option ${letter}`).check();
		else if (misconception) {
			await question.getByLabel(`Misconception it shows: option ${letter}`).fill(misconception);
		}
	}
	if (written.options.length < 3) {
		await question.getByRole('button', { name: 'Remove option C' }).click();
	}
}

async function makeCheck(page: Page): Promise<string[]> {
	await page.getByRole('link', { name: 'New check for 3B' }).click();
	await page.getByLabel('Lesson title').fill('Comparing fractions');
	for (const [i, written] of QUESTIONS.entries()) await writeChoiceQuestion(page, i + 1, written);
	await page
		.getByRole('group', { name: 'Question 1', exact: true })
		.getByLabel('Essential: missing it flags the pupil')
		.check();
	// The school's misconceptions of a keystone are there to choose from.
	await expect(page.locator('#misconceptions-coherence option').first()).toBeAttached();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Save and start marking' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Comparing fractions/ })).toBeVisible();
	return namesInGrid(page);
}

async function namesInGrid(page: Page): Promise<string[]> {
	const names = page.getByRole('grid').locator('tbody th .name');
	await expect(names).toHaveCount(30);
	return names.allTextContents();
}

/** Pupils whose first name no one else in the class has, so a tablet's name button is theirs. */
function pupilsByFirstName(names: string[], count: number): string[] {
	const first = (name: string) => name.split(' ')[0];
	return names
		.filter((name) => names.filter((n) => first(n) === first(name)).length === 1)
		.slice(0, count);
}

/** A pupil's answers on the tablet, one tap an answer and one how sure: the taps counted. */
async function answer(page: Page, name: string, answers: [string, string][]): Promise<number> {
	await page.getByRole('button', { name: name.split(' ')[0], exact: true }).tap();
	let taps = 0;
	const tap = async (target: Locator) => {
		taps++;
		await target.tap();
	};
	for (const [option, sure] of answers) {
		await tap(page.getByRole('button', { name: option, exact: true }));
		await tap(page.getByRole('button', { name: sure, exact: true }));
	}
	await expect(
		page.getByRole('heading', { name: `Well done, ${name.split(' ')[0]}!` })
	).toBeFocused();
	await tap(page.getByRole('button', { name: 'I have finished: next pupil' }));
	await expect(page.getByRole('status')).toHaveText(
		`Thank you, ${name.split(' ')[0]}. Pass the tablet to the next pupil.`
	);
	return taps;
}

/**
 * How many answers and confidences this device has stored for the check on the pupil screen,
 * read straight from IndexedDB.
 */
function answersSaved(page: Page): Promise<number> {
	const checkId = page.url().split('/').at(-1);
	return page.evaluate(
		(checkId) =>
			new Promise<number>((done, fail) => {
				const open = indexedDB.open('keep-up');
				open.onerror = () => fail(open.error!);
				open.onsuccess = () => {
					const read = open.result.transaction('answers').objectStore('answers').getAll();
					read.onsuccess = () => {
						const records = (
							read.result as {
								checkId: string;
								answeredAt: Float64Array;
								confidentAt: Float64Array;
							}[]
						).filter((r) => r.checkId === checkId);
						open.result.close();
						done(
							records.reduce(
								(sum, r) =>
									sum +
									r.answeredAt.filter((at) => at > 0).length +
									r.confidentAt.filter((at) => at > 0).length,
								0
							)
						);
					};
				};
			}),
		checkId
	);
}

const cell = (page: Page, pupil: string, question: number) =>
	page.getByRole('button', { name: new RegExp(`^${pupil}, question ${question}:`) });

test('pupils answer a multiple-choice check on a class tablet: marked, grouped by misconception, and kept in pupil mode', async ({
	browser
}) => {
	const page = await tablet(browser);
	await loadDemoSchool(page);
	// Today's groups have taken every teaching assistant: one more joins for the afternoon.
	await page.getByRole('link', { name: 'Roster' }).click();
	await page.getByRole('link', { name: 'Adults' }).click();
	await page.getByLabel('Name').fill('Ms Okafor');
	await page.getByRole('button', { name: 'Add adult' }).click();
	await expect(page.getByRole('row', { name: /Ms Okafor/ })).toBeVisible();
	await page.getByRole('link', { name: 'Teach', exact: true }).first().click();
	const names = await makeCheck(page);
	const [wrong, alsoWrong, guessed, secure] = pupilsByFirstName(names, 4);

	await page.getByRole('button', { name: 'Pupils answer on this tablet' }).tap();
	await expect(page.getByRole('heading', { name: 'Tap your name' })).toBeVisible();
	// The tablet shows first names and nothing else: no header, no way to a staff screen.
	await expect(page.getByRole('navigation')).toHaveCount(0);
	await expect(page.getByRole('link')).toHaveCount(0);
	await expect(page.getByText(wrong)).toHaveCount(0);
	await expectNoAxeViolations(page);

	const right: [string, string][] = [
		['A: 3', 'Sure'],
		['A: 1/2', 'Sure'],
		['A: 3/9', 'Sure']
	];
	const taps = [
		await answer(page, wrong, [['B: 1/3', 'Sure'], ...right]),
		await answer(page, alsoWrong, [['B: 1/3', 'Guessing'], ...right]),
		await answer(page, guessed, [['A: 1/2', 'Guessing'], ...right]),
		await answer(page, secure, [['A: 1/2', 'Sure'], ...right])
	];
	expect(Math.max(...taps)).toBeLessThanOrEqual(9);

	// A pupil cannot leave: a tap on Staff, the back button, an address, a reload.
	await page.getByRole('button', { name: 'Staff' }).tap();
	await expect(page.getByRole('dialog')).toBeHidden();
	await page.goBack();
	await expect(page.getByRole('heading', { name: 'Tap your name' })).toBeVisible();
	await page.goto('/#/teach');
	await expect(page.getByRole('heading', { name: 'Tap your name' })).toBeVisible();
	expect(page.url()).toContain('#/answer/');
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Tap your name' })).toBeVisible();
	await expect(page.getByRole('navigation')).toHaveCount(0);

	// Staff hold the control for two seconds, then confirm.
	await page.getByRole('button', { name: 'Staff' }).hover();
	await page.mouse.down();
	await page.clock.runFor(1000);
	await page.mouse.up();
	await expect(page.getByRole('dialog')).toBeHidden();
	await page.mouse.down();
	await page.clock.runFor(2100);
	await page.mouse.up();
	const dialog = page.getByRole('dialog', { name: 'Leave pupil mode?' });
	await expect(dialog).toBeVisible();
	await expectNoAxeViolations(page);
	await dialog.getByRole('button', { name: 'Leave pupil mode' }).tap();
	await expect(page.getByRole('heading', { level: 1, name: /Comparing fractions/ })).toBeVisible();

	// In the teacher's grid with no marking: what each chose and how sure they were.
	await expect(cell(page, wrong, 1)).toHaveAccessibleName(
		`${wrong}, question 1: wrong, chose B (1/3), sure`
	);
	await expect(cell(page, guessed, 1)).toHaveAccessibleName(
		`${guessed}, question 1: correct, chose A (1/2), guessing`
	);
	await expect(cell(page, secure, 4)).toHaveAccessibleName(
		`${secure}, question 4: correct, chose A (3/9), sure`
	);
	// The rest of the class are out on a trip.
	for (const name of names.filter((n) => ![wrong, alsoWrong, guessed, secure].includes(n))) {
		await page.getByRole('button', { name: `${name} absent` }).click();
	}
	await expect(page.getByRole('status').first()).toHaveText('4 of 4 present pupils marked');

	const flagged = page.getByRole('region', { name: /Flagged/ });
	await expect(flagged.getByRole('heading', { name: 'Flagged 2' })).toBeVisible();
	await expect(flagged).toContainText(`${wrong}`);
	await expect(flagged).toContainText('Sure but wrong on Q1');
	await expect(
		flagged.getByRole('heading', { name: 'Right but guessing — check tomorrow' })
	).toBeVisible();
	await expect(flagged).toContainText(`${guessed} (Q1)`);

	const group = page
		.getByRole('region', { name: 'Groups for this afternoon' })
		.getByRole('article', { name: /Representation & Structure, Q1/ });
	await expect(group).toContainText(`Misconception: ${BIGGER}`);
	await expect(group.getByRole('button', { name: wrong })).toBeVisible();
	await expect(group).toContainText('sure but wrong');
	await expectNoAxeViolations(page);
	const adult = await group
		.getByLabel('Adult')
		.evaluate((s: HTMLSelectElement) => s.selectedOptions[0].text);

	await expect(group.getByRole('button', { name: alsoWrong })).toBeVisible();
	// The adult's card names the misconception and suggests how to start.
	await page.getByRole('link', { name: 'Intervene' }).click();
	await page.getByLabel('Who are you?').selectOption({ label: adult });
	const card = page.getByRole('article').filter({ hasText: 'From “Comparing fractions”' });
	await expect(card).toContainText(`The misconception their answers show ${BIGGER}`);
	await expect(card).toContainText('Start from the answer they chose');

	// Review: the misconception among those chosen most.
	await page.getByRole('link', { name: 'Review' }).click();
	const review = page.getByRole('region', { name: 'Misconceptions chosen most' });
	await expect(review.getByRole('row', { name: new RegExp(BIGGER) })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Do pupils know what they know?' })).toBeVisible();
	await page.getByLabel('Split by how sure the flagged pupils said they were').check();
	await expect(page.getByRole('columnheader', { name: 'Said “sure”' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a check whose questions break the rules is refused with a message', async ({ page }) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'New check for 5B' }).click();
	await page.getByLabel('Lesson title').fill('Fractions');
	const q1 = page.getByRole('group', { name: 'Question 1', exact: true });
	await q1.getByLabel('Question', { exact: true }).fill('Which is bigger?');
	await q1.getByLabel('Multiple choice: pupils answer on a tablet').check();
	await q1.getByLabel('Option A', { exact: true }).fill('1/2');
	await q1.getByLabel('Option B', { exact: true }).fill('1/3');
	await q1.getByLabel('Option C', { exact: true }).fill(' 1/2');
	const save = page.getByRole('button', { name: 'Save and start marking' });
	await save.click();
	const problems = page.getByRole('alert');
	await expect(problems).toContainText(
		'Question 1: A multiple-choice question needs its correct option marked.'
	);
	await expect(problems).toContainText(
		'Question 1: Two options are both “1/2”: each option must differ.'
	);

	await q1.getByLabel('Option C', { exact: true }).fill('1/4');
	await q1.getByLabel('Correct: option A').check();
	await q1
		.getByLabel('Misconception it shows: option B')
		.fill('thinks that the bigger the number at the bottom the bigger the fraction is');
	await page.getByRole('button', { name: 'Add a question' }).click();
	const q2 = page.getByRole('group', { name: 'Question 2', exact: true });
	await q2.getByLabel('Question', { exact: true }).fill('Half of 1');
	await q2.getByLabel('A number: pupils answer on a tablet').check();
	await q2.getByLabel('Answer (a number)').fill('a half');
	await save.click();
	await expect(problems).toContainText(
		'A misconception is longer than fits on a group card: say it in 60 characters or fewer.'
	);
	await expect(problems).toContainText(
		'Question 2: “a half” is not a number: write it like 12, 0.5, ½ or 3/4.'
	);
	await expect(q1.getByLabel('Option A', { exact: true })).toHaveValue('1/2');
	await expectNoAxeViolations(page);

	await q1
		.getByLabel('Misconception it shows: option B')
		.fill('bigger denominator, bigger fraction');
	await q2.getByLabel('Answer (a number)').fill('0.5');
	await q2.getByRole('button', { name: 'Add another way of writing it' }).click();
	await q2.getByLabel('Also accept 1').fill('½');
	await save.click();
	await expect(page.getByRole('heading', { level: 1, name: /Fractions/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Pupils answer on this tablet' })).toBeVisible();
});

test('the pupil screens work with a keyboard alone, read a question aloud, and keep every answer when the tablet is closed', async ({
	page,
	context
}) => {
	// A device voice that writes down what it says.
	await page.addInitScript(() => {
		const spoken: string[] = [];
		Object.assign(window, { spoken });
		Object.defineProperty(window, 'speechSynthesis', {
			configurable: true,
			value: {
				getVoices: () => [{ lang: 'en-GB', name: 'Device voice' }],
				speak: (utterance: SpeechSynthesisUtterance) => spoken.push(utterance.text),
				cancel: () => undefined,
				addEventListener: () => undefined
			}
		});
	});
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'New check for 7B' }).click();
	await page.getByLabel('Lesson title').fill('Negative numbers');
	const q1 = page.getByRole('group', { name: 'Question 1', exact: true });
	await q1.getByLabel('Question', { exact: true }).fill('−3 + 7 = ?');
	await q1.getByLabel('A number: pupils answer on a tablet').check();
	await q1.getByLabel('Answer (a number)').fill('4');
	await writeChoiceQuestion(page, 2, QUESTIONS[0]);
	await page.getByRole('button', { name: 'Save and start marking' }).click();
	const names = await namesInGrid(page);
	const [pupil] = pupilsByFirstName(names, 1);
	const first = pupil.split(' ')[0];

	await page.getByRole('button', { name: 'Pupils answer on this tablet' }).click();
	await expect(page.getByRole('heading', { name: 'Tap your name' })).toBeFocused();
	const button = page.getByRole('button', { name: first, exact: true });
	await button.focus();
	await page.keyboard.press('Enter');

	const heading = page.getByRole('heading', { name: '−3 + 7 = ?' });
	await expect(heading).toBeFocused();
	await page.getByRole('button', { name: 'Read it to me' }).click();
	expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([
		'Question 1. −3 + 7 = ? Type your answer.'
	]);
	await expectNoAxeViolations(page);
	await page.getByLabel('Your answer').focus();
	await page.keyboard.type('four');
	await page.getByRole('button', { name: 'Sure' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert')).toHaveText(
		'That is not a number. Write it like 12, 0.5, ½ or 3/4.'
	);
	await page.getByLabel('Your answer').fill('');
	await page.getByLabel('Your answer').focus();
	await page.keyboard.type('4');
	await page.getByRole('button', { name: 'Sure' }).focus();
	await page.keyboard.press('Space');

	await expect(page.getByRole('heading', { name: QUESTIONS[0].prompt })).toBeFocused();
	await expectNoAxeViolations(page);
	// Past "Read it to me" and option A to option B.
	for (let step = 0; step < 3; step++) await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'B: 1/3' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'B: 1/3' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	// The tablet is closed mid-answer, once the tap is saved, and opened again: pupil mode, and
	// every answer, are kept.
	await expect.poll(() => answersSaved(page)).toBe(3);
	await page.close();
	const again = await context.newPage();
	await again.clock.install({ time: SCHOOL_DAY });
	await again.goto('/');
	await expect(again.getByRole('heading', { name: 'Tap your name' })).toBeVisible();
	await again.getByRole('button', { name: first, exact: true }).click();
	await expect(again.getByRole('button', { name: 'B: 1/3' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await again.getByRole('button', { name: 'Back', exact: true }).click();
	await expect(again.getByLabel('Your answer')).toHaveValue('4');
	await expect(again.getByRole('button', { name: 'Sure' })).toHaveAttribute('aria-pressed', 'true');
	await again.getByRole('button', { name: 'Next', exact: true }).click();
	await again.getByRole('button', { name: 'Finish', exact: true }).click();
	await expect(again.getByRole('heading', { name: `Well done, ${first}!` })).toBeFocused();
	await expectNoAxeViolations(again);

	// Staff leave with the keyboard too: Enter held on the control, then the dialog.
	await again.getByRole('button', { name: 'Staff' }).focus();
	await again.keyboard.down('Enter');
	await again.clock.runFor(2100);
	await again.keyboard.up('Enter');
	await again.getByRole('button', { name: 'Leave pupil mode' }).click();
	await expect(cell(again, pupil, 1)).toHaveAccessibleName(`${pupil}, question 1: correct, sure`);
	await expect(cell(again, pupil, 2)).toHaveAccessibleName(
		`${pupil}, question 2: wrong, chose B (1/3)`
	);
});
