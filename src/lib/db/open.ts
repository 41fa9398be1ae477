import { MigrationError } from '$lib/domain/migrations/types';
import { db, DATABASE_NAME } from './database';
import { SCHEMA_VERSION } from './schema';

import type { OpenProblem } from './openProblems';

export type { OpenProblem };
export type OpenResult = { ok: true } | ({ ok: false } & OpenProblem);

/** What went wrong, in words: loaded only when something has. */
async function problem(kind: 'noIndexedDb' | 'blocked' | 'newer'): Promise<OpenResult> {
	const { PROBLEMS } = await import('./openProblems');
	return { ok: false, ...PROBLEMS[kind] };
}

/** The version of Keep Up's data on this device: 0 for none, null when the browser cannot say. */
async function storedVersion(): Promise<number | null> {
	if (typeof indexedDB.databases !== 'function') return null;
	const found = (await indexedDB.databases()).find((known) => known.name === DATABASE_NAME);
	// Dexie keeps its version times ten as IndexedDB's.
	return found?.version ? Math.floor(found.version / 10) : 0;
}

/**
 * The migrations are loaded only for a device whose data an older version of Keep Up wrote (or
 * when the browser cannot say), so that every other visit downloads none of them.
 */
async function prepareUpgrade(): Promise<void> {
	const stored = await storedVersion();
	if (stored !== null && (stored === 0 || stored >= SCHEMA_VERSION)) return;
	const [{ MIGRATIONS }, { withMigrations }] = await Promise.all([
		import('$lib/domain/migrations'),
		import('./upgrade')
	]);
	withMigrations(db, MIGRATIONS);
}

/** The record an upgrade could not read, wherever Dexie has wrapped it. */
function migrationError(error: unknown): MigrationError | null {
	for (let inner = error; inner instanceof Error; inner = (inner as { inner?: unknown }).inner) {
		if (inner instanceof MigrationError) return inner;
	}
	return null;
}

/**
 * Opens the database once at start-up. Private browsing in some browsers has no IndexedDB, and
 * a newer version of Keep Up may have upgraded the data in another tab: either is said plainly
 * instead of showing broken screens.
 */
export async function openDatabase(onChangedElsewhere: () => void): Promise<OpenResult> {
	if (typeof indexedDB === 'undefined') return problem('noIndexedDb');
	db.on('versionchange', () => {
		// Another tab upgraded or erased the database: this tab must not keep writing to it.
		db.close();
		onChangedElsewhere();
		return false;
	});
	try {
		await prepareUpgrade();
		await db.open();
	} catch (error) {
		const upgrade = migrationError(error);
		if (upgrade) {
			const { notUpgraded } = await import('./openProblems');
			return { ok: false, ...notUpgraded(upgrade.message) };
		}
		const name = error instanceof Error ? error.name : '';
		return problem(name === 'VersionError' ? 'newer' : 'blocked');
	}
	// Dexie opens a database of a later version without complaint, but this version of the app
	// does not know what that version changed, so it must neither read nor write it.
	if (db.backendDB().version >= (SCHEMA_VERSION + 1) * 10) {
		db.close();
		return problem('newer');
	}
	return { ok: true };
}

/**
 * Groups that a tab closed before they followed its last tap (see changeCheck) follow it now;
 * the grouping code is loaded only when there are some.
 */
export async function followLeftOverFlags(): Promise<void> {
	if ((await db.regroups.count()) === 0) return;
	const { followFlags } = await import('./marking');
	await followFlags();
}
