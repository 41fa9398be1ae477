import { KEYSTONE_IDS } from '../keystones';
import { YEAR_GROUPS } from '../model/common';
import { byCode } from '../sorting';
import { ATTENDED_GROUP, CLOSED, FLAGGED, PRESENT, type ReviewFacts } from './facts';
import { checksInScope, type ReviewFilter } from './filter';

/** A figure from fewer pupils than this is shown, and said to be from a small group. */
export const SMALL_GROUP = 5;

/** The groups every figure is split into: all pupils, then SEN or not, then disadvantaged or not. */
export const SPLITS = ['all', 'sen', 'notSen', 'disadvantaged', 'notDisadvantaged'] as const;
export type Split = (typeof SPLITS)[number];

export interface Cell {
	/** Present pupils' tickets, and how many different pupils they were. */
	present: number;
	presentPupils: number;
	flagged: number;
	flaggedPupils: number;
	/** Flags whose pupil came to a same-day group. */
	intervened: number;
	/** Flags closed the same day ("kept up"). */
	closed: number;
}

export interface MetricsRow {
	key: string;
	cells: Record<Split, Cell>;
}

export interface ReviewMetrics {
	checks: number;
	total: MetricsRow;
	byKeystone: MetricsRow[];
	byWeek: MetricsRow[];
	byClass: MetricsRow[];
	byYear: MetricsRow[];
	byObjective: MetricsRow[];
	/** Flags by week (row) and keystone of the primary need (column), all pupils. */
	weekKeystoneFlags: Int32Array;
}

/** A share, or null when there is nothing to share out: "no data", never 0% or NaN. */
export function rate(part: number, whole: number): number | null {
	return whole === 0 ? null : part / whole;
}

export const flagRate = (cell: Cell) => rate(cell.flagged, cell.present);
export const interventionRate = (cell: Cell) => rate(cell.intervened, cell.flagged);
export const closureRate = (cell: Cell) => rate(cell.closed, cell.flagged);

/** The difference between two shares in percentage points, or null when either has no data. */
export function gap(a: number | null, b: number | null): number | null {
	return a === null || b === null ? null : (a - b) * 100;
}

/**
 * What to count: just what the charts and the headline need (keystones and weeks, without the
 * number of different pupils behind each), or every table in full. The charts' part is quick,
 * so the charts show first and the tables follow.
 */
export type MetricParts = 'charts' | 'all';

/**
 * One pass over the facts in the filter's scope, counting into every table at once. A flag
 * counts under the keystone and objective of the pupil's primary need; a present pupil counts
 * under every keystone and objective their check asked about. With a keystone filter only the
 * flags in that keystone count.
 */
export function computeMetrics(
	facts: ReviewFacts,
	filter: ReviewFilter,
	parts: MetricParts = 'all'
): ReviewMetrics {
	const details = parts === 'all';
	const inScope = checksInScope(facts, filter);
	const onlyKeystone = filter.keystoneId ? KEYSTONE_IDS.indexOf(filter.keystoneId) : -1;
	const K = KEYSTONE_IDS.length;
	const W = facts.weeks.length;
	const C = facts.classes.length;
	const Y = YEAR_GROUPS.length;
	const O = facts.objectives.length;
	const keystoneRow = 1;
	const weekRow = keystoneRow + K;
	const classRow = weekRow + W;
	const yearRow = classRow + C;
	const objectiveRow = yearRow + Y;
	const rows = objectiveRow + O;
	const P = facts.pupils.length;

	// Counted once per row and kind of pupil (SEN or not × disadvantaged or not); the five splits
	// are sums of kinds at the end. A pupil is one kind, so distinct pupils add up too.
	const KINDS = 4;
	const cells = rows * KINDS;
	const present = new Int32Array(cells);
	const presentPupils = new Int32Array(cells);
	const flagged = new Int32Array(cells);
	const flaggedPupils = new Int32Array(cells);
	const intervened = new Int32Array(cells);
	const closed = new Int32Array(cells);
	const presentSeen = new Uint8Array(rows * P);
	const flaggedSeen = new Uint8Array(rows * P);
	const kindOf = Uint8Array.from(
		facts.pupils,
		(pupil) => (pupil.sen ? 0 : 2) + (pupil.disadvantaged ? 0 : 1)
	);
	const weekKeystoneFlags = new Int32Array(W * K);

	/**
	 * Counts one present pupil's ticket into one row (a flag only where `status` has one), and
	 * the pupil among the row's different pupils when `distinct`.
	 */
	function count(row: number, pupil: number, kind: number, status: number, distinct: boolean) {
		const cell = row * KINDS + kind;
		if (!distinct) {
			present[cell]++;
			if ((status & FLAGGED) === 0) return;
			flagged[cell]++;
			if (status & ATTENDED_GROUP) intervened[cell]++;
			if (status & CLOSED) closed[cell]++;
			return;
		}
		const seen = row * P + pupil;
		present[cell]++;
		if (presentSeen[seen] === 0) {
			presentSeen[seen] = 1;
			presentPupils[cell]++;
		}
		if ((status & FLAGGED) === 0) return;
		flagged[cell]++;
		if (flaggedSeen[seen] === 0) {
			flaggedSeen[seen] = 1;
			flaggedPupils[cell]++;
		}
		if (status & ATTENDED_GROUP) intervened[cell]++;
		if (status & CLOSED) closed[cell]++;
	}

	let checks = 0;
	for (let c = 0; c < inScope.length; c++) checks += inScope[c];
	for (let c = 0; c < facts.checks.length; c++) {
		if (inScope[c] === 0) continue;
		const check = facts.checks[c];
		const { keystones, week, classIndex, yearGroup, objectives } = check;
		for (let f = facts.firstFact[c]; f < facts.firstFact[c + 1]; f++) {
			const status = facts.status[f];
			if ((status & PRESENT) === 0) continue;
			const pupil = facts.pupil[f];
			const kind = kindOf[pupil];
			const keystone = facts.keystone[f];
			// A flag in another keystone than the one filtered for counts as present, not flagged.
			const flag = onlyKeystone < 0 || keystone === onlyKeystone ? status : status & ~FLAGGED;
			const notFlag = status & ~FLAGGED;
			// The charts need counts only: the different pupils behind each row are counted only
			// for every table in full (and always for the whole, which the headline shows).
			count(0, pupil, kind, flag, true);
			for (let k = 0; k < K; k++) {
				if ((keystones & (1 << k)) !== 0 && (onlyKeystone < 0 || k === onlyKeystone)) {
					count(keystoneRow + k, pupil, kind, keystone === k ? flag : notFlag, details);
				}
			}
			count(weekRow + week, pupil, kind, flag, details);
			if (flag & FLAGGED) weekKeystoneFlags[week * K + keystone]++;
			if (!details) continue;
			if (classIndex >= 0) count(classRow + classIndex, pupil, kind, flag, true);
			if (yearGroup >= 3 && yearGroup <= 9) count(yearRow + yearGroup - 3, pupil, kind, flag, true);
			for (let o = 0; o < objectives.length; o++) {
				const need = facts.objective[f] === objectives[o];
				count(objectiveRow + objectives[o], pupil, kind, need ? flag : notFlag, true);
			}
		}
	}

	/** The kinds in each split. Kind 0: SEN and disadvantaged; 1: SEN only; 2: disadvantaged only; 3: neither. */
	const SPLIT_KINDS: Record<Split, number[]> = {
		all: [0, 1, 2, 3],
		sen: [0, 1],
		notSen: [2, 3],
		disadvantaged: [0, 2],
		notDisadvantaged: [1, 3]
	};
	const row = (r: number, key: string): MetricsRow => {
		const cellsOf = {} as Record<Split, Cell>;
		for (const split of SPLITS) {
			const sum = (counts: Int32Array) =>
				SPLIT_KINDS[split].reduce((total, k) => total + counts[r * KINDS + k], 0);
			cellsOf[split] = {
				present: sum(present),
				presentPupils: sum(presentPupils),
				flagged: sum(flagged),
				flaggedPupils: sum(flaggedPupils),
				intervened: sum(intervened),
				closed: sum(closed)
			};
		}
		return { key, cells: cellsOf };
	};
	const table = (start: number, keys: readonly string[]) =>
		keys.map((key, i) => row(start + i, key)).filter((r) => r.cells.all.present > 0);

	return {
		checks,
		total: row(0, 'total'),
		byKeystone: table(keystoneRow, KEYSTONE_IDS),
		byWeek: table(weekRow, facts.weeks),
		byClass: table(
			classRow,
			facts.classes.map((schoolClass) => schoolClass.id)
		),
		byYear: table(
			yearRow,
			YEAR_GROUPS.map((year) => String(year))
		),
		// Objectives come in the order they were first used: they are listed by their codes.
		byObjective: table(objectiveRow, facts.objectives).sort((a, b) => byCode(a.key, b.key)),
		weekKeystoneFlags
	};
}
