import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** Benchmarks: Playwright scripts against the built app that print their figures. */
export default defineConfig({
	...base,
	testDir: 'scripts/bench',
	testMatch: '**/*.bench.ts',
	timeout: 300_000,
	expect: { timeout: 120_000 },
	reporter: 'line'
});
