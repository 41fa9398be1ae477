// A sync server for the tests: pouchdb-server, in memory, on a free loopback port, set up as a
// school's CouchDB is (an admin, sessions of a school day). Never a mock: the tests sync
// through the same replication protocol a school's CouchDB speaks.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_ADMIN } from './sync-test-admin.mjs';

function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/** @param {() => Promise<boolean>} check */
async function until(check) {
	for (let i = 0; i < 150; i++) {
		if (await check().catch(() => false)) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('pouchdb-server did not start');
}

/** Starts the test sync server; `stop` ends it and removes its files. */
export async function startSyncServer() {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const dir = mkdtempSync(join(tmpdir(), 'keep-up-sync-'));
	writeFileSync(join(dir, 'config.json'), JSON.stringify({ log: { file: join(dir, 'log.txt') } }));
	const server = spawn(
		process.execPath,
		[
			'--import',
			'./scripts/pouchdb-server-fix.mjs',
			'node_modules/pouchdb-server/bin/pouchdb-server',
			'--in-memory',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
			'--no-stdout-logs',
			'--config',
			join(dir, 'config.json')
		],
		{ stdio: ['ignore', 'ignore', 'inherit'] }
	);
	await until(async () => (await fetch(url)).ok);
	// As a school's CouchDB is set up (server/couchdb.ini): an admin, so no "admin party", and
	// sessions that last a school day and survive the browser closing.
	const auth = `Basic ${Buffer.from(`${TEST_ADMIN.user}:${TEST_ADMIN.password}`).toString('base64')}`;
	/** @param {string} path @param {string} value @param {boolean} [admin] */
	const put = (path, value, admin = true) =>
		fetch(`${url}/_config/${path}`, {
			method: 'PUT',
			headers: { 'content-type': 'application/json', ...(admin ? { authorization: auth } : {}) },
			body: JSON.stringify(value)
		});
	await put(`admins/${TEST_ADMIN.user}`, TEST_ADMIN.password, false);
	// pouchdb-server takes this for milliseconds when it sets the cookie: 12 hours.
	await put('couch_httpd_auth/timeout', String(12 * 60 * 60 * 1000));
	await put('couch_httpd_auth/allow_persistent_cookies', 'true');
	return {
		url,
		stop() {
			server.kill();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
