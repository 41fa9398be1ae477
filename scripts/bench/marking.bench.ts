import { test, type Page } from '@playwright/test';
import { loadWholeSchool, report } from './report';
import { throttleCpu } from './throttle';

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * A tap on one of a pupil's answers, made inside the page, until the next frame that shows what
 * it changed (the first animation frame after it changed), in ms: the flagged list with them in
 * it, or, for a tap that flags nobody, the answer's new mark. The test runner asks once and
 * reads the answer once: nothing of its own runs on the page between.
 */
async function timeTap(
	page: Page,
	pupil: number,
	question: number,
	shows: 'flagged list' | 'mark'
): Promise<number> {
	return page.evaluate(
		({ pupil, question, shows }) =>
			new Promise<number>((resolve) => {
				const row = document.querySelectorAll('[role="grid"] tbody tr')[pupil];
				const answer = row.querySelectorAll('button')[question];
				const count = document.querySelector('#flagged-heading .count')!;
				const read =
					shows === 'mark' ? () => answer.getAttribute('aria-label') : () => count.textContent;
				const root = shows === 'mark' ? answer : count.closest('section')!;
				const before = read();
				let tapped = 0;
				new MutationObserver((_, observer) => {
					if (read() === before) return;
					observer.disconnect();
					requestAnimationFrame(() => resolve(performance.now() - tapped));
				}).observe(root, { childList: true, characterData: true, subtree: true, attributes: true });
				tapped = performance.now();
				(answer as HTMLElement).click();
			}),
		{ pupil, question, shows }
	);
}

/**
 * Marking in a whole school's year of data: pupils marked wrong twice of four questions, both
 * taps timed (the first flags nobody, the second flags the pupil), at full speed and with the
 * CPU slowed four times.
 */
test('marking a class by exception', async ({ page }) => {
	await loadWholeSchool(page);
	await page
		.getByRole('link', { name: /^New check for / })
		.first()
		.click();
	await page.getByLabel('Lesson title').fill('Timing');
	for (let i = 0; i < 4; i++) {
		if (i > 0) await page.getByRole('button', { name: 'Add a question' }).click();
		await page
			.getByLabel('Question', { exact: true })
			.nth(i)
			.fill(`Question ${i + 1}`);
	}
	await page.getByRole('button', { name: 'Save and start marking' }).click();
	await page.getByRole('button', { name: 'Everyone correct' }).click();
	await page.getByRole('heading', { name: 'Flagged 0' }).waitFor();

	const rows = page.getByRole('grid').locator('tbody tr');
	const latencies = { full: [] as number[], cpu4: [] as number[] };
	const unflagged = { full: [] as number[], cpu4: [] as number[] };
	for (let pupil = 0; pupil < 14; pupil++) {
		const speed = pupil < 7 ? 'full' : 'cpu4';
		if (pupil === 7) report('cpu4_slowdown_measured', await throttleCpu(page, 4), 1);
		// Two wrong answers of four flag the pupil: the second tap is the one timed.
		const row = rows.nth(pupil);
		unflagged[speed].push(await timeTap(page, pupil, 1, 'mark'));
		await row.getByRole('button', { name: /question 2: wrong/ }).waitFor();
		latencies[speed].push(await timeTap(page, pupil, 2, 'flagged list'));
		await page.getByRole('heading', { name: `Flagged ${pupil + 1}` }).waitFor();
	}
	await throttleCpu(page, 1);
	report('last_tap_to_flagged_list_ms_median', median(latencies.full), 1);
	report('last_tap_to_flagged_list_ms_max', Math.max(...latencies.full), 1);
	report('cpu4_last_tap_to_flagged_list_ms_median', median(latencies.cpu4), 1);
	report('cpu4_last_tap_to_flagged_list_ms_max', Math.max(...latencies.cpu4), 1);
	report('unflagging_tap_to_mark_ms_median', median(unflagged.full), 1);
	report('cpu4_unflagging_tap_to_mark_ms_median', median(unflagged.cpu4), 1);
});
