import { z } from 'zod';

/**
 * How this device syncs: the school's server, its database and whose session this is. It is
 * about this device alone, so it lives in this browser's storage, never in the school's records
 * or its backups. No password is kept: the server's session cookie stands for the sign-in.
 */
const SyncSetupSchema = z.object({
	server: z.string(),
	database: z.string(),
	account: z.object({ name: z.string(), roles: z.array(z.string()) })
});

export type SyncSetup = z.infer<typeof SyncSetupSchema>;

const KEY = 'keep-up.sync';

/** What the syncing tab last said of the sync, for every tab of this device to show. */
export const STATUS_KEY = 'keep-up.sync-status';

export function readSyncSetup(): SyncSetup | null {
	try {
		const parsed = SyncSetupSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

/** Saves (or with null, forgets) how this device syncs; every other tab starts again on it. */
export function saveSyncSetup(setup: SyncSetup | null): void {
	if (setup) localStorage.setItem(KEY, JSON.stringify(setup));
	else localStorage.removeItem(KEY);
}

/**
 * Sync was set up or stopped in another tab: this one starts again, so that from now on every
 * change it makes is caught for the server, or none is.
 */
export function onSyncChangedElsewhere(restart: () => void): void {
	addEventListener('storage', (event) => {
		if (event.key === KEY || event.key === null) restart();
	});
}

/** This device's sync, read once when Keep Up starts: set-up and sign-in start it again. */
export const syncSetup = typeof localStorage === 'undefined' ? null : readSyncSetup();

/** The sync code, downloaded only by a device that syncs (and only once). */
export const syncCode = syncSetup ? import('./entry') : null;
