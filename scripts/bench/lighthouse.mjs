// Lighthouse's mobile performance score of the built app's first screen, served as a school
// serves it (server/Caddyfile): over HTTPS and HTTP/2, compressed, the hashed files cached for
// good. The certificate is a throwaway one made for 127.0.0.1. Three runs; the median of each.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http2 from 'node:http2';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, chromiumPath } from '../chromium.js';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const RUNS = 3;
const site = path.resolve('build');
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.json': 'application/json',
	'.txt': 'text/plain'
};
const compressed = new Set(['.html', '.js', '.css', '.svg', '.webmanifest', '.json', '.txt']);

if (!existsSync(path.join(site, 'index.html'))) throw new Error('Run `npm run build` first.');
const work = mkdtempSync(path.join(tmpdir(), 'keep-up-lighthouse-'));
const key = path.join(work, 'key.pem');
const cert = path.join(work, 'cert.pem');
execFileSync(
	'openssl',
	[
		...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
		...['-keyout', key, '-out', cert, '-subj', '/CN=127.0.0.1'],
		...['-addext', 'subjectAltName=IP:127.0.0.1']
	],
	{ stdio: 'ignore' }
);

const server = http2.createSecureServer(
	{ key: readFileSync(key), cert: readFileSync(cert) },
	(request, response) => {
		let name = decodeURIComponent(new URL(request.url ?? '/', 'https://127.0.0.1').pathname);
		if (name.endsWith('/')) name += 'index.html';
		const file = path.join(site, path.normalize(name));
		if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) {
			response.writeHead(404).end();
			return;
		}
		const ext = path.extname(file);
		const headers = {
			'content-type': types[ext] ?? 'application/octet-stream',
			'cache-control': name.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache'
		};
		let body = readFileSync(file);
		if (compressed.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			body = gzipSync(body);
			headers['content-encoding'] = 'gzip';
		}
		response.writeHead(200, headers).end(body);
	}
);
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const url = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const figures = { score: [], fcp: [], lcp: [], tbt: [] };
try {
	for (let run = 0; run < RUNS; run++) {
		const output = path.join(work, `run-${run}.json`);
		const flags = [...chromiumArgs, '--ignore-certificate-errors'].join(' ');
		// Lighthouse runs in its own process while this one serves the page.
		const lighthouse = spawn(
			'npx',
			[
				...['--yes', LIGHTHOUSE, url, '--only-categories=performance'],
				...['--form-factor=mobile', `--chrome-flags=${flags}`],
				...['--output=json', `--output-path=${output}`, '--quiet']
			],
			{ stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromiumPath } }
		);
		await new Promise((resolve, reject) => {
			lighthouse.on('error', reject);
			lighthouse.on('exit', (code) =>
				code === 0 ? resolve(undefined) : reject(new Error(`Lighthouse stopped with code ${code}.`))
			);
		});
		const { categories, audits } = JSON.parse(readFileSync(output, 'utf8'));
		figures.score.push(categories.performance.score * 100);
		figures.fcp.push(audits['first-contentful-paint'].numericValue);
		figures.lcp.push(audits['largest-contentful-paint'].numericValue);
		figures.tbt.push(audits['total-blocking-time'].numericValue);
	}
} finally {
	server.close();
	rmSync(work, { recursive: true, force: true });
}
console.log(`lighthouse_mobile_performance ${median(figures.score).toFixed(0)}`);
console.log(`lighthouse_first_contentful_paint_ms ${median(figures.fcp).toFixed(0)}`);
console.log(`lighthouse_largest_contentful_paint_ms ${median(figures.lcp).toFixed(0)}`);
console.log(`lighthouse_total_blocking_time_ms ${median(figures.tbt).toFixed(0)}`);
