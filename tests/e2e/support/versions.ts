import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * Builds Keep Up as a version of the given name into a folder of its own (with SvelteKit's
 * working files apart too), leaving `build/` to the other journeys. Returns the folder.
 */
export function buildVersion(name: string, folder = 'next'): string {
	const root = path.join('.builds', folder);
	execFileSync(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
		{
			env: {
				...process.env,
				KEEP_UP_VERSION: name,
				KEEP_UP_BUILD_DIR: path.join(root, 'site'),
				KEEP_UP_KIT_DIR: path.join(root, 'kit')
			},
			stdio: 'pipe'
		}
	);
	return path.join(root, 'site');
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

export interface Host {
	origin: string;
	/** From now on, serve this folder: the school publishes a new version. */
	publish(folder: string): void;
	close(): Promise<void>;
}

/** A plain static web server, as a school would run, on a free port of this machine. */
export async function host(folder: string): Promise<Host> {
	let current = folder;
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const file = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
		readFile(path.join(current, path.normalize(file)))
			.then((body) => {
				response.writeHead(200, {
					'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
					'cache-control': file === '/service-worker.js' ? 'no-cache' : 'max-age=3600'
				});
				response.end(body);
			})
			.catch(() => {
				response.writeHead(404).end();
			});
	});
	await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://localhost:${port}`,
		publish: (next) => (current = next),
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
