import { describe, expect, it } from 'vitest';
import { editBackup, type BackupJson } from '$factories/backup';
import { smallSchool, TEST_NOW } from '$factories/school';
import { eachRecord, MigrationError } from '../migrations';
import { BACKUP_PROBLEMS, backupFileName, readBackup, writeBackup } from './file';

const VERSION = 1;
const now = new Date(TEST_NOW);

function backupText(change: (file: BackupJson) => void = () => {}): string {
	return editBackup(writeBackup(smallSchool(), VERSION, now).text, change);
}

function problemsOf(text: string, version = VERSION): string[] {
	const reading = readBackup(text, version);
	return reading.ok ? [] : reading.problems;
}

describe('a backup file', () => {
	it('holds the version, the date and the counts, and reads back to the same school', () => {
		const school = smallSchool();
		const file = writeBackup(school, VERSION, now);
		const json = JSON.parse(file.text);
		expect(json).toMatchObject({
			app: 'keep-up',
			format: 1,
			schemaVersion: VERSION,
			exportedAt: '2026-11-23T08:00:00.000Z'
		});
		expect(json.counts).toEqual({
			adults: school.adults.length,
			classes: 2,
			pupils: 60,
			checks: 6,
			tickets: 180,
			groups: school.groups.length,
			outcomes: expect.any(Number),
			bank: 0,
			visits: school.visits.length,
			reports: 0
		});
		expect(json.counts.outcomes).toBeGreaterThan(0);

		const reading = readBackup(file.text, VERSION);
		if (!reading.ok) throw new Error(reading.problems.join(' '));
		expect(reading.backup.school).toEqual({
			...school,
			settings: { ...school.settings, lastBackupAt: TEST_NOW }
		});
		expect(reading.backup.school.checks[0].marks).toBeInstanceOf(Uint8Array);
		expect(reading.backup.counts).toEqual(json.counts);
	});

	it('is plain JSON with the packed marks as base64 text', () => {
		const json = JSON.parse(writeBackup(smallSchool(), VERSION, now).text);
		const check = json.school.checks[0];
		expect(check.marks).toBeUndefined();
		expect(check.bytes.marks).toMatch(/^[A-Za-z0-9+/]+=*$/);
		expect(json.school.pupils[0].bytes).toBeUndefined();
	});

	it('is made even when records point at missing ones, saying what would stop its restore', () => {
		const school = smallSchool();
		expect(writeBackup(school, VERSION, now).problems).toEqual([]);
		school.pupils = school.pupils.slice(1);
		const file = writeBackup(school, VERSION, now);
		expect(file.counts.pupils).toBe(59);
		expect(file.problems[0]).toMatch(/lists a pupil who is not among the school's pupils/);
		expect(readBackup(file.text, VERSION)).toMatchObject({ ok: false });
	});

	it('is named after the school and the day', () => {
		expect(writeBackup(smallSchool(), VERSION, now).fileName).toBe(
			'keep-up-backup-riverside-academy-demo-2026-11-23.json'
		);
		expect(backupFileName('  St Æthelred’s C of E (VA) ', now)).toBe(
			'keep-up-backup-st-thelred-s-c-of-e-va-2026-11-23.json'
		);
		expect(backupFileName('!!!', now)).toBe('keep-up-backup-school-2026-11-23.json');
	});
});

describe('a bad backup file is refused, saying why', () => {
	it('when it is empty, not JSON, or cut short', () => {
		const text = backupText();
		expect(problemsOf('')).toEqual([BACKUP_PROBLEMS.empty]);
		expect(problemsOf('Name,Class\nAda,5B')).toEqual([BACKUP_PROBLEMS.notJson]);
		expect(problemsOf(text.slice(0, text.length / 2))).toEqual([BACKUP_PROBLEMS.cutShort]);
	});

	it('when it is JSON but not a Keep Up backup', () => {
		expect(problemsOf('[1, 2, 3]')).toEqual([BACKUP_PROBLEMS.notBackup]);
		expect(problemsOf(backupText((file) => (file.app = 'other-app')))).toEqual([
			BACKUP_PROBLEMS.notBackup
		]);
	});

	it('when a newer version of Keep Up made it', () => {
		expect(problemsOf(backupText((file) => (file.schemaVersion = VERSION + 1)))).toEqual([
			BACKUP_PROBLEMS.newer
		]);
		expect(problemsOf(backupText((file) => (file.format = 2)))).toEqual([BACKUP_PROBLEMS.newer]);
		expect(BACKUP_PROBLEMS.newer).toContain('made by a newer version of Keep Up');
	});

	it('when its header is damaged', () => {
		expect(problemsOf(backupText((file) => Reflect.deleteProperty(file, 'counts')))).toEqual([
			BACKUP_PROBLEMS.header
		]);
		expect(problemsOf(backupText((file) => (file.exportedAt = 'yesterday')))).toEqual([
			BACKUP_PROBLEMS.header
		]);
		expect(problemsOf(backupText((file) => Reflect.deleteProperty(file, 'school')))).toEqual([
			BACKUP_PROBLEMS.header
		]);
	});

	it('when a ticket is for a pupil who is not in it', () => {
		const text = backupText((file) => {
			const check = file.school.checks[0];
			check.title = 'Equivalent fractions';
			check.date = '2026-11-20';
			file.school.groups = file.school.groups.filter((g) => g.checkId !== check.id);
			file.school.pupils = file.school.pupils.filter((p) => p.id !== check.pupilIds[0]);
			file.counts.pupils--;
			file.counts.groups = file.school.groups.length;
		});
		expect(problemsOf(text)).toContain(
			"Check “Equivalent fractions” (2026-11-20) lists a pupil who is not among the school's pupils."
		);
	});

	it('when two records share an id', () => {
		const text = backupText((file) => {
			file.school.adults.push({ ...file.school.adults[0], name: 'Someone else' });
			file.counts.adults++;
		});
		expect(problemsOf(text)).toEqual([
			`Two adults have the same id “${file(text).school.adults[0].id}”.`
		]);
	});

	it('when a record has the wrong type of value, naming the record', () => {
		const text = backupText((file) => {
			file.school.classes[1].yearGroup = 'Year 7';
			file.school.pupils[3].sen = 'maybe';
		});
		expect(problemsOf(text)).toEqual([
			'Class 2 (“7B”): The year group must be a number from 3 to 9.',
			`Pupil 4 (“${file(text).school.pupils[3].name}”): SEN status must be none, K (SEN support) or E (EHC plan).`
		]);
	});

	it('when the packed marks are damaged', () => {
		const text = backupText((file) => (file.school.checks[2].bytes.marks = 'not base64!'));
		expect(problemsOf(text)).toEqual([
			`Check 3 (“${file(text).school.checks[2].title}”): The packed marks of a record are damaged.`
		]);
		const short = backupText((file) => (file.school.checks[2].bytes.rule = 'AQ=='));
		expect(problemsOf(short)).toEqual([
			`Check 3 (“${file(short).school.checks[2].title}”): The rule list does not match the pupils.`
		]);
	});

	it('when it does not hold what its counts say', () => {
		const text = backupText((file) => {
			file.school.bank = [];
			file.counts.bank = 2;
		});
		expect(problemsOf(text)).toEqual([
			'The backup says it holds 2 saved questions but it holds 0: it has been changed since it was made.'
		]);
	});
});

describe('an older backup', () => {
	it('is upgraded one version at a time by the migrations', () => {
		const order: string[] = [];
		const migrations = {
			[VERSION + 1]: eachRecord({
				pupils: (pupil) => {
					order.push('first');
					return { ...pupil, name: `${String(pupil.name)} (2)` };
				}
			}),
			[VERSION + 2]: eachRecord({
				pupils: (pupil) => {
					order.push('second');
					return { ...pupil, name: `${String(pupil.name)} (3)` };
				}
			})
		};
		const reading = readBackup(backupText(), VERSION + 2, migrations);
		if (!reading.ok) throw new Error(reading.problems.join(' '));
		const names = reading.backup.school.pupils.map((pupil) => pupil.name);
		expect(names[0]).toBe(`${smallSchool().pupils[0].name} (2) (3)`);
		expect(order.lastIndexOf('first')).toBeLessThan(order.indexOf('second'));
		expect(reading.backup.schemaVersion).toBe(VERSION);
	});

	it('that cannot be upgraded is refused', () => {
		const migrations = {
			[VERSION + 1]: eachRecord({
				checks: () => {
					throw new TypeError('no title');
				}
			})
		};
		expect(readBackup(backupText(), VERSION + 1, migrations)).toEqual({
			ok: false,
			problems: [BACKUP_PROBLEMS.upgrade]
		});
	});

	it('with a record the upgrade cannot read is refused with the record named', () => {
		const migrations = {
			[VERSION + 1]: () => {
				throw new MigrationError('Check “Fractions” (23 Nov) could not be upgraded.');
			}
		};
		expect(readBackup(backupText(), VERSION + 1, migrations)).toEqual({
			ok: false,
			problems: ['Check “Fractions” (23 Nov) could not be upgraded.']
		});
	});
});

function file(text: string): BackupJson {
	return JSON.parse(text);
}
