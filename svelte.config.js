import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy, withPolicyFile } from './scripts/csp.js';
import { withFirstScreen } from './scripts/preload.js';

const env = process.env;
const pages = env.KEEP_UP_BUILD_DIR ?? 'build';
const kitDir = env.KEEP_UP_KIT_DIR ?? '.svelte-kit';
// Each build is a new version (its service worker caches apart from the last one's). The
// name is fixed at the first reading of this file, through the environment, because the
// build reads it again in worker processes and every reading must agree.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
env.KEEP_UP_VERSION ??= `${version}-${new Date().toISOString().replace(/[-:]|\.\d+/g, '')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes for Keep Up's own components; libraries compile as their authors wrote them.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Hash routing: any static web server can host Keep Up with no rewrite rules,
		// and the offline shell is a single page.
		router: { type: 'hash' },
		// The sync server's rules (server/) are read by the app too, so the two cannot differ.
		alias: { $server: 'server', $factories: 'tests/factories' },
		// KEEP_UP_BUILD_DIR and KEEP_UP_KIT_DIR let a journey build two versions side by side
		// without touching the build that the other journeys are served from.
		adapter: withPolicyFile(
			withFirstScreen(
				adapter({ pages, assets: pages, precompress: false, strict: true }),
				pages,
				kitDir
			),
			pages
		),
		outDir: kitDir,
		// Shown in Settings, so that IT can tell which version a tablet is running.
		version: { name: env.KEEP_UP_VERSION },
		csp: contentSecurityPolicy(env.KEEP_UP_SYNC_ORIGIN),
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../playwright*.config.ts', '../scripts/**/*.ts');
			}
		}
	}
};

export default config;
