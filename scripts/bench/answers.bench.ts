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
 * A pupil's answer on a tablet to the teacher's grid on the same device, in a whole school's
 * year of data: the teacher's check page is open in one tab, the pupil screen in another. The
 * tap's time is taken in the pupil's tab and the grid's change in the teacher's, both on the
 * device's clock (time origin + now), with no test-runner round trip in between. Also: the tap
 * until it is saved and taken into the check, in the pupil's tab.
 */
test('an answer on the tablet reaches the teacher’s grid', async ({ page, context }) => {
	await loadWholeSchool(page);
	await makeChoiceCheck(page);
	const grid = page;
	const checkUrl = grid.url();
	const names = await grid.getByRole('grid').locator('tbody th .name').allTextContents();

	const pupil = await context.newPage();
	await pupil.goto(checkUrl);
	await pupil.getByRole('button', { name: 'Pupils answer on this tablet' }).click();
	await pupil.getByRole('heading', { name: 'Tap your name' }).waitFor();

	const first = (name: string) => name.split(' ')[0];
	const alone = names.filter((n) => names.filter((m) => first(m) === first(n)).length === 1);
	const latencies: number[] = [];
	const saves: number[] = [];
	for (const name of alone.slice(0, 7)) {
		await pupil.getByRole('button', { name: first(name), exact: true }).click();
		await pupil.getByRole('heading', { name: 'Question 1' }).waitFor();
		await grid.evaluate((label) => {
			const cell = document.querySelector(`[aria-label^="${label}, question 1:"]`);
			const timing = { shown: 0 };
			Object.assign(window, { timing });
			new MutationObserver((_, observer) => {
				if (!cell?.getAttribute('aria-label')?.includes('chose')) return;
				timing.shown = performance.timeOrigin + performance.now();
				observer.disconnect();
			}).observe(cell!, { attributes: true, attributeFilter: ['aria-label'] });
		}, name);
		await pupil.evaluate(() => {
			const timing = { tapped: 0 };
			Object.assign(window, { timing });
			document.addEventListener(
				'click',
				() => (timing.tapped = performance.timeOrigin + performance.now()),
				{ capture: true, once: true }
			);
		});
		await pupil.getByRole('button', { name: 'B: 11', exact: true }).click();
		await grid.getByRole('button', { name: `${name}, question 1: wrong, chose B (11)` }).waitFor();
		const shown = await grid.evaluate(
			() => (window as unknown as { timing: { shown: number } }).timing.shown
		);
		const tapped = await pupil.evaluate(
			() => (window as unknown as { timing: { tapped: number } }).timing.tapped
		);
		latencies.push(shown - tapped);
		saves.push(await measured(pupil, 'keep-up:answer-saved'));
		await pupil.getByRole('button', { name: 'Not you? Back to the names' }).click();
	}
	report('answer_to_grid_ms_median', median(latencies), 1);
	report('answer_to_grid_ms_max', Math.max(...latencies), 1);
	report('answer_saved_ms_median', median(saves), 1);
});
