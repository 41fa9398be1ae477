// The page asks for the first screen's files as soon as it arrives.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readClientBuild } from './client-build.js';

/**
 * SvelteKit's root layout and root error page: its client loads both, with the screen, before
 * drawing anything.
 */
const LAYOUT_NODE = 0;
const ERROR_NODE = 1;

/**
 * The page with links added, so that the home screen's files download beside the app's own
 * instead of after the app has started: each file once, none the page already asks for.
 * @param {string} html
 * @param {string} kitDir
 */
export function withFirstScreenLinks(html, kitDir) {
	const { chunk, routes, nodeKey, files } = readClientBuild(kitDir);
	const home = routes.find(([route]) => route === '/');
	if (!home) throw new Error('Keep Up has no home screen at "/".');
	const keys = new Set();
	for (const node of [LAYOUT_NODE, ERROR_NODE, home[1]]) files(nodeKey(node), keys);
	const links = [];
	for (const key of keys) {
		const { file, css = [] } = chunk(key);
		if (!html.includes(`/${file}"`)) links.push(`<link href="/${file}" rel="modulepreload">`);
		for (const sheet of css) {
			if (!html.includes(`/${sheet}"`)) links.push(`<link href="/${sheet}" rel="stylesheet">`);
		}
	}
	return html.replace(
		'</head>',
		`${[...new Set(links)].map((link) => `\t${link}\n`).join('')}\t</head>`
	);
}

/**
 * Wraps the static adapter: the page it writes (and the one `vite preview` serves) also asks
 * for the home screen's files. With hash routing one page opens every address, so it cannot
 * know the screen; the home screen is the one a first visit opens.
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @param {string} pages the folder the adapter writes
 * @param {string} kitDir SvelteKit's output folder (`kit.outDir`)
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withFirstScreen(adapter, pages, kitDir) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			for (const page of [pages, `${kitDir}/output/prerendered/pages`]) {
				const file = path.join(page, 'index.html');
				writeFileSync(file, withFirstScreenLinks(readFileSync(file, 'utf8'), kitDir));
			}
			builder.log.minor('Added the home screen’s files to the page');
		}
	};
}
