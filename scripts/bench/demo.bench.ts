import { test, type Page } from '@playwright/test';
import { loadWholeSchool, measured, report } from './report';

/**
 * The floor under storing the demo: every record stored, read back and written again with
 * plain IndexedDB into a database of the same tables with no indexes, in one transaction, as
 * the plain read is the floor under Review. The median of three writes, in ms.
 */
async function plainWrite(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const opened = (request: IDBOpenDBRequest) =>
			new Promise<IDBDatabase>((resolve, reject) => {
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error!);
			});
		const stored = await opened(indexedDB.open('keep-up'));
		const tables = [...stored.objectStoreNames];
		const read = stored.transaction(tables);
		const records = await Promise.all(
			tables.map(
				(table) =>
					new Promise<unknown[]>((resolve, reject) => {
						const request = read.objectStore(table).getAll();
						request.onsuccess = () => resolve(request.result as unknown[]);
						request.onerror = () => reject(request.error!);
					})
			)
		);
		stored.close();
		const writes: number[] = [];
		for (let run = 0; run < 3; run++) {
			const name = `keep-up-plain-write-${run}`;
			const request = indexedDB.open(name, 1);
			request.onupgradeneeded = () => {
				for (const table of tables) request.result.createObjectStore(table, { keyPath: 'id' });
			};
			const db = await opened(request);
			const started = performance.now();
			await new Promise((resolve, reject) => {
				const write = db.transaction(tables, 'readwrite', { durability: 'relaxed' });
				tables.forEach((table, i) => {
					for (const record of records[i]) write.objectStore(table).put(record);
				});
				write.oncomplete = resolve;
				write.onerror = () => reject(write.error!);
			});
			writes.push(performance.now() - started);
			db.close();
			await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
		}
		return writes.sort((a, b) => a - b)[1];
	});
}

test('the whole-school demo data set', async ({ page }) => {
	await loadWholeSchool(page);
	const store = await measured(page, 'keep-up:demo-store');
	report('demo_generate_ms', await measured(page, 'keep-up:demo-generate'));
	report('demo_store_ms', store);
	const stored = await page.evaluate(async () => {
		// Chromium also says how much of it is IndexedDB, without the app's own cached files.
		const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
			usageDetails?: { indexedDB?: number };
		};
		return { all: estimate.usage ?? 0, records: estimate.usageDetails?.indexedDB ?? Number.NaN };
	});
	report('demo_storage_mb', stored.all / 1e6, 1);
	report('demo_storage_indexeddb_mb', stored.records / 1e6, 1);
	const plain = await plainWrite(page);
	report('demo_plain_write_ms', plain);
	report('demo_ratio_store_to_plain_write', store / plain, 2);
});
