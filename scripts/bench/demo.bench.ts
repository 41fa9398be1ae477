import { test } from '@playwright/test';
import { loadWholeSchool, measured, report } from './report';

test('the whole-school demo data set', async ({ page }) => {
	await loadWholeSchool(page);
	report('demo_generate_ms', await measured(page, 'keep-up:demo-generate'));
	report('demo_store_ms', await measured(page, 'keep-up:demo-store'));
	const stored = await page.evaluate(async () => {
		const estimate = await navigator.storage.estimate();
		return estimate.usage ?? 0;
	});
	report('demo_storage_mb', stored / 1e6, 1);
});
