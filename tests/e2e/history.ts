import type { Page } from '@playwright/test';

/**
 * Years of history before the data on the device: every check and every adult's day of
 * outcomes is copied `years` times, each copy 52 weeks (so on the same weekdays) earlier than
 * the one after it, as if the school had used Keep Up the same way for that many years. Written
 * straight into IndexedDB: reload the page afterwards.
 */
export async function addEarlierYears(page: Page, years: number): Promise<void> {
	await page.evaluate(async (years) => {
		const db: IDBDatabase = await new Promise((resolve, reject) => {
			const request = indexedDB.open('keep-up');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error!);
		});
		const done = (request: IDBRequest | IDBTransaction) =>
			new Promise((resolve, reject) => {
				if (request instanceof IDBTransaction) {
					request.oncomplete = resolve;
					request.onerror = () => reject(request.error!);
				} else {
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error!);
				}
			});
		const weeksBack = (date: string, year: number) =>
			new Date(Date.parse(`${date}T00:00:00Z`) - year * 364 * 86_400_000)
				.toISOString()
				.slice(0, 10);
		const read = db.transaction(['checks', 'outcomes']);
		const [checks, days] = (await Promise.all([
			done(read.objectStore('checks').getAll()),
			done(read.objectStore('outcomes').getAll())
		])) as [
			{ id: string; date: string }[],
			{ id: string; date: string; adultId: string | null; checkIds: string[] }[]
		];
		for (let year = 1; year <= years; year++) {
			const write = db.transaction(['checks', 'outcomes'], 'readwrite');
			for (const check of checks) {
				write
					.objectStore('checks')
					.put({ ...check, id: `${check.id}~${year}`, date: weeksBack(check.date, year) });
			}
			for (const day of days) {
				const date = weeksBack(day.date, year);
				// Filed under its own day, as dayOutcomesId files it, so that a read of a day's
				// outcomes finds it there and nowhere else.
				write.objectStore('outcomes').put({
					...day,
					id: `${date}~${day.adultId ?? 'unknown'}`,
					date,
					checkIds: day.checkIds.map((id) => `${id}~${year}`)
				});
			}
			await done(write);
		}
		db.close();
	}, years);
}
