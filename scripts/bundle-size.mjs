// The JavaScript and CSS each screen downloads, gzipped, from the last `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const client = '.svelte-kit/output/client/';
const manifest = JSON.parse(readFileSync(`${client}.vite/manifest.json`, 'utf8'));
const app = readFileSync('.svelte-kit/generated/client-optimized/app.js', 'utf8');
const dictionary = JSON.parse(
	app
		.slice(
			app.indexOf('export const dictionary = ') + 26,
			app.indexOf('};', app.indexOf('dictionary')) + 1
		)
		.replace(/,\s*}/, '}')
);
const nodeKey = (n) => `.svelte-kit/generated/client-optimized/nodes/${n}.js`;
const appKey = '.svelte-kit/generated/client-optimized/app.js';

function files(key, seen = new Set()) {
	if (seen.has(key)) return seen;
	seen.add(key);
	for (const next of manifest[key]?.imports ?? []) files(next, seen);
	return seen;
}

function gzipped(keys) {
	let total = 0;
	for (const key of keys) {
		total += gzipSync(readFileSync(client + manifest[key].file), { level: 9 }).length;
		for (const css of manifest[key].css ?? []) {
			total += gzipSync(readFileSync(client + css), { level: 9 }).length;
		}
	}
	return total;
}

const shell = files(nodeKey(0), files(appKey));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`app shell (start, layout): ${kib(gzipped(shell))}`);
for (const [route, [leaf]] of Object.entries(dictionary)) {
	const page = files(nodeKey(leaf));
	const own = [...page].filter((key) => !shell.has(key));
	// A message only chart.js has: which screens download it.
	const charts = [...page].some((key) =>
		readFileSync(client + manifest[key].file, 'utf8').includes(
			'acquire context from the given item'
		)
	);
	console.log(
		`${route.padEnd(34)} first visit ${kib(gzipped(new Set([...shell, ...page]))).padStart(10)}  this screen only ${kib(gzipped(own)).padStart(9)}${charts ? '  with chart.js' : ''}`
	);
}
