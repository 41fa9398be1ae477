import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '$factories/check';
import { pupil, schoolClass } from '$factories/roster';
import { leadershipSummary } from '../leading/coverage';
import { DEFAULT_KEYSTONES, type KeystoneId } from '../keystones';
import { dayOutcomes } from '$factories/outcomes';
import type { ReportFigures, SavedReport } from '../model/report';
import type { Pupil } from '../model/roster';
import { OutcomeBook } from '../outcomes';
import type { Visit } from '../model/visit';
import { prepareFacts } from './facts';
import { wholeRange } from './filter';
import { computeMetrics } from './metrics';
import {
	changeText,
	gapFigure,
	hasData,
	previousReport,
	reportFigures,
	reportSections,
	shareFigure
} from './report';
import { governorSummary } from './summary';
import { withhold } from './withhold';

const keystoneName = (id: KeystoneId) => DEFAULT_KEYSTONES.find((k) => k.id === id)!.name;

// Twelve pupils in 5B: three with SEND (too few to report), six disadvantaged.
const NAMES = 'Ada Ben Cai Dan Eve Fay Gus Hal Ivy Jo Kit Lou'.split(' ');
const pupils: Pupil[] = NAMES.map((name, i) =>
	pupil(`${name} Surname`, '5b', {
		id: name.toLowerCase(),
		sen: i < 3 ? 'K' : 'none',
		disadvantaged: i % 2 === 0
	})
);
const classes = [schoolClass('5B', { id: '5b', teacherId: 'mrs-green' })];

/** A check on which the pupils named got Q1 wrong, came to a group and kept up. */
function check(date: string, wrong: string[]) {
	const rows = Object.fromEntries(pupils.map((p) => [p.id, wrong.includes(p.id) ? 'x✓' : '✓✓']));
	const made = {
		...markedCheck([question(1, 'representation'), question(2, 'fluency')], rows, date),
		id: `c-${date}`,
		classId: '5b'
	};
	const kept = { attended: 'attended', recheck: 'correct', security: 'secure' } as const;
	return {
		check: made,
		outcomes: dayOutcomes(made, Object.fromEntries(wrong.map((id) => [id, kept])))
	};
}

const made = [
	check('2026-10-05', ['ada', 'ben', 'cai', 'dan', 'eve', 'fay']),
	check('2026-10-06', ['ada', 'cai', 'eve', 'gus']),
	check('2026-11-09', ['ada', 'dan'])
];
const checks = made.map((m) => m.check);
const outcomes = new OutcomeBook(made.map((m) => m.outcomes));
const facts = prepareFacts(checks, pupils, classes, outcomes);

function visit(extra: Partial<Visit>): Visit {
	return {
		id: 'v1',
		date: '2026-10-07',
		classId: '5b',
		yearGroup: 5,
		teacherId: 'mrs-green',
		kind: 'coaching',
		keystoneIds: ['representation'],
		working: 'Bar models used well',
		nextStep: 'Use bar models for every word problem',
		evidence: null,
		followUp: '2026-11-10',
		followedUpOn: null,
		createdAt: 1,
		updatedAt: 1,
		deletedAt: null,
		...extra
	};
}
const visits = [visit({}), visit({ id: 'v2', kind: 'book-look', date: '2026-11-10' })];

function figuresFor(from: string, to: string): ReportFigures {
	const filter = { ...wholeRange(facts), from, to };
	const scope = { yearGroup: null, classId: null, keystoneId: null };
	return reportFigures(
		facts,
		filter,
		leadershipSummary(visits, classes, filter, scope, keystoneName),
		keystoneName
	);
}
const autumn1 = figuresFor('2026-09-01', '2026-11-01');
const autumn2 = figuresFor('2026-11-02', '2026-12-31');

describe('withholding small numbers', () => {
	it('withholds any figure from one to four pupils, and says "no data" for nothing', () => {
		expect(withhold(40, 4)).toEqual({ kind: 'withheld' });
		expect(withhold(40, 1)).toEqual({ kind: 'withheld' });
		expect(withhold(40, 5)).toEqual({ kind: 'value', value: 40 });
		expect(withhold(null, 0)).toEqual({ kind: 'none' });
		expect(withhold(0, 0)).toEqual({ kind: 'value', value: 0 });
	});

	it('withholds a gap when either group is small', () => {
		expect(gapFigure(autumn1.sen.flagged, autumn1.notSen.flagged)).toEqual({ kind: 'withheld' });
		expect(gapFigure(autumn1.disadvantaged.flagged, autumn1.notDisadvantaged.flagged)).toEqual({
			kind: 'value',
			value: 58 - 25
		});
	});
});

describe('a report’s figures', () => {
	it('are Review’s own counts for the period', () => {
		const metrics = computeMetrics(facts, { ...wholeRange(facts), to: '2026-11-01' });
		expect(autumn1.checks).toBe(2);
		expect(autumn1.flagged).toEqual({
			part: metrics.total.cells.all.flagged,
			whole: metrics.total.cells.all.present,
			pupils: 12
		});
		expect(autumn1.sen.flagged.pupils).toBe(3);
		expect(autumn1.byKeystone.map((k) => k.keystoneId)).toEqual(['representation', 'fluency']);
		expect(autumn1.leadership).toMatchObject({
			visits: 1,
			classes: 1,
			classesVisited: 1,
			yearGroupsVisited: [5],
			themes: [{ keystoneId: 'representation', name: 'Representation & Structure', visits: 1 }],
			nextSteps: 1,
			followedUp: 0
		});
		expect(hasData(autumn1)).toBe(true);
		expect(hasData(figuresFor('2027-01-01', '2027-02-01'))).toBe(false);
	});

	it('print no name and no figure from fewer than five pupils', () => {
		const sections = reportSections(autumn1, null);
		const text =
			JSON.stringify(sections) +
			governorSummary({ from: '2026-09-01', to: '2026-11-01', figures: autumn1 }, null).join(' ');
		for (const p of pupils) expect(text).not.toContain(p.name);
		const sen = sections[1].rows.filter((row) => row.label.startsWith('Pupils with SEND'));
		expect(sen.map((row) => row.now)).toEqual([
			'fewer than 5 pupils',
			'fewer than 5 pupils',
			'fewer than 5 pupils',
			'fewer than 5 pupils'
		]);
		expect(text).toContain(
			'Fewer than 5 pupils with SEND took part, so their figures are withheld.'
		);
		expect(sections[0].rows.every((row) => row.before === null && row.change === null)).toBe(true);
	});
});

describe('comparing with the previous report', () => {
	it('says which way each figure moved, and whether that is better', () => {
		const rows = reportSections(autumn2, autumn1).flatMap((section) => section.rows);
		const find = (label: string) => rows.find((row) => row.label === label)!;
		// 10 flags of 24 (42%), then 2 of 12 (17%).
		expect(find('Flagged in the lesson (of pupils present)')).toEqual({
			label: 'Flagged in the lesson (of pupils present)',
			now: '17%',
			before: '42%',
			change: 'down 25 pp (better)'
		});
		expect(find('Checks marked')).toMatchObject({ now: '1', before: '2', change: 'down 1' });
		expect(find('Kept up the same day (of flags)').change).toBe('not compared: too few pupils');
		expect(find('Book looks')).toMatchObject({ now: '1', before: '0', change: 'up 1' });
		expect(find('Classes visited')).toMatchObject({ now: '1 of 1', before: '1 of 1' });
	});

	it('words the change of a gap as narrower or wider', () => {
		const value = (n: number) => ({ kind: 'value' as const, value: n });
		expect(changeText(value(4), value(-10), 'narrower', 'pp')).toBe('narrower by 6 pp (better)');
		expect(changeText(value(12), value(10), 'narrower', 'pp')).toBe('wider by 2 pp (worse)');
		expect(changeText(value(40), value(40), 'lower', 'pp')).toBe('no change');
		expect(changeText(value(40), { kind: 'none' }, 'lower', 'pp')).toBe('not compared: no data');
	});

	it('sets the summary against the previous report', () => {
		const summary = governorSummary(
			{ from: '2026-11-02', to: '2026-12-31', figures: autumn2 },
			{ name: 'Autumn 1 2026–27', figures: autumn1 }
		).join(' ');
		expect(summary).toContain(
			'17% of the pupils present were flagged as not yet secure in the lesson, against 42% in Autumn 1 2026–27.'
		);
		expect(summary).toContain('The maths lead recorded 1 visit (1 book look)');
	});

	it('finds the report of the same scope that ended last before this period', () => {
		const saved = (id: string, from: string, to: string, extra: Partial<SavedReport> = {}) =>
			({
				id,
				name: id,
				from,
				to,
				scope: { yearGroup: null, classId: null, keystoneId: null },
				scopeName: 'The whole school',
				previousId: null,
				figures: autumn1,
				createdAt: 1,
				updatedAt: 1,
				deletedAt: null,
				...extra
			}) satisfies SavedReport;
		const reports = [
			saved('summer', '2026-04-13', '2026-08-31'),
			saved('autumn-1', '2026-09-01', '2026-11-01'),
			saved('year-5', '2026-09-01', '2026-11-01', {
				scope: { yearGroup: 5, classId: null, keystoneId: null }
			}),
			saved('removed', '2026-10-01', '2026-11-01', { deletedAt: 5 }),
			saved('later', '2026-11-02', '2026-12-31')
		];
		const scope = { yearGroup: null, classId: null, keystoneId: null };
		expect(previousReport(reports, { from: '2026-11-02', scope })?.id).toBe('autumn-1');
		expect(
			previousReport(reports, { from: '2026-11-02', scope: { ...scope, yearGroup: 5 } })?.id
		).toBe('year-5');
		expect(previousReport(reports, { from: '2026-04-01', scope })).toBeNull();
	});
});

describe('a period with no checks', () => {
	it('says so rather than printing zeros', () => {
		const empty = figuresFor('2027-01-01', '2027-02-01');
		const summary = governorSummary({ from: '2027-01-01', to: '2027-02-01', figures: empty }, null);
		expect(summary[0]).toBe(
			"From Friday 1 January 2027 to Monday 1 February 2027 there are no exit-ticket checks to report on, so this report has no figures of pupils' learning."
		);
		expect(summary.join(' ')).not.toMatch(/\b0%/);
		expect(shareFigure(empty.flagged)).toEqual({ kind: 'none' });
	});
});
