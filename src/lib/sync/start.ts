import { db } from '$lib/db/database';
import { captureChanges } from '$lib/db/sync/capture';
import type { SyncSetup } from './stored';
import { SyncEngine } from './engine';

/**
 * Catches every change for the outbox from the moment the database opens. Dexie builds its
 * middleware when it opens, so a database already opened without it is opened again.
 */
export function catchChanges(): void {
	if (db.isOpen()) db.close({ disableAutoOpen: false });
	db.use(captureChanges);
}

export function startSync(setup: SyncSetup): SyncEngine {
	const engine = new SyncEngine(setup);
	engine.start();
	return engine;
}
