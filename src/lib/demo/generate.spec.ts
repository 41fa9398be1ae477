import { describe, expect, it } from 'vitest';
import { SchoolDataSchema } from '$lib/db/school';
import { isFlagged } from '$lib/domain/tickets';
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
		const todays = school.checks.filter((c) => c.date === '2026-11-23');
		expect(todays.every((c) => c.attended.every((code) => code === 0))).toBe(true);
		const earlier = school.checks.filter((c) => c.date < '2026-11-23');
		expect(earlier.some((c) => c.attended.some((code) => code === 1))).toBe(true);
	});

	it('shows a SEND gap and some keystones harder than others', () => {
		const rate = (pupilIds: Set<string>) => {
			let flagged = 0;
			let present = 0;
			for (const check of school.checks) {
				check.pupilIds.forEach((id, i) => {
					if (!pupilIds.has(id) || check.absent[i] === 1) return;
					present++;
					if (isFlagged(check.rule[i], check.overrides[i])) flagged++;
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
