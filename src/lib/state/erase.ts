import { eraseSchool } from '$lib/db/school';
import { hasSyncSetup } from '$lib/sync/device';
import { staffLock } from './lock.svelte';
import { forgetPreferences } from './preference.svelte';

/**
 * Erases everything Keep Up keeps on this device: the school's records, the choices the device
 * remembers and its staff lock. The one way back from a forgotten PIN. A device that syncs also
 * stops syncing and signs out: the school stays on its server, and signing in brings it back.
 * Says whether it did, since such a device must then start afresh, with no sync running.
 */
export async function eraseThisDevice(): Promise<{ leftSync: boolean }> {
	const synced = hasSyncSetup();
	if (synced) {
		const [{ leaveSync }, { readSyncSetup }] = await Promise.all([
			import('$lib/sync/engine'),
			import('$lib/sync/stored')
		]);
		const setup = readSyncSetup();
		if (setup) await leaveSync(setup);
		else await eraseSchool();
	} else {
		await eraseSchool();
	}
	forgetPreferences();
	staffLock.forget();
	return { leftSync: synced };
}
