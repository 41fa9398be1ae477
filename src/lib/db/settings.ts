import { defaultSettings, SettingsSchema, type Settings } from '$lib/domain/model/settings';
import { db } from './database';
import { validate } from './validate';

export async function getSettings(): Promise<Settings | null> {
	return (await db.settings.get('school')) ?? null;
}

export async function saveSettings(settings: Settings): Promise<void> {
	const valid = validate(SettingsSchema, { ...settings, updatedAt: Date.now() });
	await db.transaction('rw', db.settings, () => db.settings.put(valid));
}

/** Starts a school of the user's own, with the default framework, rules and slots. */
export async function createSchool(schoolName: string): Promise<void> {
	const settings = validate(SettingsSchema, defaultSettings(schoolName, Date.now()));
	await db.transaction('rw', db.settings, async () => {
		if (await db.settings.get('school'))
			throw new Error('A school is already set up on this device.');
		await db.settings.put(settings);
	});
}
