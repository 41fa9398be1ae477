// The JavaScript and CSS each screen downloads, gzipped, from the last `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readClientBuild } from './client-build.js';

const { client, chunk, routes, nodeKey, appKey, files } = readClientBuild();

function gzipped(keys) {
	let total = 0;
	for (const key of keys) {
		total += gzipSync(readFileSync(client + chunk(key).file), { level: 9 }).length;
		for (const css of chunk(key).css ?? []) {
			total += gzipSync(readFileSync(client + css), { level: 9 }).length;
		}
	}
	return total;
}

const shell = files(nodeKey(0), files(appKey));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`app shell (start, layout): ${kib(gzipped(shell))}`);
for (const [route, leaf] of routes) {
	const page = files(nodeKey(leaf));
	const own = [...page].filter((key) => !shell.has(key));
	// A message only chart.js has: which screens download it.
	const charts = [...page].some((key) =>
		readFileSync(client + chunk(key).file, 'utf8').includes('acquire context from the given item')
	);
	console.log(
		`${route.padEnd(34)} first visit ${kib(gzipped(new Set([...shell, ...page]))).padStart(10)}  this screen only ${kib(gzipped(own)).padStart(9)}${charts ? '  with chart.js' : ''}`
	);
}
