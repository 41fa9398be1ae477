import type { Settings } from '$lib/domain/model/settings';
import { SETTINGS_KEY } from '$lib/domain/settings';
import { db } from '../database';

/** The school's settings on this device, or null when no school is set up. */
export async function getSettings(): Promise<Settings | null> {
	return (await db.settings.get(SETTINGS_KEY)) ?? null;
}
