// The servers the browser journeys and benchmarks run against: the built app (vite preview) on
// the given port, and a sync server (pouchdb-server, in memory, on a free loopback port) behind
// it at /couchdb/ — one origin, as a school serves them (server/README.md). Both stop with it.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TEST_ADMIN } from './sync-test-admin.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' } } });

function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
	});
}

async function until(check, what) {
	for (let i = 0; i < 100; i++) {
		if (await check().catch(() => false)) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${what} did not start`);
}

const children = [];
function stop() {
	for (const child of children) child.kill();
	process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

const couchPort = await freePort();
const couch = `http://127.0.0.1:${couchPort}`;
const dir = mkdtempSync(join(tmpdir(), 'keep-up-sync-'));
writeFileSync(join(dir, 'config.json'), JSON.stringify({ log: { file: join(dir, 'log.txt') } }));
children.push(
	spawn(
		process.execPath,
		[
			'--import',
			'./scripts/pouchdb-server-fix.mjs',
			'node_modules/pouchdb-server/bin/pouchdb-server',
			'--in-memory',
			'--host',
			'127.0.0.1',
			'--port',
			String(couchPort),
			'--no-stdout-logs',
			'--config',
			join(dir, 'config.json')
		],
		{ stdio: ['ignore', 'ignore', 'inherit'] }
	)
);
await until(async () => (await fetch(couch)).ok, 'pouchdb-server');

// As a school's CouchDB is set up (server/couchdb.ini): an admin (no "admin party"), and
// sessions that last a school day and survive the browser closing.
const put = (path, value, auth) =>
	fetch(`${couch}/_config/${path}`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
		body: JSON.stringify(value)
	});
await put(`admins/${TEST_ADMIN.user}`, TEST_ADMIN.password);
const auth = `Basic ${Buffer.from(`${TEST_ADMIN.user}:${TEST_ADMIN.password}`).toString('base64')}`;
// pouchdb-server reads the timeout as milliseconds for the cookie: this is 12 hours.
await put('couch_httpd_auth/timeout', String(12 * 60 * 60 * 1000), auth);
await put('couch_httpd_auth/allow_persistent_cookies', 'true', auth);

children.push(
	spawn(
		process.execPath,
		['node_modules/vite/bin/vite.js', 'preview', '--port', values.port, '--strictPort'],
		{ stdio: 'inherit', env: { ...process.env, KEEP_UP_COUCHDB: couch } }
	)
);
for (const child of children) child.on('exit', stop);
