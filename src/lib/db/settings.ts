import { SettingsSchema, type Settings } from '$lib/domain/model/settings';
import { describeSettingsPath, SETTINGS_KEY } from '$lib/domain/settings';
import { defaultSettings } from '$lib/domain/school';
import { newSchoolId } from '$lib/domain/school';
import { db } from './database';
import { validate } from './validate';

/** What the settings screen changes; the rest of the settings are the app's to keep. */
export type SettingsChange = Partial<
	Pick<Settings, 'schoolName' | 'keystones' | 'flagRule' | 'maxGroupSize' | 'slots' | 'pastSlots'>
>;

/**
 * Changes some settings, read and written in one transaction so that a change made meanwhile
 * in another tab is not undone; a change can be worked out from the settings as they are.
 * Checks keep the flag rule they were made with, and groups what they were given.
 */
export async function updateSettings(
	change: SettingsChange | ((settings: Settings) => SettingsChange)
): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		const settings = await db.settings.get(SETTINGS_KEY);
		if (!settings) throw new Error('There is no school on this device to change.');
		const changes = typeof change === 'function' ? change(settings) : change;
		const changed = { ...settings, ...changes, updatedAt: Date.now() };
		await db.settings.put(validate(SettingsSchema, changed, describeSettingsPath));
	});
}

/** Starts a school of the user's own, with the default framework, rules and slots. */
export async function createSchool(schoolName: string): Promise<void> {
	const settings = validate(SettingsSchema, defaultSettings(newSchoolId(), schoolName, Date.now()));
	await db.transaction('rw', db.settings, async () => {
		if (await db.settings.get(SETTINGS_KEY))
			throw new Error('A school is already set up on this device.');
		await db.settings.put(settings);
	});
}
