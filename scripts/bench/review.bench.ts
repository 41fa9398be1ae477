import { test, type Page } from '@playwright/test';
import { loadWholeSchool, measured, report } from './report';

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A plain bulk read of every stored check (the whole year's tickets), with raw IndexedDB. */
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

test('Review at whole-school scale', async ({ page }) => {
	await loadWholeSchool(page);

	const reads: number[] = [];
	const colds: number[] = [];
	for (let run = 0; run < 3; run++) {
		reads.push(await readAllTickets(page));
		// A fresh page: nothing of Review is in memory.
		await page.goto('about:blank');
		await page.goto('/#/review');
		colds.push(await waitForMeasure(page, 'keep-up:review-cold', 0));
	}

	const warms: number[] = [];
	const settled: number[] = [];
	const year = page.getByRole('combobox', { name: 'Year group' });
	for (const [i, option] of ['Year 5', 'Year 8', 'All years', 'Year 3', 'All years'].entries()) {
		await year.selectOption({ label: option });
		warms.push(await waitForMeasure(page, 'keep-up:review-warm', i));
		settled.push(await waitForMeasure(page, 'keep-up:review-warm-all', i));
	}

	const read = median(reads);
	const cold = median(colds);
	report('read_ms', read);
	report('cold_ms', cold);
	report('warm_ms', median(warms));
	// Until the tables below the charts have caught up as well.
	report('warm_all_ms', median(settled));
	report('ratio', cold / read, 2);
});
