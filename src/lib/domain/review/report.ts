import type { KeystoneId } from '../keystones';
import type { Leadership, ReportFigures, SavedReport, Share } from '../model/report';
import { visitKindPlural, VISIT_KINDS } from '../model/visit';
import type { ReviewFacts } from './facts';
import type { ReviewFilter } from './filter';
import { points, wholePercent, withPercentSign } from './format';
import { computeImpact } from './impact';
import { computeMetrics, type Cell } from './metrics';
import { byPeriodEndLatestFirst } from '../sorting';
import { persistentNeeds } from './persistent';
import { reportedText, withhold, type Reported } from './withhold';

const share = (part: number, whole: number, pupils: number): Share => ({ part, whole, pupils });
const flaggedOf = (cell: Cell) => share(cell.flagged, cell.present, cell.presentPupils);
const keptUpOf = (cell: Cell) => share(cell.closed, cell.flagged, cell.flaggedPupils);

/**
 * A governor report's figures, counted by Review's own rules (metrics, impact, persistent
 * needs) for the filter's dates and scope, with what leaders did in the same period.
 */
export function reportFigures(
	facts: ReviewFacts,
	filter: ReviewFilter,
	leadership: Leadership,
	keystoneName: (id: KeystoneId) => string
): ReportFigures {
	const metrics = computeMetrics(facts, filter);
	const impact = computeImpact(facts, filter);
	const { all, sen, notSen, disadvantaged, notDisadvantaged } = metrics.total.cells;
	const group = (cell: Cell) => ({ flagged: flaggedOf(cell), keptUp: keptUpOf(cell) });
	return {
		checks: metrics.checks,
		pupils: all.presentPupils,
		flagged: flaggedOf(all),
		seen: share(all.intervened, all.flagged, all.flaggedPupils),
		keptUp: keptUpOf(all),
		sen: group(sen),
		notSen: group(notSen),
		disadvantaged: group(disadvantaged),
		notDisadvantaged: group(notDisadvantaged),
		impact: {
			attended: share(impact.attended.secureNext, impact.attended.followed, impact.attended.pupils),
			notAttended: share(
				impact.notAttended.secureNext,
				impact.notAttended.followed,
				impact.notAttended.pupils
			)
		},
		persistentPupils: new Set(persistentNeeds(facts, filter).map((need) => need.pupilId)).size,
		byKeystone: metrics.byKeystone.map((row) => ({
			keystoneId: row.key as KeystoneId,
			name: keystoneName(row.key as KeystoneId),
			flagged: flaggedOf(row.cells.all)
		})),
		byYear: metrics.byYear.map((row) => ({
			yearGroup: Number(row.key),
			flagged: flaggedOf(row.cells.all),
			keptUp: keptUpOf(row.cells.all)
		})),
		leadership
	};
}

/** A report has figures to give when at least one check was marked in its period and scope. */
export const hasData = (figures: ReportFigures) => figures.checks > 0;

export const sameScope = (a: SavedReport['scope'], b: SavedReport['scope']) =>
	a.yearGroup === b.yearGroup && a.classId === b.classId && a.keystoneId === b.keystoneId;

/**
 * The saved report a new one is compared with: of the same scope, the one whose period ended
 * last before this one starts (the last saved, where two cover the same period).
 */
export function previousReport(
	saved: readonly SavedReport[],
	period: { from: string; scope: SavedReport['scope'] }
): SavedReport | null {
	const earlier = saved.filter(
		(report) =>
			report.deletedAt === null && report.to < period.from && sameScope(report.scope, period.scope)
	);
	return earlier.toSorted(byPeriodEndLatestFirst)[0] ?? null;
}

/** A share as a whole percentage, withheld when it rests on fewer than five pupils. */
export function shareFigure(value: Share): Reported {
	return withhold(wholePercent(value.whole === 0 ? null : value.part / value.whole), value.pupils);
}

/**
 * The gap between two groups' printed percentages, in points: withheld when either group has
 * fewer than five pupils.
 */
export function gapFigure(group: Share, others: Share): Reported {
	const a = shareFigure(group);
	const b = shareFigure(others);
	const pupils = Math.min(group.pupils, others.pupils);
	return withhold(a.kind === 'value' && b.kind === 'value' ? a.value - b.value : null, pupils);
}

/** A number of pupils: itself withheld below five. */
export const pupilsFigure = (pupils: number): Reported => withhold(pupils, pupils);

/** A count that is not of pupils (checks, visits): it rests on no pupils, so it is shown. */
export const countFigure = (count: number): Reported => withhold(count, 0);

/** Which way is better for a figure: more, fewer, a gap closer to nothing, or neither. */
type Better = 'higher' | 'lower' | 'narrower' | null;

/** How a figure moved since the previous report, in words; null when they cannot be compared. */
export function changeText(
	now: Reported,
	before: Reported,
	better: Better,
	unit: 'pp' | ''
): string {
	if (now.kind === 'withheld' || before.kind === 'withheld') return 'not compared: too few pupils';
	if (now.kind === 'none' || before.kind === 'none') return 'not compared: no data';
	const suffix = unit === 'pp' ? ' pp' : '';
	if (better === 'narrower') {
		const wider = Math.abs(now.value) - Math.abs(before.value);
		if (wider === 0) return 'no change';
		return `${wider < 0 ? 'narrower' : 'wider'} by ${Math.abs(wider)}${suffix} (${wider < 0 ? 'better' : 'worse'})`;
	}
	const difference = now.value - before.value;
	if (difference === 0) return 'no change';
	const direction = `${difference > 0 ? 'up' : 'down'} ${Math.abs(difference)}${suffix}`;
	if (better === null) return direction;
	const improved = better === 'higher' ? difference > 0 : difference < 0;
	return `${direction} (${improved ? 'better' : 'worse'})`;
}

export interface ReportRow {
	label: string;
	now: string;
	/** The previous report's figure, or null when there is no previous report. */
	before: string | null;
	change: string | null;
}

export interface ReportSection {
	heading: string;
	/** Figures of pupils' learning (none in a period without checks), or of what leaders did. */
	about: 'pupils' | 'leadership';
	rows: ReportRow[];
}

const asNumber = (value: number) => String(value);

interface Figure {
	label: string;
	/** The figure in a report, or null when that report has no such row. */
	of: (figures: ReportFigures) => Reported | null;
	format: (value: number) => string;
	better: Better;
	unit: 'pp' | '';
}

function row(figure: Figure, now: ReportFigures, before: ReportFigures | null): ReportRow {
	const current = figure.of(now) ?? { kind: 'none' };
	const previous = before ? figure.of(before) : null;
	return {
		label: figure.label,
		now: reportedText(current, figure.format),
		before: before ? (previous ? reportedText(previous, figure.format) : 'not reported') : null,
		change: before
			? previous
				? changeText(current, previous, figure.better, figure.unit)
				: 'not compared'
			: null
	};
}

const rate = (label: string, of: (f: ReportFigures) => Share | null, better: Better): Figure => ({
	label,
	of: (f) => {
		const value = of(f);
		return value ? shareFigure(value) : null;
	},
	format: withPercentSign,
	better,
	unit: 'pp'
});

const GROUPS = [
	['Pupils with SEND', 'Pupils without SEND', 'sen', 'notSen'],
	['Disadvantaged pupils', 'Pupils not disadvantaged', 'disadvantaged', 'notDisadvantaged']
] as const;

/** Every figure of a report beside the previous report's, with the direction of change. */
export function reportSections(now: ReportFigures, before: ReportFigures | null): ReportSection[] {
	const rows = (figures: Figure[]) => figures.map((figure) => row(figure, now, before));
	/** A whole number: of pupils (withheld below five) or of anything else (checks, visits). */
	const whole =
		(reported: (n: number) => Reported) =>
		(label: string, of: (f: ReportFigures) => number, better: Better = null): Figure => ({
			label,
			of: (f) => reported(of(f)),
			format: asNumber,
			better,
			unit: ''
		});
	const count = whole(countFigure);
	const pupils = whole(pupilsFigure);

	const keystones = [
		...new Map(
			[...(before?.byKeystone ?? []), ...now.byKeystone].map((k) => [k.keystoneId, k.name])
		)
	];
	const years = [
		...new Set([...now.byYear, ...(before?.byYear ?? [])].map((y) => y.yearGroup))
	].sort((a, b) => a - b);
	const themes = [
		...new Map(
			[...(before?.leadership.themes ?? []), ...now.leadership.themes].map((t) => [
				t.keystoneId,
				t.name
			])
		)
	];

	return [
		{
			heading: 'Keeping up',
			about: 'pupils',
			rows: rows([
				count('Checks marked', (f) => f.checks),
				pupils('Pupils present', (f) => f.pupils),
				rate('Flagged in the lesson (of pupils present)', (f) => f.flagged, 'lower'),
				rate('Seen in a same-day group (of flags)', (f) => f.seen, 'higher'),
				rate('Kept up the same day (of flags)', (f) => f.keptUp, 'higher'),
				rate('Secure at the next check: came to a group', (f) => f.impact.attended, 'higher'),
				rate('Secure at the next check: did not come', (f) => f.impact.notAttended, null),
				pupils('Pupils with a persistent need', (f) => f.persistentPupils, 'lower')
			])
		},
		{
			heading: 'The gaps',
			about: 'pupils',
			rows: rows(
				GROUPS.flatMap(([name, others, group, rest]) => [
					pupils(`${name} present`, (f) => f[group].flagged.pupils),
					pupils(`${others} present`, (f) => f[rest].flagged.pupils),
					rate(`${name}: flagged`, (f) => f[group].flagged, 'lower'),
					{
						label: `${name}: gap in flags`,
						of: (f) => gapFigure(f[group].flagged, f[rest].flagged),
						format: points,
						better: 'narrower',
						unit: 'pp'
					},
					{
						label: `${name}: gap in keeping up`,
						of: (f) => gapFigure(f[group].keptUp, f[rest].keptUp),
						format: points,
						better: 'narrower',
						unit: 'pp'
					}
				])
			)
		},
		{
			heading: 'Flagged, by keystone area',
			about: 'pupils',
			rows: rows(
				keystones.map(([id, name]) =>
					rate(name, (f) => f.byKeystone.find((k) => k.keystoneId === id)?.flagged ?? null, 'lower')
				)
			)
		},
		{
			heading: 'By year group',
			about: 'pupils',
			rows: rows(
				years.flatMap((year) => [
					rate(
						`Year ${year}: flagged`,
						(f) => f.byYear.find((y) => y.yearGroup === year)?.flagged ?? null,
						'lower'
					),
					rate(
						`Year ${year}: kept up the same day`,
						(f) => f.byYear.find((y) => y.yearGroup === year)?.keptUp ?? null,
						'higher'
					)
				])
			)
		},
		{
			heading: 'Leading maths',
			about: 'leadership',
			rows: [
				...rows([
					count('Visits by the maths lead', (f) => f.leadership.visits),
					...VISIT_KINDS.map((kind) =>
						count(visitKindPlural(kind), (f) => f.leadership.byKind[kind])
					),
					count('Next steps agreed', (f) => f.leadership.nextSteps),
					count('Next steps followed up', (f) => f.leadership.followedUp),
					...themes.map(([id, name]) =>
						count(
							`Visits with ${name} in focus`,
							(f) => f.leadership.themes.find((t) => t.keystoneId === id)?.visits ?? 0
						)
					)
				]),
				{
					label: 'Classes visited',
					now: classList(now.leadership),
					before: before ? classList(before.leadership) : null,
					change: before
						? changeText(
								countFigure(now.leadership.classesVisited),
								countFigure(before.leadership.classesVisited),
								'higher',
								''
							)
						: null
				},
				{
					label: 'Year groups visited',
					now: yearList(now.leadership),
					before: before ? yearList(before.leadership) : null,
					change: null
				}
			]
		}
	];
}

const classList = (leadership: Leadership) =>
	`${leadership.classesVisited} of ${leadership.classes}`;

/** "3, 5 and 7 of 3, 5, 7 and 8": which year groups had a visit. */
export function yearList(leadership: Leadership): string {
	const list = (years: number[]) =>
		years.length === 0
			? 'none'
			: years.length === 1
				? String(years[0])
				: `${years.slice(0, -1).join(', ')} and ${years.at(-1)}`;
	return `${list(leadership.yearGroupsVisited)} of ${list(leadership.yearGroups)}`;
}
