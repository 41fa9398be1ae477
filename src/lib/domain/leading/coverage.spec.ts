import { describe, expect, it } from 'vitest';
import { schoolClass } from '$factories/roster';
import { DEFAULT_KEYSTONES, type KeystoneId } from '../keystones';
import type { Visit } from '../model/visit';
import type { MetricsRow } from '../review/metrics';
import { coverage, leadershipSummary, visitsFor } from './coverage';
import { actionPlan, followUps, placeName, planFitsOnePage } from './steps';
import { visitTimeline } from './timeline';

const keystoneName = (id: KeystoneId) => DEFAULT_KEYSTONES.find((k) => k.id === id)!.name;
const classes = [
	schoolClass('5B', { id: '5b' }),
	schoolClass('5R', { id: '5r' }),
	schoolClass('3K', { id: '3k', yearGroup: 3 }),
	schoolClass('8M', { id: '8m', yearGroup: 8 }),
	schoolClass('4T', { id: '4t', yearGroup: 4, archived: true })
];

let next = 0;
function visit(extra: Partial<Visit>): Visit {
	next++;
	return {
		id: `v${next}`,
		date: '2026-11-10',
		classId: '5b',
		yearGroup: 5,
		teacherId: null,
		kind: 'lesson-visit',
		keystoneIds: [],
		working: null,
		nextStep: null,
		evidence: null,
		followUp: null,
		followedUpOn: null,
		createdAt: next,
		updatedAt: next,
		deletedAt: null,
		...extra
	};
}

const visits = [
	visit({ kind: 'coaching', keystoneIds: ['representation'] }),
	visit({ kind: 'lesson-visit', keystoneIds: ['representation', 'fluency'] }),
	visit({ classId: null, yearGroup: 3, kind: 'learning-walk', keystoneIds: ['fluency'] }),
	visit({ classId: '5r', kind: 'book-look', date: '2026-10-20' }),
	visit({ classId: '8m', yearGroup: 8, kind: 'pupil-voice', deletedAt: 9 })
];

describe('coverage of a half-term', () => {
	const covered = coverage(visits, classes, '2026-11-02', '2026-12-31');

	it('counts each class’s and year group’s visits by kind, so that gaps are plain', () => {
		expect(covered.visits).toBe(3);
		expect(covered.byKind).toMatchObject({ coaching: 1, 'lesson-visit': 1, 'learning-walk': 1 });
		expect(covered.years.map((year) => [year.yearGroup, year.visits])).toEqual([
			[3, 1],
			[5, 2],
			[8, 0]
		]);
		const year5 = covered.years[1].classes;
		expect(year5.map((row) => [row.schoolClass.name, row.visits, row.visited])).toEqual([
			['5B', 2, true],
			['5R', 0, false]
		]);
		expect(year5[0].byKind).toMatchObject({ coaching: 1, 'lesson-visit': 1, 'book-look': 0 });
	});

	it('counts a class as visited when its whole year group was', () => {
		expect(covered.years[0].classes[0]).toMatchObject({ visits: 0, visited: true });
		expect(covered.years[0].yearWide['learning-walk']).toBe(1);
	});

	it('leaves out removed visits, archived classes with no visit and other periods', () => {
		expect(covered.years[2].classes[0]).toMatchObject({ visits: 0, visited: false });
		expect(covered.years.flatMap((y) => y.classes).map((row) => row.schoolClass.id)).not.toContain(
			'4t'
		);
	});

	it('gives the themes of the visits by keystone area', () => {
		expect(covered.themes.filter((theme) => theme.visits > 0)).toEqual([
			{ keystoneId: 'representation', visits: 2, yearGroups: [5] },
			{ keystoneId: 'fluency', visits: 2, yearGroups: [3, 5] }
		]);
	});
});

describe('the visits of part of the school', () => {
	const scope = { yearGroup: null, classId: null, keystoneId: null };
	it('for a class, include visits to its whole year group', () => {
		const walk = visit({ classId: null, yearGroup: 5, kind: 'learning-walk' });
		const ids = (found: Visit[]) => found.map((v) => v.id);
		expect(ids(visitsFor([...visits, walk], { ...scope, classId: '5r' }, classes))).toEqual([
			visits[3].id,
			walk.id
		]);
		expect(visitsFor(visits, { ...scope, yearGroup: 3 }, classes)).toEqual([visits[2]]);
		expect(visitsFor(visits, { ...scope, keystoneId: 'fluency' }, classes)).toHaveLength(2);
	});

	it('summarise what leaders did for a governor report, by year group', () => {
		const summary = leadershipSummary(
			visits,
			classes,
			{ from: '2026-11-02', to: '2026-12-31' },
			{ ...scope, yearGroup: 5 },
			keystoneName
		);
		expect(summary).toMatchObject({
			visits: 2,
			classes: 2,
			classesVisited: 1,
			yearGroups: [5],
			yearGroupsVisited: [5]
		});
	});
});

describe('next steps', () => {
	const steps = [
		visit({
			nextStep: 'Bar models daily',
			followUp: '2026-11-20',
			keystoneIds: ['representation']
		}),
		visit({ nextStep: 'Stem sentences', followUp: '2026-11-23', classId: null, yearGroup: 3 }),
		visit({ nextStep: 'Check books', followUp: '2026-12-01', evidence: 'Neat working in books' }),
		visit({ nextStep: 'Done already', followUp: '2026-11-12', followedUpOn: '2026-11-12' }),
		visit({ nextStep: 'No date yet' }),
		visit({ nextStep: 'Removed', followUp: '2026-11-01', deletedAt: 3 })
	];

	it('list the follow-ups due, the most overdue first', () => {
		expect(followUps(steps, '2026-11-23').map((f) => [f.visit.nextStep, f.state, f.days])).toEqual([
			['Bar models daily', 'overdue', -3],
			['Stem sentences', 'today', 0],
			['Check books', 'upcoming', 8]
		]);
	});

	it('make a one-page plan naming roles and places, not people', () => {
		expect(actionPlan(steps, classes, keystoneName)).toEqual([
			expect.objectContaining({
				what: 'Bar models daily',
				who: '5B class teacher',
				byWhen: '2026-11-20',
				evidence: 'Fewer flags in Representation & Structure for 5B in Review',
				from: 'Lesson visit, 5B'
			}),
			expect.objectContaining({
				who: 'Year 3 teachers',
				evidence: 'Flags and kept-up rates for Year 3 in Review'
			}),
			expect.objectContaining({ evidence: 'Neat working in books' }),
			expect.objectContaining({ what: 'No date yet', byWhen: null })
		]);
		expect(placeName(visit({ classId: 'gone' }), classes)).toBe('A Year 5 class');
	});

	it('know when the plan will not print on one page', () => {
		const step = (length: number) => visit({ nextStep: 'x'.repeat(length) });
		const plan = (count: number, length: number) =>
			actionPlan(
				Array.from({ length: count }, () => step(length)),
				classes,
				keystoneName
			);
		expect(planFitsOnePage(plan(12, 40))).toBe(true);
		expect(planFitsOnePage(plan(5, 200))).toBe(true);
		expect(planFitsOnePage(plan(6, 200))).toBe(false);
	});
});

describe('the time line of a class', () => {
	const week = (monday: string): MetricsRow => ({ key: monday, cells: {} as MetricsRow['cells'] });
	it('places each visit in the week it was made, among the weeks of figures', () => {
		const coaching = visit({ date: '2026-11-11' });
		const early = visit({ date: '2026-10-01' });
		const holiday = visit({ date: '2026-10-28' });
		const timeline = visitTimeline(
			[week('2026-11-02'), week('2026-11-09'), week('2026-11-16')],
			[coaching, early, holiday],
			'2026-10-19',
			'2026-11-23'
		);
		expect(timeline.map((w) => [w.monday, w.figures !== null, w.visits.map((v) => v.id)])).toEqual([
			['2026-10-26', false, [holiday.id]],
			['2026-11-02', true, []],
			['2026-11-09', true, [coaching.id]],
			['2026-11-16', true, []]
		]);
	});
});
