import { readFileSync } from 'node:fs';
import { ticketsOf } from '$factories/check';
import { describe, expect, it } from 'vitest';
import { editBackup } from '$factories/backup';
import { readBackup } from '../backup/file';
import { unpackSchool } from '../backup/bytes';
import { OutcomeBook } from '../outcomes';
import { legacySchoolId } from '../school';
import { toVersion2 } from './version2';

const v1 = readFileSync('tests/fixtures/backups/schema-1.json', 'utf8');

function upgraded(text = v1) {
	const reading = readBackup(text, 2);
	if (!reading.ok) throw new Error(reading.problems.join(' '));
	return reading.backup.school;
}

describe('upgrading a version 1 school to version 2', () => {
	it('moves the outcomes out of the checks into the record of the adult who ran the group', () => {
		const school = upgraded();
		expect(school.outcomes).toHaveLength(1);
		const [day] = school.outcomes;
		expect(day).toMatchObject({
			id: '2026-11-19~demo-ta-1',
			adultId: 'demo-ta-1',
			checkIds: ['demo-check-1-2026-11-19'],
			groupIds: ['demo-check-1-2026-11-19-g1'],
			pupilIds: ['demo-pupil-00001']
		});
		expect(
			new OutcomeBook(school.outcomes).outcome('demo-check-1-2026-11-19', 'demo-pupil-00001')
		).toEqual({
			pupilId: 'demo-pupil-00001',
			attended: 'attended',
			recheck: 'correct',
			security: 'developing',
			note: null
		});
		expect(Object.keys(school.checks[0])).not.toContain('attended');
	});

	it('keeps every mark and flag, and gives each check the school’s rule to be judged by', () => {
		const school = upgraded();
		const raw = unpackSchool(JSON.parse(v1).school);
		if (!raw.success) throw raw.error;
		const [before] = raw.data.checks as { marks: Uint8Array; rule: Uint8Array }[];
		expect(school.checks[0].marks).toEqual(before.marks);
		expect(school.checks[0].rule).toEqual(before.rule);
		expect(ticketsOf(school.checks[1]).filter((t) => t.flagged)).toHaveLength(2);
		expect(school.checks.every((check) => check.flagRule.threshold === 75)).toBe(true);
		expect(school.checks.every((check) => check.deletedAt === null)).toBe(true);
	});

	it('gives the school an id made from its name, the same in every copy', () => {
		const school = upgraded();
		expect(school.settings.schoolId).toBe(legacySchoolId('Fixture Primary'));
		expect(legacySchoolId(' fixture primary ')).toBe(legacySchoolId('Fixture Primary'));
		expect(legacySchoolId('Hillside')).not.toBe(legacySchoolId('Fixture Primary'));
	});

	it('remembers the classes a pupil’s checks were set in before they moved', () => {
		const text = editBackup(v1, (file) => {
			file.school.pupils[0].classId = file.school.classes[1].id;
		});
		const school = upgraded(text);
		const moved = school.pupils[0];
		expect(moved.pastClassIds).toEqual(['demo-class-1']);
		expect(school.pupils[1].pastClassIds).toEqual([]);
	});

	it('refuses a check whose outcomes it cannot read, naming it', () => {
		const text = editBackup(v1, (file) => {
			file.school.checks[0].bytes.attended = 'AAA=';
		});
		expect(readBackup(text, 2)).toEqual({
			ok: false,
			problems: [
				'Check “Adding three-digit numbers” (2026-11-19) could not be upgraded: its attended list is damaged, so its outcomes cannot be moved.'
			]
		});
		expect(() => toVersion2({ settings: {}, checks: 'not a list' })).toThrow(
			/could not be upgraded: they are not a list of records/
		);
	});

	it('makes every earlier question one the teacher marks, with no pupils’ answers', () => {
		const school = upgraded();
		const questions = [...school.checks.flatMap((c) => c.questions), ...school.bank];
		expect(questions.every((q) => q.kind === 'marked' && q.options.length === 0)).toBe(true);
		expect(school.checks.every((check) => check.choices.length === 0)).toBe(true);
		expect(school.groups.every((group) => group.misconception === null)).toBe(true);
		expect(school.settings.flagRule.flagGuessedRight).toBe(false);
		expect(school.answers).toEqual([]);
	});
});
