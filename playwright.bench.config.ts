import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * Benchmarks: Playwright scripts against the built app that print their figures. They record
 * no trace: a trace's screenshots and page snapshots are taken on the page while it is timed.
 */
export default defineConfig({
	...base,
	use: { ...base.use, trace: 'off' },
	testDir: 'scripts/bench',
	testMatch: '**/*.bench.ts',
	timeout: 300_000,
	expect: { timeout: 120_000 },
	reporter: 'line'
});
