import { MigrationError } from '$lib/domain/migrations';
import { db } from './database';
import { SCHEMA_VERSION } from './schema';

export interface OpenProblem {
	title: string;
	reason: string;
}

export type OpenResult = { ok: true } | ({ ok: false } & OpenProblem);

const WITHOUT_STORAGE =
	'Keep Up keeps every class list, ticket and group in this browser, so it cannot run without storage. Nothing has been saved or sent anywhere.';

const PROBLEMS = {
	noIndexedDb: {
		title: 'Keep Up cannot store data here',
		reason: `This browser does not offer storage (IndexedDB) to Keep Up. ${WITHOUT_STORAGE}`
	},
	blocked: {
		title: 'Keep Up cannot store data here',
		reason: `This browser would not let Keep Up store data. Private or incognito windows often block it: open Keep Up in a normal window. ${WITHOUT_STORAGE}`
	},
	newer: {
		title: 'Keep Up needs updating on this device',
		reason:
			'A newer version of Keep Up has upgraded the data in this browser, in another tab or window. Reload this page while online to get the newer version: nothing has been lost.'
	}
} satisfies Record<string, OpenProblem>;

/** The record an upgrade could not read, wherever Dexie has wrapped it. */
function migrationError(error: unknown): MigrationError | null {
	for (let inner = error; inner instanceof Error; inner = (inner as { inner?: unknown }).inner) {
		if (inner instanceof MigrationError) return inner;
	}
	return null;
}

function notUpgraded(reason: string): OpenProblem {
	return {
		title: 'Keep Up could not upgrade the data on this device',
		reason: `${reason} Nothing has been changed or lost: the data is as the earlier version of Keep Up left it. Ask whoever looks after Keep Up at your school for help before erasing anything.`
	};
}

/**
 * Opens the database once at start-up. Private browsing in some browsers has no IndexedDB, and
 * a newer version of Keep Up may have upgraded the data in another tab: either is said plainly
 * instead of showing broken screens.
 */
export async function openDatabase(onChangedElsewhere: () => void): Promise<OpenResult> {
	if (typeof indexedDB === 'undefined') return { ok: false, ...PROBLEMS.noIndexedDb };
	db.on('versionchange', () => {
		// Another tab upgraded or erased the database: this tab must not keep writing to it.
		db.close();
		onChangedElsewhere();
		return false;
	});
	try {
		await db.open();
	} catch (error) {
		const upgrade = migrationError(error);
		if (upgrade) return { ok: false, ...notUpgraded(upgrade.message) };
		const name = error instanceof Error ? error.name : '';
		return { ok: false, ...PROBLEMS[name === 'VersionError' ? 'newer' : 'blocked'] };
	}
	// Dexie opens a database of a later version without complaint, but this version of the app
	// does not know what that version changed, so it must neither read nor write it.
	if (db.backendDB().version >= (SCHEMA_VERSION + 1) * 10) {
		db.close();
		return { ok: false, ...PROBLEMS.newer };
	}
	return { ok: true };
}
