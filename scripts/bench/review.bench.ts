import { test, type Page } from '@playwright/test';
import { today } from '../../src/lib/domain/dates';
import { schoolYearOf } from '../../src/lib/domain/schoolYears';
import { addEarlierYears } from '../../tests/e2e/history';
import { loadWholeSchool, measured, report } from './report';
import { throttleCpu } from './throttle';

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A plain bulk read of every stored check (the whole history's tickets), with raw IndexedDB. */
async function readAllTickets(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const db: IDBDatabase = await new Promise((resolve, reject) => {
			const request = indexedDB.open('keep-up');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error!);
		});
		const started = performance.now();
		await new Promise((resolve, reject) => {
			const request = db.transaction('checks').objectStore('checks').getAll();
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error!);
		});
		const took = performance.now() - started;
		db.close();
		return took;
	});
}

async function waitForMeasure(page: Page, name: string, after: number): Promise<number> {
	await page.waitForFunction(
		([entry, count]) => performance.getEntriesByName(entry, 'measure').length > count,
		[name, after] as const
	);
	return measured(page, name);
}

/**
 * Review opened afresh three times (nothing of it in memory), with the query after `#/review`:
 * none opens it as a user does, on the current school year. Each open is a new document of the
 * same origin, so a slowed CPU stays slowed. The median, in ms.
 */
async function coldOpens(page: Page, query = ''): Promise<number> {
	const colds: number[] = [];
	for (let run = 0; run < 3; run++) {
		await page.goto(`/?open=${Date.now()}#/review${query}`);
		colds.push(await waitForMeasure(page, 'keep-up:review-cold', 0));
	}
	return median(colds);
}

/** Every school year from the oldest one stored to the current one. */
async function wholeHistory(page: Page): Promise<string> {
	const oldest = await page.evaluate(async () => {
		const db: IDBDatabase = await new Promise((resolve, reject) => {
			const request = indexedDB.open('keep-up');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error!);
		});
		const first: string = await new Promise((resolve, reject) => {
			const request = db.transaction('checks').objectStore('checks').index('date').openCursor();
			request.onsuccess = () => resolve(request.result?.key as string);
			request.onerror = () => reject(request.error!);
		});
		db.close();
		return first;
	});
	return `?from=${schoolYearOf(oldest).from}&to=${schoolYearOf(today()).to}`;
}

/** Review cold on the current year and on the whole history, at full speed and slowed 4×. */
async function reviewCold(page: Page, prefix: string): Promise<void> {
	const reads: number[] = [];
	for (let run = 0; run < 3; run++) reads.push(await readAllTickets(page));
	const read = median(reads);
	const whole = await wholeHistory(page);
	const cold = await coldOpens(page);
	const coldWhole = await coldOpens(page, whole);
	report(`${prefix}read_ms`, read);
	report(`${prefix}cold_ms`, cold);
	report(`${prefix}cold_whole_history_ms`, coldWhole);
	report(`${prefix}ratio_whole_history_to_read`, coldWhole / read, 2);
	report(`${prefix}cpu4_slowdown_measured`, await throttleCpu(page, 4), 1);
	report(`${prefix}cpu4_cold_ms`, await coldOpens(page));
	report(`${prefix}cpu4_cold_whole_history_ms`, await coldOpens(page, whole));
	await throttleCpu(page, 1);
}

test('Review at whole-school scale', async ({ page }) => {
	await loadWholeSchool(page);
	await reviewCold(page, '');

	await coldOpens(page, await wholeHistory(page));
	const warms: number[] = [];
	const settled: number[] = [];
	const year = page.getByRole('combobox', { name: 'Year group' });
	for (const [i, option] of ['Year 5', 'Year 8', 'All years', 'Year 3', 'All years'].entries()) {
		await year.selectOption({ label: option });
		warms.push(await waitForMeasure(page, 'keep-up:review-warm', i));
		settled.push(await waitForMeasure(page, 'keep-up:review-warm-all', i));
	}
	report('warm_ms', median(warms));
	// Until the tables below the charts have caught up as well.
	report('warm_all_ms', median(settled));
});

test('Review at whole-school scale with three years of history', async ({ page }) => {
	await loadWholeSchool(page);
	await addEarlierYears(page, 2);
	const stored = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
	report('three_years_storage_mb', stored / 1e6, 1);
	await reviewCold(page, 'three_years_');
});
