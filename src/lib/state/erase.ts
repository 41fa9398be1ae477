import { eraseSchool } from '$lib/db/school';
import { staffLock } from './lock.svelte';
import { forgetPreferences } from './preference.svelte';

/**
 * Erases everything Keep Up keeps on this device: the school's records, the choices the device
 * remembers and its staff lock. The one way back from a forgotten PIN.
 */
export async function eraseThisDevice(): Promise<void> {
	await eraseSchool();
	forgetPreferences();
	staffLock.forget();
}
