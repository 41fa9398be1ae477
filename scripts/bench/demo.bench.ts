import { test } from '@playwright/test';
import { loadWholeSchool, measured, report } from './report';

test('the whole-school demo data set', async ({ page }) => {
	await loadWholeSchool(page);
	report('demo_generate_ms', await measured(page, 'keep-up:demo-generate'));
	report('demo_store_ms', await measured(page, 'keep-up:demo-store'));
	const stored = await page.evaluate(async () => {
		// Chromium also says how much of it is IndexedDB, without the app's own cached files.
		const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
			usageDetails?: { indexedDB?: number };
		};
		return { all: estimate.usage ?? 0, records: estimate.usageDetails?.indexedDB ?? Number.NaN };
	});
	report('demo_storage_mb', stored.all / 1e6, 1);
	report('demo_storage_indexeddb_mb', stored.records / 1e6, 1);
});
