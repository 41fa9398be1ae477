import { describe, expect, it } from 'vitest';
import { savedQuestion } from '$factories/check';
import { smallSchool } from '$factories/school';
import { referenceProblems } from './references';
import type { SchoolData } from './school';

/** What is wrong with the references of a small school after one change. */
function broken(change: (school: SchoolData) => void): string[] {
	const school = smallSchool();
	change(school);
	return referenceProblems(school);
}

describe('the references between the records of a school', () => {
	it('hold in a generated school', () => {
		expect(referenceProblems(smallSchool())).toEqual([]);
	});

	it('refuse an id used twice in a table', () => {
		expect(broken((school) => school.pupils.push({ ...school.pupils[0], name: 'Twin' }))).toEqual([
			`Two pupils have the same id “${smallSchool().pupils[0].id}”.`
		]);
		expect(broken((school) => school.bank.push(savedQuestion(), savedQuestion()))).toEqual([
			'Two saved questions have the same id “bank-1”.'
		]);
	});

	it('refuse a pupil whose class is missing', () => {
		const problems = broken((school) => {
			school.pupils[0] = { ...school.pupils[0], name: 'Ada Lovelace', classId: 'gone' };
		});
		expect(problems).toEqual([
			"Pupil “Ada Lovelace” is in a class that is not among the school's classes."
		]);
	});

	it('refuse a class whose teacher is missing, but allow a class with none', () => {
		expect(broken((school) => (school.classes[0].teacherId = null))).toEqual([]);
		const problems = broken((school) => (school.classes[0].teacherId = 'gone'));
		expect(problems).toEqual([
			`Class “${smallSchool().classes[0].name}” has a teacher who is not among the school's adults.`
		]);
	});

	it('refuse a check for a missing class or listing a missing pupil', () => {
		const problems = broken((school) => {
			school.checks[0] = {
				...school.checks[0],
				title: 'Equivalent fractions',
				date: '2026-11-20',
				classId: 'gone'
			};
			school.pupils = school.pupils.filter((pupil) => pupil.id !== school.checks[1].pupilIds[0]);
		});
		expect(problems).toContain(
			"Check “Equivalent fractions” (2026-11-20) is for a class that is not among the school's classes."
		);
		expect(problems).toContainEqual(
			expect.stringMatching(/^Check “.+” \(\d{4}-\d\d-\d\d\) lists a pupil who is not among/)
		);
	});

	it('refuse a group whose check is missing or does not match it', () => {
		const school = smallSchool();
		const group = school.groups[0];
		const check = school.checks.find((c) => c.id === group.checkId)!;
		const name = `A group from “${check.title}” (${check.date})`;
		const variants: [Partial<typeof group>, string][] = [
			[{ checkId: 'gone' }, `A group on ${group.date} belongs to a check that is not among`],
			[{ date: '2020-01-06' }, `${name} is not on the same day or for the same class`],
			[{ pupilIds: ['someone-else'] }, `${name} has a pupil who is not on its check.`],
			[{ questionId: 'q9' }, `${name} works on a question that is not on its check.`],
			[{ adultId: 'gone' }, `${name} is run by an adult who is not among the school's adults.`],
			[{ slotId: 'slot-9' }, `${name} has a slot that is not among the school's slots.`]
		];
		for (const [change, message] of variants) {
			const problems = broken((s) => (s.groups[0] = { ...s.groups[0], ...change }));
			expect(problems).toHaveLength(1);
			expect(problems[0]).toContain(message);
		}
	});

	it('accept a group in a slot the school no longer runs', () => {
		const problems = broken((school) => {
			const [first, ...rest] = school.settings.slots;
			school.settings = { ...school.settings, slots: rest, pastSlots: [first] };
		});
		expect(problems).toEqual([]);
		expect(
			broken((school) => (school.settings.slots = school.settings.slots.slice(1)))
		).not.toEqual([]);
	});

	it('list the first ten problems and count the rest', () => {
		const problems = broken((school) => {
			school.pupils = school.pupils.map((pupil) => ({ ...pupil, classId: 'gone' }));
		});
		expect(problems).toHaveLength(11);
		expect(problems[10]).toBe(`And ${smallSchool().pupils.length - 10} more problems like these.`);
	});
});
