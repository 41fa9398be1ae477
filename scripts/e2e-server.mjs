// The servers the browser journeys and benchmarks run against: the built app (vite preview) on
// the given port, with the test sync server behind it at /couchdb/ — one origin, as a school
// serves them (server/README section of README.md). Both stop with it.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { startSyncServer } from './sync-test-server.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' } } });
const sync = await startSyncServer();
const preview = spawn(
	process.execPath,
	['node_modules/vite/bin/vite.js', 'preview', '--port', values.port, '--strictPort'],
	{ stdio: 'inherit', env: { ...process.env, KEEP_UP_COUCHDB: sync.url } }
);
function stop() {
	preview.kill();
	sync.stop();
	process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
preview.on('exit', stop);
