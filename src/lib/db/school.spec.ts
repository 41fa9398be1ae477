import { describe, expect, it } from 'vitest';
import { dumpDatabase, smallSchool, storeSchool } from '$factories/school';
import { db } from './database';
import { eraseSchool } from './school';
import { getSettings } from './queries/settings';
import { createSchool, updateSettings } from './settings';

describe('the school on this device', () => {
	it('is stored whole and read back the same, typed arrays included', async () => {
		const school = smallSchool();
		await storeSchool(school);
		expect(await db.settings.count()).toBe(1);
		const check = await db.checks.get(school.checks[0].id);
		expect(check?.marks).toBeInstanceOf(Uint8Array);
		expect(check).toEqual(school.checks[0]);
		expect(await db.groups.count()).toBe(school.groups.length);
	});

	it('can be erased completely', async () => {
		await storeSchool(smallSchool());
		await eraseSchool();
		expect(await db.settings.count()).toBe(0);
		expect(Object.values(await dumpDatabase()).every((rows) => rows.length === 0)).toBe(true);
	});
});

describe('settings', () => {
	it('start a school of your own with the default framework', async () => {
		await createSchool('  Hillside Primary ');
		const settings = await getSettings();
		expect(settings?.schoolName).toBe('Hillside Primary');
		expect(settings?.keystones.map((k) => k.id)).toEqual([
			'coherence',
			'representation',
			'thinking',
			'fluency',
			'variation'
		]);
		expect(settings?.demo).toBe(false);
	});

	it('refuse a second school and an empty name', async () => {
		await expect(createSchool('')).rejects.toThrow('The school name is missing.');
		await createSchool('Hillside Primary');
		await expect(createSchool('Another')).rejects.toThrow(/already set up/);
	});

	it('refuse a framework without all five keystones, keeping what was there', async () => {
		await createSchool('Hillside Primary');
		const settings = (await getSettings())!;
		await expect(updateSettings({ keystones: settings.keystones.slice(0, 4) })).rejects.toThrow(
			'There must be exactly five keystone areas.'
		);
		await expect(
			updateSettings({
				keystones: settings.keystones.map((k, i) =>
					i === 0 ? { ...k, id: 'algebra' as 'coherence' } : k
				)
			})
		).rejects.toThrow('"algebra" is not one of the five keystone areas');
		expect(await getSettings()).toEqual(settings);
	});
});
