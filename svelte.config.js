import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Hash routing: any static web server can host Keep Up with no rewrite rules,
		// and the offline shell is a single page.
		router: { type: 'hash' },
		// The sync server's rules (server/) are read by the app too, so the two cannot differ.
		alias: { $server: 'server' },
		adapter: adapter({ pages: 'build', assets: 'build', precompress: false, strict: true }),
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../playwright*.config.ts', '../scripts/**/*.ts');
			}
		}
	}
};

export default config;
