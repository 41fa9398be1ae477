import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '$factories/check';
import { pupil, schoolClass } from '$factories/roster';
import { dayOutcomes } from '$factories/outcomes';
import type { Check } from '../model/check';
import type { Pupil, SchoolClass } from '../model/roster';
import { OutcomeBook } from '../outcomes';
import { FactsBuilder, prepareFacts } from './facts';
import { filterProblem, wholeRange, type ReviewFilter } from './filter';
import { computeImpact } from './impact';
import {
	closureRate,
	computeMetrics,
	flagRate,
	gap,
	interventionRate,
	rate,
	SMALL_GROUP
} from './metrics';
import { persistentNeeds } from './persistent';

const kid = (id: string, classId: string, sen: Pupil['sen'], disadvantaged: boolean) =>
	pupil(id.toUpperCase(), classId, { id, sen, disadvantaged, updatedAt: 0 });
const pupils = [
	kid('ada', '5b', 'K', true),
	kid('ben', '5b', 'none', false),
	kid('cai', '5b', 'none', true),
	kid('dan', '5b', 'E', false),
	kid('eve', '5b', 'none', false),
	kid('fay', '7m', 'none', false)
];
const classes: SchoolClass[] = [schoolClass('5B', { id: '5b' }), schoolClass('7M', { id: '7m' })];

function check(
	id: string,
	classId: string,
	date: string,
	questions: ReturnType<typeof question>[],
	rows: Record<string, string>
): Check {
	return { ...markedCheck(questions, rows, date), id, classId };
}

const c1 = check(
	'c1',
	'5b',
	'2026-11-16',
	[question(1, 'fluency', { essential: true, objective: '5F-1' }), question(2, 'thinking')],
	{ ada: 'x✓', ben: '✓✓', cai: '✓x', dan: 'absent', eve: '✓✓' }
);
// Ada came and re-checked correctly; Cai came but is still developing.
const outcomes = new OutcomeBook([
	dayOutcomes(c1, {
		ada: { attended: 'attended', recheck: 'correct', security: 'secure' },
		cai: { attended: 'attended', recheck: 'incorrect', security: 'developing' }
	})
]);
const c2 = check(
	'c2',
	'5b',
	'2026-11-17',
	[question(1, 'fluency', { objective: '5F-1' }), question(2, 'variation', { objective: '5F-2' })],
	{ ada: '✓✓', ben: 'xx', cai: '✓✓', dan: '✓x', eve: '✓✓' }
);
const c3 = check('c3', '5b', '2026-11-25', [question(1, 'thinking')], {
	ada: '✓',
	ben: '✓',
	cai: 'x',
	dan: '✓',
	eve: '✓'
});
const c4 = check('c4', '7m', '2026-11-17', [question(1, 'coherence')], { fay: '✓' });
const facts = prepareFacts([c3, c1, c4, c2], pupils, classes, outcomes);
const all = wholeRange(facts);

describe('the review metrics', () => {
	const metrics = computeMetrics(facts, all);

	it('count flags of pupils present, the pupils behind them, interventions and closures', () => {
		expect(metrics.checks).toBe(4);
		expect(metrics.total.cells.all).toEqual({
			present: 15,
			presentPupils: 6,
			flagged: 5,
			flaggedPupils: 4,
			intervened: 2,
			closed: 1
		});
		expect(flagRate(metrics.total.cells.all)).toBeCloseTo(5 / 15);
		expect(interventionRate(metrics.total.cells.all)).toBeCloseTo(2 / 5);
		expect(closureRate(metrics.total.cells.all)).toBeCloseTo(1 / 5);
	});

	it('split every figure by SEN and by disadvantage, with the gap in percentage points', () => {
		const { sen, notSen, disadvantaged, notDisadvantaged } = metrics.total.cells;
		expect([sen.present, sen.presentPupils, sen.flagged]).toEqual([5, 2, 2]);
		expect([notSen.present, notSen.presentPupils, notSen.flagged]).toEqual([10, 4, 3]);
		expect(gap(flagRate(sen), flagRate(notSen))).toBeCloseTo(10);
		expect([disadvantaged.present, disadvantaged.flagged]).toEqual([6, 3]);
		expect([notDisadvantaged.present, notDisadvantaged.flagged]).toEqual([9, 2]);
		expect(gap(flagRate(disadvantaged), flagRate(notDisadvantaged))).toBeCloseTo(50 - 200 / 9);
		expect(gap(closureRate(disadvantaged), closureRate(notDisadvantaged))).toBeCloseTo(100 / 3);
	});

	it('count a flag under the keystone and objective of the primary need', () => {
		const byKeystone = Object.fromEntries(
			metrics.byKeystone.map((row) => [row.key, [row.cells.all.present, row.cells.all.flagged]])
		);
		expect(byKeystone).toEqual({
			coherence: [1, 0],
			thinking: [9, 2],
			fluency: [9, 2],
			variation: [5, 1]
		});
		const byObjective = Object.fromEntries(
			metrics.byObjective.map((row) => [row.key, [row.cells.all.present, row.cells.all.flagged]])
		);
		expect(byObjective).toEqual({ '5F-1': [9, 2], '5F-2': [5, 1] });
	});

	it('count by week, class and year group', () => {
		expect(
			metrics.byWeek.map((row) => [row.key, row.cells.all.present, row.cells.all.flagged])
		).toEqual([
			['2026-11-16', 10, 4],
			['2026-11-23', 5, 1]
		]);
		expect(metrics.byClass.map((row) => [row.key, row.cells.all.present])).toEqual([
			['5b', 14],
			['7m', 1]
		]);
		expect(metrics.byYear.map((row) => row.key)).toEqual(['5', '7']);
	});

	it('keep small groups, with the number of pupils that makes them small', () => {
		const coherence = metrics.byKeystone.find((row) => row.key === 'coherence');
		expect(coherence?.cells.all.presentPupils).toBe(1);
		expect(coherence!.cells.all.presentPupils).toBeLessThan(SMALL_GROUP);
		expect(flagRate(coherence!.cells.all)).toBe(0);
		expect(closureRate(coherence!.cells.all)).toBeNull();
		expect(coherence?.cells.sen.present).toBe(0);
		expect(flagRate(coherence!.cells.sen)).toBeNull();
	});

	it('follow the filters', () => {
		const fluency = computeMetrics(facts, { ...all, keystoneId: 'fluency' });
		expect(fluency.checks).toBe(2);
		expect([fluency.total.cells.all.present, fluency.total.cells.all.flagged]).toEqual([9, 2]);
		const year7 = computeMetrics(facts, { ...all, yearGroup: 7 });
		expect(year7.total.cells.all).toMatchObject({ present: 1, flagged: 0 });
		const week2 = computeMetrics(facts, { ...all, from: '2026-11-20' });
		expect(week2.checks).toBe(1);
		const nothing = computeMetrics(facts, { ...all, classId: '7m', keystoneId: 'thinking' });
		expect(nothing.checks).toBe(0);
		expect(flagRate(nothing.total.cells.all)).toBeNull();
		expect(nothing.byKeystone).toEqual([]);
	});

	it('say "no data" rather than 0% or NaN when there is nothing to share out', () => {
		expect(rate(0, 0)).toBeNull();
		expect(gap(null, 0.5)).toBeNull();
		expect(rate(0, 4)).toBe(0);
	});
});

describe('the filters', () => {
	it('refuse an end before the start', () => {
		expect(filterProblem({ ...all, from: '2026-11-20', to: '2026-11-19' })).toBe(
			'The end date is before the start date.'
		);
		expect(filterProblem({ ...all, to: '' })).toBe('Choose both a start date and an end date.');
		expect(filterProblem(all)).toBeNull();
	});
});

describe('the impact of same-day intervention', () => {
	it('compares the next check of the same keystone for those who came and those who did not', () => {
		expect(computeImpact(facts, all)).toEqual({
			attended: { flags: 2, followed: 2, secureNext: 1, pupils: 2 },
			notAttended: { flags: 3, followed: 0, secureNext: 0, pupils: 0 }
		});
	});

	it('skips a later check the pupil missed', () => {
		const c5 = check('c5', '5b', '2026-11-26', [question(1, 'fluency')], {
			ada: '✓',
			ben: '✓',
			cai: '✓',
			dan: '✓',
			eve: '✓'
		});
		const absentFirst = check('c6', '5b', '2026-11-24', [question(1, 'fluency')], {
			ada: '✓',
			ben: 'absent',
			cai: '✓',
			dan: '✓',
			eve: '✓'
		});
		const more = prepareFacts([c1, c2, c3, c4, c5, absentFirst], pupils, classes, outcomes);
		// Ben, flagged in fluency on c2 and not grouped, is secure at the next fluency check he sat.
		expect(computeImpact(more, wholeRange(more)).notAttended).toEqual({
			flags: 3,
			followed: 1,
			secureNext: 1,
			pupils: 1
		});
	});
});

describe('persistent needs', () => {
	it('lists pupils flagged three times in one keystone within ten school days', () => {
		const c5 = check('c5', '5b', '2026-11-26', [question(1, 'thinking')], {
			ada: '✓',
			ben: '✓',
			cai: 'x',
			dan: '✓',
			eve: '✓'
		});
		const more = prepareFacts([c1, c2, c3, c4, c5], pupils, classes, outcomes);
		const filter: ReviewFilter = wholeRange(more);
		expect(persistentNeeds(more, filter)).toEqual([
			{
				pupilId: 'cai',
				name: 'CAI',
				className: '5B',
				mostInTenDays: 3,
				areas: [
					{
						keystoneId: 'thinking',
						mostInTenDays: 3,
						flags: [
							{ date: '2026-11-16', title: 'Test', closed: false },
							{ date: '2026-11-25', title: 'Test', closed: false },
							{ date: '2026-11-26', title: 'Test', closed: false }
						]
					}
				]
			}
		]);
		// Out of the range, the first flag no longer counts.
		expect(persistentNeeds(more, { ...filter, from: '2026-11-20' })).toEqual([]);
	});

	it('lists a pupil once, with every area of their need, the most flagged first', () => {
		const days = ['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-23'];
		const both = days.map((date, d) =>
			check(`b${d}`, '5b', date, [question(1, 'fluency'), question(2, 'thinking')], {
				ben: d < 3 ? 'x✓' : '✓✓',
				cai: '✓x'
			})
		);
		const more = prepareFacts([c1, c3, ...both], pupils, classes, outcomes);
		const needs = persistentNeeds(more, wholeRange(more));
		expect(needs.map((need) => [need.name, need.className, need.mostInTenDays])).toEqual([
			['CAI', '5B', 6],
			['BEN', '5B', 3]
		]);
		expect(needs[0].areas.map((area) => area.keystoneId)).toEqual(['thinking']);
		expect(needs[1].areas.map((area) => [area.keystoneId, area.mostInTenDays])).toEqual([
			['fluency', 3]
		]);
	});

	it('counts a pupil once when they keep being flagged in two areas', () => {
		const days = ['2026-11-18', '2026-11-19', '2026-11-20'];
		const twice = days.flatMap((date, d) => [
			check(`f${d}`, '5b', date, [question(1, 'fluency')], { ada: 'x' }),
			check(`v${d}`, '5b', date, [question(1, 'variation')], { ada: 'x' })
		]);
		const more = prepareFacts(twice, pupils, classes, outcomes);
		const needs = persistentNeeds(more, wholeRange(more));
		expect(needs).toHaveLength(1);
		expect(needs[0].areas.map((area) => area.keystoneId)).toEqual(['fluency', 'variation']);
	});

	it('tells apart two pupils of a class who share a name', () => {
		const twins = [
			pupil('Sam Cole', '5b', { id: 'sam1', upn: 'A123456789421' }),
			pupil('Sam Cole', '5b', { id: 'sam2', upn: 'B123456789987' })
		];
		const days = ['2026-11-18', '2026-11-19', '2026-11-20'];
		const flagged = days.map((date, d) =>
			check(`s${d}`, '5b', date, [question(1, 'fluency')], { sam1: 'x', sam2: 'x' })
		);
		const more = prepareFacts(flagged, twins, classes, outcomes);
		expect(persistentNeeds(more, wholeRange(more)).map((need) => need.name)).toEqual([
			'Sam Cole (UPN …421)',
			'Sam Cole (UPN …987)'
		]);
	});

	it('does not count flags more than ten school days apart', () => {
		const late = check('c5', '5b', '2026-12-01', [question(1, 'thinking')], { cai: 'x' });
		const more = prepareFacts([c1, c3, late], pupils, classes, outcomes);
		expect(persistentNeeds(more, wholeRange(more))).toEqual([]);
	});
});

describe('the objective breakdown', () => {
	it('lists objectives by their codes, in a natural order', () => {
		const codes = ['5F-10', '3NF-2', '5F-2', '4G-1'];
		const checks = codes.map((objective, i) =>
			check(`o${i}`, '5b', `2026-11-1${i + 6}`, [question(1, 'fluency', { objective })], {
				ada: 'x'
			})
		);
		const keys = computeMetrics(
			prepareFacts(checks, pupils, classes, outcomes),
			all
		).byObjective.map((row) => row.key);
		expect(keys).toEqual(['3NF-2', '4G-1', '5F-2', '5F-10']);
	});
});

describe('counting for the charts first', () => {
	it('gives the same counts, leaving out the tables and pupils the charts do not need', () => {
		const full = computeMetrics(facts, all);
		const charts = computeMetrics(facts, all, 'charts');
		expect(charts.total).toEqual(full.total);
		expect(charts.weekKeystoneFlags).toEqual(full.weekKeystoneFlags);
		expect(charts.byClass).toEqual([]);
		expect(charts.byObjective).toEqual([]);
		expect(charts.byKeystone.map((row) => [row.key, row.cells.sen.flagged])).toEqual(
			full.byKeystone.map((row) => [row.key, row.cells.sen.flagged])
		);
		expect(charts.byKeystone[0].cells.all.presentPupils).toBe(0);
	});
});

describe('building the facts a batch at a time', () => {
	it('gives the same facts and figures as all at once', () => {
		const c5 = check('c5', '5b', '2026-12-07', [question(1, 'fluency')], { ada: 'x', ben: '✓' });
		const builder = new FactsBuilder(pupils, classes);
		builder.add([c2, c1, c4], outcomes);
		builder.add([c3], outcomes);
		builder.add([], outcomes);
		builder.add([c5], outcomes);
		const batched = builder.finish();
		const whole = prepareFacts([c5, c4, c3, c2, c1], pupils, classes, outcomes);
		expect(batched.count).toBe(whole.count);
		for (const key of [
			'check',
			'pupil',
			'status',
			'keystone',
			'objective',
			'secure',
			'next'
		] as const) {
			expect([...batched[key].subarray(0, batched.count)]).toEqual([
				...whole[key].subarray(0, whole.count)
			]);
		}
		expect(batched.firstFact).toEqual(whole.firstFact);
		expect(batched.weeks).toEqual(['2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07']);
		expect(batched.checks).toEqual(whole.checks);
		expect(computeMetrics(batched, wholeRange(batched))).toEqual(
			computeMetrics(whole, wholeRange(whole))
		);
	});
});
