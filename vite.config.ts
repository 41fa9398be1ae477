import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';
import { defineConfig } from 'vitest/config';

/**
 * The app shell's own modules. Bundled into one file with the runtime and database they need,
 * a first visit fetches a few files instead of sixteen small ones, and gzip does better on one.
 */
const SHELL = [
	'state/app.svelte.ts',
	'state/school.svelte.ts',
	'state/lockGate.svelte.ts',
	'state/pupilMode.svelte.ts',
	'state/preference.svelte.ts',
	'state/skipLinks.svelte.ts',
	'db/open.ts',
	'db/queries/settings.ts',
	'domain/settings.ts'
].map((path) => `/src/lib/${path}`);

// A sync server to serve at /couchdb/ beside the app, as a school's reverse proxy does: for
// trying sync out (`KEEP_UP_COUCHDB=http://127.0.0.1:5984 npm start`) and for the journeys.
const couch = process.env.KEEP_UP_COUCHDB;
const proxy = couch
	? { '/couchdb': { target: couch, rewrite: (path: string) => path.replace(/^\/couchdb/, '') } }
	: undefined;

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173, strictPort: true, proxy },
	preview: { port: 4173, strictPort: true, proxy },
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'shell',
							test: (id) => SHELL.some((path) => id.replaceAll('\\', '/').endsWith(path))
						}
					]
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		// A spy is taken off after its test even when the test fails.
		restoreMocks: true,
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts', 'src/**/*.browser.spec.ts'],
					setupFiles: ['./tests/setup/unit.ts'],
					benchmark: { include: ['src/**/*.bench.ts'] }
				}
			},
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'components',
					environment: 'happy-dom',
					include: ['src/**/*.svelte.spec.ts'],
					setupFiles: ['./tests/setup/unit.ts', './tests/setup/components.ts']
				}
			},
			{
				// Components whose behaviour happy-dom does not reproduce (a select's chosen option,
				// for one) are tested in Debian's chromium, as the journeys are.
				extends: './vite.config.ts',
				// Its browser condition is for DOMs simulated in Node: in a browser, Vite already resolves so.
				plugins: [svelteTesting({ resolveBrowser: false })],
				test: {
					name: 'browser',
					include: ['src/**/*.browser.spec.ts'],
					setupFiles: ['./tests/setup/components.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: {
								executablePath: chromiumPath,
								args: chromiumArgs
							}
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
