import { describe, expect, it } from 'vitest';
import { dumpDatabase, smallSchool, storeSchool } from '$factories/school';
import { db } from './database';
import { getSettings } from './queries/settings';
import { updateSettings } from './settings';

describe('changing the settings', () => {
	it('changes only what was asked, and marks the settings as changed', async () => {
		const school = smallSchool();
		await storeSchool(school);
		await updateSettings({ schoolName: ' Riverside Academy ', maxGroupSize: 4 });
		const settings = await getSettings();
		expect(settings).toEqual({
			...school.settings,
			schoolName: 'Riverside Academy',
			maxGroupSize: 4,
			updatedAt: expect.any(Number)
		});
		expect(settings!.updatedAt).toBeGreaterThan(school.settings.updatedAt);
	});

	it('never rewrites the checks and groups already made', async () => {
		await storeSchool(smallSchool());
		const { checks, groups } = await dumpDatabase();
		const settings = (await getSettings())!;
		await updateSettings({
			keystones: settings.keystones.map((k) => ({ ...k, name: `${k.name} (ours)` })),
			flagRule: { essentialMissFlags: false, threshold: 50, flagGuessedRight: false },
			slots: settings.slots.slice(1),
			pastSlots: settings.slots.slice(0, 1)
		});
		expect(await dumpDatabase()).toMatchObject({ checks, groups });
		expect((await getSettings())!.keystones[0]).toMatchObject({
			id: 'coherence',
			name: 'Coherence (ours)'
		});
	});

	it('refuses invalid settings with messages that say where, and keeps what was there', async () => {
		await storeSchool(smallSchool());
		const before = await getSettings();
		const slots = [
			{ id: 'slot-1', start: '13:15', end: '13:05' },
			{ id: 'slot-2', start: '13:40', end: '14:00' }
		];
		await expect(updateSettings({ slots, maxGroupSize: 20 })).rejects.toThrow(
			'A group of more than 15 is not an intervention group. Slot 1: A slot must end after it starts.'
		);
		expect(await getSettings()).toEqual(before);
	});

	it('needs a school on this device', async () => {
		expect(await db.settings.count()).toBe(0);
		await expect(updateSettings({ schoolName: 'Hillside' })).rejects.toThrow(
			'There is no school on this device to change.'
		);
	});
});
