import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';

// E2E_PORT lets two checkouts run their journeys side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	workers: 1,
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'en-GB',
		timezoneId: 'Europe/London',
		viewport: { width: 1024, height: 768 },
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromiumPath,
			args: chromiumArgs
		}
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		// The built app, with a sync server behind it at /couchdb/.
		command: `node scripts/e2e-server.mjs --port ${port}`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
