import { db } from './database';

export type OpenResult = { ok: true } | { ok: false; reason: string };

/**
 * Opens the database once at start-up. Private browsing in some browsers has no IndexedDB:
 * that is said plainly instead of showing broken screens.
 */
export async function openDatabase(onChangedElsewhere: () => void): Promise<OpenResult> {
	if (typeof indexedDB === 'undefined') {
		return { ok: false, reason: 'This browser does not offer storage (IndexedDB) to Keep Up.' };
	}
	db.on('versionchange', () => {
		// Another tab upgraded or erased the database: this tab must not keep writing to it.
		db.close();
		onChangedElsewhere();
		return false;
	});
	try {
		await db.open();
		return { ok: true };
	} catch (error) {
		const name = error instanceof Error ? error.name : '';
		if (name === 'VersionError') {
			return {
				ok: false,
				reason: 'A newer version of Keep Up has used this browser. Reload to update.'
			};
		}
		return {
			ok: false,
			reason:
				'This browser would not let Keep Up store data. Private or incognito windows often block it: open Keep Up in a normal window.'
		};
	}
}
