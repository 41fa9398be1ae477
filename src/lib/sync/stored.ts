import { z } from 'zod';
import { hasSyncSetup, SETUP_KEY } from './device';

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

export function readSyncSetup(): SyncSetup | null {
	if (!hasSyncSetup()) return null;
	try {
		const parsed = SyncSetupSchema.safeParse(JSON.parse(localStorage.getItem(SETUP_KEY) ?? ''));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

/** Saves (or with null, forgets) how this device syncs; every other tab starts again on it. */
export function saveSyncSetup(setup: SyncSetup | null): void {
	if (setup) localStorage.setItem(SETUP_KEY, JSON.stringify(setup));
	else localStorage.removeItem(SETUP_KEY);
}

/** This device's sync, read once when Keep Up starts: set-up and sign-in start it again. */
export const syncSetup = readSyncSetup();
