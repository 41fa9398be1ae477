import { describe, expect, it } from 'vitest';
import { SchoolDataSchema } from '$lib/domain/model/school';
import { OutcomeBook } from '$lib/domain/outcomes';
import { answeredOnSeveralTablets, withAnswersTakenIn } from '$lib/domain/answers';
import { hasPupilAnswers, isAbsentAt, isFlaggedAt } from '$lib/domain/tickets';
import { demoSchoolOptions, generateSchool, wholeSchoolOptions } from './generate';

const options = demoSchoolOptions('2026-11-23', Date.UTC(2026, 10, 23, 8));

describe('the demo school', () => {
	const school = generateSchool(options);

	it('is the same every time', () => {
		expect(generateSchool(options)).toEqual(school);
	});

	it('is a valid school', () => {
		expect(SchoolDataSchema.safeParse(school).success).toBe(true);
	});

	it('is a valid school at whole-school scale too, as it is stored without checking', () => {
		const wholeSchool = generateSchool({
			...wholeSchoolOptions('2026-11-23', Date.UTC(2026, 10, 23, 8)),
			days: 6
		});
		expect(wholeSchool.classes).toHaveLength(36);
		expect(SchoolDataSchema.safeParse(wholeSchool).success).toBe(true);
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

	it('uses adults’ time well: never one adult twice in a slot, and few groups of one', () => {
		const booked = school.groups
			.filter((g) => g.adultId !== null && g.slotId !== null)
			.map((g) => `${g.date}|${g.slotId}|${g.adultId}`);
		expect(new Set(booked).size).toBe(booked.length);
		const seats = school.groups.flatMap((g) =>
			g.slotId === null ? [] : g.pupilIds.map((p) => `${g.date}|${g.slotId}|${p}`)
		);
		expect(new Set(seats).size).toBe(seats.length);
		const singles = school.groups.filter((g) => g.pupilIds.length === 1).length;
		expect(singles / school.groups.length).toBeLessThan(0.05);
	});
});

describe('the demo’s leading maths', () => {
	const school = generateSchool(options);

	it('has a half-term of visits, with follow-ups and a class not yet visited this half-term', () => {
		const autumn2 = school.visits.filter((visit) => visit.date >= '2026-11-02');
		expect(autumn2.length).toBeGreaterThanOrEqual(5);
		expect(new Set(school.visits.map((visit) => visit.kind)).size).toBe(6);
		const visited = new Set(autumn2.map((visit) => visit.classId));
		expect(school.classes.filter((c) => !visited.has(c.id)).map((c) => c.name)).toEqual(['8B']);
		expect(
			school.visits.some((visit) => visit.followUp !== null && visit.followedUpOn === null)
		).toBe(true);
	});

	it('has the report saved for the half-term before, counted from its own checks', () => {
		expect(school.reports).toHaveLength(1);
		const [report] = school.reports;
		expect(report).toMatchObject({
			name: 'Autumn 1 2026–27',
			from: '2026-09-01',
			to: '2026-11-01'
		});
		expect(report.figures.checks).toBe(
			school.checks.filter((check) => check.date <= '2026-11-01').length
		);
		expect(report.figures.leadership.visits).toBe(
			school.visits.filter((visit) => visit.date <= '2026-11-01').length
		);
	});

	it('reaches far enough back for that report late in a half-term', () => {
		const late = generateSchool(demoSchoolOptions('2026-12-18', Date.UTC(2026, 11, 18, 8)));
		expect(late.reports[0].figures.checks).toBeGreaterThanOrEqual(10 * 4);
		expect(generateSchool({ ...options, leadership: false, days: 3 })).toMatchObject({
			visits: [],
			reports: []
		});
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
