import { describe, expect, it } from 'vitest';
import { dumpDatabase, smallSchool } from '$factories/school';
import { db } from './database';
import { eraseSchool, replaceSchool } from './school';
import { getSettings } from './queries/settings';
import { createSchool, updateSettings } from './settings';
import { ValidationError } from './validate';

describe('the school on this device', () => {
	it('is stored whole and read back the same, typed arrays included', async () => {
		const school = smallSchool();
		await replaceSchool(school);
		expect(await db.settings.count()).toBe(1);
		const check = await db.checks.get(school.checks[0].id);
		expect(check?.marks).toBeInstanceOf(Uint8Array);
		expect(check).toEqual(school.checks[0]);
		expect(await db.groups.count()).toBe(school.groups.length);
	});

	it('refuses an invalid school with a clear message and changes nothing', async () => {
		await replaceSchool(smallSchool());
		const before = await dumpDatabase();
		const broken = smallSchool();
		broken.pupils[0] = { ...broken.pupils[0], name: '  ' };
		broken.classes[0] = { ...broken.classes[0], yearGroup: 14 };
		const attempt = replaceSchool(broken);
		await expect(attempt).rejects.toThrow(ValidationError);
		await expect(attempt).rejects.toThrow('The pupil name is missing.');
		await expect(attempt).rejects.toThrow('The year group must be Year 9 or below.');
		expect(await dumpDatabase()).toEqual(before);
	});

	it('changes nothing when a problem is found after its first tables were being written', async () => {
		await replaceSchool(smallSchool());
		const before = await dumpDatabase();
		const lateProblem = smallSchool();
		lateProblem.groups[0] = { ...lateProblem.groups[0], checkId: 'a-check-not-in-the-school' };
		await expect(replaceSchool(lateProblem)).rejects.toThrow(
			/belongs to a check that is not among the school's checks/
		);
		const lastTable = smallSchool();
		lastTable.answers = [{ ...lastTable.checks[0], deviceId: '' } as never];
		await expect(replaceSchool(lastTable)).rejects.toThrow(ValidationError);
		expect(await dumpDatabase()).toEqual(before);
	});

	it('can be erased completely', async () => {
		await replaceSchool(smallSchool());
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
