import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

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
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts'],
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
			}
		]
	}
});
