import { describe, expect, it } from 'vitest';
import { SchoolDataSchema } from '$lib/db/school';
import { OutcomeBook } from '$lib/domain/outcomes';
import { answeredOnSeveralTablets, withAnswersTakenIn } from '$lib/domain/answers';
import { hasPupilAnswers, isAbsentAt, isFlaggedAt } from '$lib/domain/tickets';
import { demoSchoolOptions, generateSchool } from './generate';

const options = demoSchoolOptions('2026-11-23', Date.UTC(2026, 10, 23, 8));

describe('the demo school', () => {
	const school = generateSchool(options);

	it('is the same every time', () => {
		expect(generateSchool(options)).toEqual(school);
	});

	it('is a valid school', () => {
		expect(SchoolDataSchema.safeParse(school).success).toBe(true);
	});

	it('has classes across KS2 and KS3, about 30 pupils each', () => {
		const years = school.classes.map((c) => c.yearGroup);
		expect(years.some((y) => y <= 6)).toBe(true);
		expect(years.some((y) => y >= 7)).toBe(true);
		expect(school.classes.length).toBeGreaterThanOrEqual(3);
		for (const c of school.classes) {
			expect(school.pupils.filter((p) => p.classId === c.id).length).toBeGreaterThanOrEqual(28);
		}
	});

	it('has believable SEN and disadvantaged rates', () => {
		const n = school.pupils.length;
		const share = (test: (p: (typeof school.pupils)[number]) => boolean) =>
			school.pupils.filter(test).length / n;
		expect(share((p) => p.sen === 'K')).toBeGreaterThan(0.08);
		expect(share((p) => p.sen === 'K')).toBeLessThan(0.24);
		expect(share((p) => p.sen === 'E')).toBeGreaterThan(0);
		expect(share((p) => p.sen === 'E')).toBeLessThan(0.08);
		expect(share((p) => p.disadvantaged)).toBeGreaterThan(0.15);
		expect(share((p) => p.disadvantaged)).toBeLessThan(0.35);
	});

	it('has six weeks of checks with groups, and today left to record', () => {
		const dates = [...new Set(school.checks.map((c) => c.date))].sort();
		expect(dates).toHaveLength(30);
		expect(dates.at(-1)).toBe('2026-11-23');
		expect(school.groups.length).toBeGreaterThan(100);
		expect(school.outcomes.some((day) => day.date === '2026-11-23')).toBe(false);
		const earlier = new OutcomeBook(school.outcomes.filter((day) => day.date < '2026-11-23'));
		expect(earlier.recorded).toBeGreaterThan(100);
	});

	it('shows a SEND gap and some keystones harder than others', () => {
		const rate = (pupilIds: Set<string>) => {
			let flagged = 0;
			let present = 0;
			for (const check of school.checks) {
				check.pupilIds.forEach((id, p) => {
					if (!pupilIds.has(id) || isAbsentAt(check, p)) return;
					present++;
					if (isFlaggedAt(check, p)) flagged++;
				});
			}
			return flagged / present;
		};
		const ids = (test: (p: (typeof school.pupils)[number]) => boolean) =>
			new Set(school.pupils.filter(test).map((p) => p.id));
		expect(rate(ids((p) => p.sen !== 'none'))).toBeGreaterThan(
			rate(ids((p) => p.sen === 'none')) + 0.1
		);
		expect(rate(ids((p) => p.disadvantaged))).toBeGreaterThan(
			rate(ids((p) => !p.disadvantaged)) + 0.05
		);
		const byKeystone = new Map<string, number>();
		for (const group of school.groups) {
			byKeystone.set(
				group.keystoneId,
				(byKeystone.get(group.keystoneId) ?? 0) + group.pupilIds.length
			);
		}
		const counts = [...byKeystone.values()].sort((a, b) => a - b);
		expect(counts.at(-1)).toBeGreaterThan(2 * (counts[0] ?? 0));
		expect(school.groups.some((g) => g.persistent.length > 0)).toBe(true);
		expect(school.groups.some((g) => g.repeat.length > 0)).toBe(true);
	});
});

describe('the demo school’s checks answered by pupils on tablets', () => {
	const school = generateSchool(options);
	const answered = school.checks.filter(hasPupilAnswers);

	it('has multiple-choice checks answered with misconceptions and confidence', () => {
		expect(answered.length).toBeGreaterThan(school.checks.length / 4);
		expect(answered.every((check) => check.questions.some((q) => q.kind !== 'marked'))).toBe(true);
		expect(answered.some((check) => check.questions.some((q) => q.kind === 'choice'))).toBe(true);
		expect(answered.some((check) => check.questions.some((q) => q.kind === 'number'))).toBe(true);
		const said = new Set(answered.flatMap((check) => [...check.confidence]));
		expect([...said].sort()).toEqual([0, 1, 2, 3]);
		expect(school.groups.some((group) => group.misconception !== null)).toBe(true);
	});

	it('marks every answer as the pupil gave it on the tablet', () => {
		for (const check of answered) {
			const again = withAnswersTakenIn(
				{ ...check, takenAt: new Float64Array(check.takenAt.length) },
				school.answers,
				1
			);
			expect(again.marks).toEqual(check.marks);
		}
	});

	it('leaves today to paper, and shows yesterday a pupil who answered on two tablets', () => {
		expect(answered.some((check) => check.date === '2026-11-23')).toBe(false);
		const yesterday = answered.filter((check) => check.date === '2026-11-20');
		expect(
			yesterday.flatMap((check) => answeredOnSeveralTablets(check, school.answers))
		).toHaveLength(1);
	});
});
