// What the last client build made, read from Vite's manifest and SvelteKit's generated app:
// which files each screen downloads. Read by the page's preloads and by `npm run size`.
import { readFileSync } from 'node:fs';

/**
 * @typedef {{ file: string, imports?: string[], css?: string[] }} Chunk
 * @typedef {{
 *   client: string,
 *   chunk: (key: string) => Chunk,
 *   routes: [string, number][],
 *   nodeKey: (node: number) => string,
 *   appKey: string,
 *   files: (key: string, seen?: Set<string>) => Set<string>
 * }} ClientBuild
 */

/**
 * @param {string} kitDir SvelteKit's output folder (`kit.outDir`)
 * @returns {ClientBuild}
 */
export function readClientBuild(kitDir = '.svelte-kit') {
	const client = `${kitDir}/output/client/`;
	/** @type {Record<string, Chunk>} */
	const manifest = JSON.parse(readFileSync(`${client}.vite/manifest.json`, 'utf8'));
	const generated = `${kitDir}/generated/client-optimized`;
	const appKey = `${generated}/app.js`;
	const app = readFileSync(appKey, 'utf8');
	const start = app.indexOf('export const dictionary = ') + 26;
	/** @type {Record<string, number[]>} */
	const dictionary = JSON.parse(
		app.slice(start, app.indexOf('};', start) + 1).replace(/,\s*}/, '}')
	);
	/** @param {string} key */
	const chunk = (key) => {
		const found = manifest[key];
		if (!found) throw new Error(`The client build has no ${key}: run the build again.`);
		return found;
	};
	/**
	 * A chunk and every chunk it imports, by their manifest keys.
	 * @param {string} key
	 * @param {Set<string>} seen
	 */
	const files = (key, seen = new Set()) => {
		if (seen.has(key)) return seen;
		seen.add(key);
		for (const next of chunk(key).imports ?? []) files(next, seen);
		return seen;
	};
	return {
		client,
		chunk,
		// Each route's own node comes first in its entry, before any layouts and error pages.
		routes: Object.entries(dictionary).map(([route, [leaf]]) => [route, leaf]),
		nodeKey: (node) => `${generated}/nodes/${node}.js`,
		appKey,
		files
	};
}
