import { test, type Page } from '@playwright/test';
import { loadWholeSchool, measured, report } from './report';

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A check of four multiple-choice questions, written on the check form. */
async function makeChoiceCheck(page: Page): Promise<void> {
	await page
		.getByRole('link', { name: /^New check for / })
		.first()
		.click();
	await page.getByLabel('Lesson title').fill('Timing answers');
	for (let n = 1; n <= 4; n++) {
		if (n > 1) await page.getByRole('button', { name: 'Add a question' }).click();
		const question = page.getByRole('group', { name: `Question ${n}`, exact: true });
		await question.getByLabel('Question', { exact: true }).fill(`Question ${n}`);
		await question.getByLabel('Multiple choice: pupils answer on a tablet').check();
		for (const [o, letter] of ['A', 'B', 'C'].entries()) {
			await question.getByLabel(`Option ${letter}`, { exact: true }).fill(`${n}${o}`);
		}
		await question.getByLabel('Correct: option A').check();
		await question.getByLabel('Misconception it shows: option B').fill('a misconception');
	}
	await page.getByRole('button', { name: 'Save and start marking' }).click();
	await page.getByRole('button', { name: 'Pupils answer on this tablet' }).waitFor();
}

/**
 * A pupil's answer on a tablet, in a whole school's year of data: the tap until it is saved and
 * taken into the check, timed by the pupil screen itself. Pupil mode holds the whole device, so
 * the teacher's grid is not open beside it; on another device it shows the answer through sync
 * (`sync_change_shown_elsewhere` in the sync benchmark).
 */
test('an answer on the tablet is saved into the check', async ({ page }) => {
	await loadWholeSchool(page);
	await makeChoiceCheck(page);
	const names = await page.getByRole('grid').locator('tbody th .name').allTextContents();
	await page.getByRole('button', { name: 'Pupils answer on this tablet' }).click();
	await page.getByRole('heading', { name: 'Tap your name' }).waitFor();

	const first = (name: string) => name.split(' ')[0];
	const alone = names.filter((n) => names.filter((m) => first(m) === first(n)).length === 1);
	const saves: number[] = [];
	for (const [i, name] of alone.slice(0, 7).entries()) {
		await page.getByRole('button', { name: first(name), exact: true }).click();
		await page.getByRole('heading', { name: 'Question 1' }).waitFor();
		await page.getByRole('button', { name: 'B: 11', exact: true }).click();
		await page.waitForFunction(
			(count) => performance.getEntriesByName('keep-up:answer-saved', 'measure').length > count,
			i
		);
		saves.push(await measured(page, 'keep-up:answer-saved'));
		await page.getByRole('button', { name: 'Not you? Back to the names' }).click();
	}
	report('answer_saved_ms_median', median(saves), 1);
	report('answer_saved_ms_max', Math.max(...saves), 1);
});
