import { describe, expect, it } from 'vitest';
import { smallSchool } from '../../../../tests/factories/school';
import { leadershipSummary } from '../leading/coverage';
import { prepareFacts } from '../review/facts';
import { reportFigures } from '../review/report';
import { mergeSchools } from './merge';

const none = { added: 0, updated: 0, kept: 0, same: 0 };
const emptyFigures = (() => {
	const school = smallSchool();
	const filter = {
		from: '2027-01-01',
		to: '2027-01-02',
		yearGroup: null,
		classId: null,
		keystoneId: null
	};
	const scope = { yearGroup: null, classId: null, keystoneId: null };
	const name = (id: string) => id;
	return reportFigures(
		prepareFacts(school.checks, school.pupils, school.classes),
		filter,
		leadershipSummary(school.visits, school.classes, filter, scope, name),
		name
	);
})();

describe('merging another device’s backup', () => {
	it('changes nothing when both hold the same records', () => {
		const merge = mergeSchools(smallSchool(), smallSchool());
		if (!merge.ok) throw new Error(merge.problems.join(' '));
		expect(merge.school).toEqual(smallSchool());
		expect(merge.report.pupils).toEqual({ ...none, same: 60 });
		expect(Object.values(merge.writes).every((records) => records.length === 0)).toBe(true);
	});

	it('adds what only the backup has, matching records by id', () => {
		const here = smallSchool();
		const there = smallSchool();
		here.groups = here.groups.slice(0, 2);
		there.bank = [
			{
				id: 'bank-1',
				prompt: 'What is 3/4 of 12?',
				keystoneId: 'fluency',
				objective: null,
				essential: false,
				answer: '9',
				updatedAt: 5
			}
		];
		const merge = mergeSchools(here, there);
		if (!merge.ok) throw new Error(merge.problems.join(' '));
		expect(merge.report.groups).toEqual({ ...none, added: there.groups.length - 2, same: 2 });
		expect(merge.report.bank).toEqual({ ...none, added: 1 });
		expect(merge.school.groups).toHaveLength(there.groups.length);
		expect(merge.writes.groups.map((g) => g.id)).toEqual(there.groups.slice(2).map((g) => g.id));
	});

	it('brings the maths lead’s visits across, a removal travelling as a tombstone', () => {
		const here = smallSchool();
		const there = smallSchool();
		const [visit] = there.visits;
		there.visits = [{ ...visit, deletedAt: visit.updatedAt + 1, updatedAt: visit.updatedAt + 1 }];
		there.reports = [
			{
				id: 'report-1',
				name: 'Autumn 2 2026–27',
				from: '2026-11-02',
				to: '2026-12-31',
				scope: { yearGroup: null, classId: null, keystoneId: null },
				scopeName: 'The whole school',
				previousId: null,
				figures: emptyFigures,
				createdAt: 5,
				updatedAt: 5,
				deletedAt: null
			}
		];
		const merge = mergeSchools(here, there);
		if (!merge.ok) throw new Error(merge.problems.join(' '));
		expect(merge.report.visits).toEqual({ ...none, updated: 1 });
		expect(merge.school.visits[0].deletedAt).toBe(visit.updatedAt + 1);
		expect(merge.report.reports).toEqual({ ...none, added: 1 });
	});

	it('keeps whichever record was changed last, and says which side won', () => {
		const here = smallSchool();
		const there = smallSchool();
		const [older, newer] = [there.checks[0].updatedAt, there.checks[0].updatedAt + 1000];
		there.checks[0] = { ...there.checks[0], title: 'Outcomes from the tablet', updatedAt: newer };
		here.checks[1] = { ...here.checks[1], title: 'Marked again on the laptop', updatedAt: newer };
		there.checks[1] = { ...there.checks[1], title: 'Old title', updatedAt: older };
		const merge = mergeSchools(here, there);
		if (!merge.ok) throw new Error(merge.problems.join(' '));
		expect(merge.report.checks).toEqual({ ...none, updated: 1, kept: 1, same: 4 });
		const titles = merge.school.checks.map((check) => check.title);
		expect(titles).toContain('Outcomes from the tablet');
		expect(titles).toContain('Marked again on the laptop');
		expect(titles).not.toContain('Old title');
		expect(merge.writes.checks.map((check) => check.title)).toEqual(['Outcomes from the tablet']);
	});

	it('takes the newer settings but keeps when this device last made a backup', () => {
		const here = smallSchool();
		const there = smallSchool();
		here.settings = { ...here.settings, lastBackupAt: 111 };
		there.settings = {
			...there.settings,
			schoolName: 'Renamed on the tablet',
			lastBackupAt: 999,
			updatedAt: here.settings.updatedAt + 1
		};
		const merge = mergeSchools(here, there);
		if (!merge.ok) throw new Error(merge.problems.join(' '));
		expect(merge.report.settings).toEqual({ ...none, updated: 1 });
		expect(merge.school.settings.schoolName).toBe('Renamed on the tablet');
		expect(merge.school.settings.lastBackupAt).toBe(111);
		expect(merge.writes.settings).toEqual([merge.school.settings]);
	});

	it('is refused when the result would break a reference', () => {
		const here = smallSchool();
		const there = smallSchool();
		// The tablet's newer copy of a check has lost a pupil that a group here still has.
		const group = here.groups[0];
		const index = there.checks.findIndex((check) => check.id === group.checkId);
		const check = there.checks[index];
		const keep = check.pupilIds.map((id) => id !== group.pupilIds[0]);
		const pick = (bytes: Uint8Array) => bytes.filter((_, i) => keep[i]);
		there.checks[index] = {
			...check,
			pupilIds: check.pupilIds.filter((_, i) => keep[i]),
			marks: check.marks.filter((_, i) => keep[Math.floor(i / check.questions.length)]),
			absent: pick(check.absent),
			rule: pick(check.rule),
			overrides: pick(check.overrides),
			attended: pick(check.attended),
			recheck: pick(check.recheck),
			security: pick(check.security),
			updatedAt: check.updatedAt + 1
		};
		const merge = mergeSchools(here, there);
		expect(merge.ok).toBe(false);
		expect(!merge.ok && merge.problems).toEqual([
			'Merging this backup would leave records that point at missing ones, so nothing was merged.',
			`A group from “${check.title}” (${check.date}) has a pupil who is not on its check.`
		]);
	});

	it('is refused between the demo school and a real one', () => {
		const demo = smallSchool();
		const real = smallSchool();
		real.settings = { ...real.settings, demo: false, schoolName: 'Hillside Primary' };
		const intoReal = mergeSchools(real, demo);
		const intoDemo = mergeSchools(demo, real);
		expect(!intoReal.ok && intoReal.problems[0]).toMatch(/backup is of the demo school/);
		expect(!intoDemo.ok && intoDemo.problems[0]).toMatch(/restore the backup instead/);
	});
});
