import { describe, expect, it } from 'vitest';
import { editBackup } from '$factories/backup';
import { dumpDatabase, smallSchool, storeSchool, TEST_NOW } from '$factories/school';
import { makeBackup, mergeBackup, openBackup, restoreBackup } from './backup';
import { SETTINGS_KEY } from '$lib/domain/settings';
import { db } from './database';
import { eraseSchool, writeSchool } from './school';
import { ValidationError } from './validate';

/** What the Settings screen does with a chosen file: read it, then replace or merge. */
async function restoreText(text: string, how: 'replace' | 'merge' = 'replace') {
	const reading = await openBackup(text);
	if (!reading.ok) throw new ValidationError(reading.problems);
	return how === 'replace' ? restoreBackup(reading.backup) : mergeBackup(reading.backup);
}

const backedUp = () => makeBackup(new Date(TEST_NOW));

describe('backup and restore', () => {
	it('gives back exactly the same database, typed arrays included', async () => {
		await storeSchool(smallSchool());
		const { text } = await backedUp();
		const before = await dumpDatabase();
		await eraseSchool();

		await restoreText(text);
		const after = await dumpDatabase();
		expect(after).toEqual(before);
		const [check] = after.checks as { marks: unknown }[];
		expect(check.marks).toBeInstanceOf(Uint8Array);
	});

	it('records when the backup was made without making the settings newer', async () => {
		const school = smallSchool();
		await storeSchool(school);
		await backedUp();
		const settings = await db.settings.get(SETTINGS_KEY);
		expect(settings?.lastBackupAt).toBe(TEST_NOW);
		expect(settings?.updatedAt).toBe(school.settings.updatedAt);
	});

	it('needs a school to back up', async () => {
		await expect(makeBackup()).rejects.toThrow('There is no school on this device to back up.');
	});

	it('writes all or nothing', async () => {
		await storeSchool(smallSchool());
		const before = await dumpDatabase();
		const school = smallSchool();
		// A record IndexedDB itself refuses, late in the transaction.
		school.bank = [{ updatedAt: 0 } as (typeof school.bank)[number]];
		await expect(writeSchool(school)).rejects.toThrow();
		expect(await dumpDatabase()).toEqual(before);
	});
});

describe('a bad backup file leaves the device exactly as it was', () => {
	const cases: [string, (text: string) => string, RegExp][] = [
		['not JSON', () => 'Name,Class\nAda,5B', /not a Keep Up backup/],
		['cut short', (text) => text.slice(0, -200), /incomplete: it was cut short/],
		[
			'newer',
			(text) => editBackup(text, (f) => (f.schemaVersion += 1)),
			/newer version of Keep Up/
		],
		[
			'a broken reference',
			(text) =>
				editBackup(text, (f) => {
					f.school.pupils.shift();
					f.counts.pupils--;
				}),
			/lists a pupil who is not among the school's pupils/
		],
		[
			'a duplicated id',
			(text) =>
				editBackup(text, (f) => {
					f.school.classes.push(f.school.classes[0]);
					f.counts.classes++;
				}),
			/Two classes have the same id/
		],
		[
			'a wrong type',
			(text) => editBackup(text, (f) => (f.school.groups[0].locked = 'yes')),
			/^Group 1: “locked” should be true or false\.$/
		]
	];

	for (const [name, spoil, message] of cases) {
		for (const how of ['replace', 'merge'] as const) {
			it(`${name} (${how})`, async () => {
				await storeSchool(smallSchool());
				const { text } = await backedUp();
				const before = await dumpDatabase();
				await expect(restoreText(spoil(text), how)).rejects.toThrow(message);
				expect(await dumpDatabase()).toEqual(before);
			});
		}
	}
});

describe('merging a backup from another device', () => {
	it('adds and updates records in place, and reports what it did', async () => {
		const school = smallSchool();
		await storeSchool({ ...school, groups: school.groups.slice(1) });
		const tablet = smallSchool();
		tablet.checks[0] = {
			...tablet.checks[0],
			title: 'Recorded on the tablet',
			editedAt: 1e13,
			updatedAt: 1e13
		};
		await storeSchool(tablet);
		const { text } = await makeBackup();
		await storeSchool({ ...school, groups: school.groups.slice(1) });

		const report = await restoreText(text, 'merge');
		expect(report && report.tables).toMatchObject({
			groups: { added: 1, updated: 0, kept: 0, same: school.groups.length - 1 },
			checks: { added: 0, updated: 1, kept: 0, same: 5 }
		});
		expect(await db.groups.count()).toBe(school.groups.length);
		expect((await db.checks.get(school.checks[0].id))?.title).toBe('Recorded on the tablet');
	});

	it('changes nothing when the merge would break a reference', async () => {
		const school = smallSchool();
		await storeSchool(school);
		const other = smallSchool();
		other.settings = {
			...other.settings,
			slots: other.settings.slots.slice(0, 1),
			updatedAt: other.settings.updatedAt + 1
		};
		other.groups = other.groups.filter((group) => group.slotId === other.settings.slots[0].id);
		await storeSchool(other);
		const { text } = await makeBackup();
		await storeSchool(school);
		const before = await dumpDatabase();

		await expect(restoreText(text, 'merge')).rejects.toThrow(
			/would leave records that point at missing ones[^]*has a slot that is not among the school's slots/
		);
		expect(await dumpDatabase()).toEqual(before);
	});

	it('needs a school on this device to merge into', async () => {
		await storeSchool(smallSchool());
		const { text } = await makeBackup();
		await eraseSchool();
		await expect(restoreText(text, 'merge')).rejects.toThrow('There is no school on this device');
	});
});
