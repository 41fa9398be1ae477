import { KEYSTONE_IDS, type KeystoneId } from '../keystones';
import { percent, points, wholePercent } from './format';
import type { ReviewFacts } from './facts';
import {
	closureRate,
	flagRate,
	gap,
	type Cell,
	type MetricsRow,
	type ReviewMetrics
} from './metrics';

/** The numbers of one chart, and the same numbers as a table. */
export interface Series {
	labels: string[];
	datasets: { label: string; data: (number | null)[] }[];
	columns: string[];
	rows: (string | number)[][];
}

/** Flags in each keystone, week by week: which areas are flagged most, and when. */
export function flagsOverWeeks(
	metrics: ReviewMetrics,
	facts: ReviewFacts,
	weekLabel: (monday: string) => string,
	keystoneName: (id: KeystoneId) => string
): Series {
	const weeks = metrics.byWeek.map((row) => facts.weeks.indexOf(row.key));
	const labels = metrics.byWeek.map((row) => weekLabel(row.key));
	const K = KEYSTONE_IDS.length;
	const datasets = KEYSTONE_IDS.map((id, k) => ({
		label: keystoneName(id),
		data: weeks.map((w) => metrics.weekKeystoneFlags[w * K + k])
	}));
	return {
		labels,
		datasets,
		columns: ['Week', ...datasets.map((dataset) => dataset.label)],
		rows: labels.map((label, i) => [label, ...datasets.map((dataset) => dataset.data[i] ?? 0)])
	};
}

/** The share of flags closed the same day, week by week, for each group of pupils. */
export function closureOverWeeks(
	metrics: ReviewMetrics,
	weekLabel: (monday: string) => string
): Series {
	const labels = metrics.byWeek.map((row) => weekLabel(row.key));
	const line = (label: string, cell: (row: MetricsRow) => Cell) => ({
		label,
		data: metrics.byWeek.map((row) => wholePercent(closureRate(cell(row))))
	});
	const datasets = [
		line('All pupils', (row) => row.cells.all),
		line('Pupils with SEND', (row) => row.cells.sen),
		line('Disadvantaged pupils', (row) => row.cells.disadvantaged)
	];
	return {
		labels,
		datasets,
		columns: ['Week', ...datasets.map((dataset) => `${dataset.label}: kept up`)],
		rows: metrics.byWeek.map((row, i) => [
			labels[i],
			percent(closureRate(row.cells.all)),
			percent(closureRate(row.cells.sen)),
			percent(closureRate(row.cells.disadvantaged))
		])
	};
}

/**
 * The gaps area by area: how many percentage points more often pupils with SEND, and
 * disadvantaged pupils, were flagged than everyone else.
 */
export function gapsByKeystone(
	metrics: ReviewMetrics,
	keystoneName: (id: KeystoneId) => string
): Series {
	const labels = metrics.byKeystone.map((row) => keystoneName(row.key as KeystoneId));
	const senGap = (row: MetricsRow) => gap(flagRate(row.cells.sen), flagRate(row.cells.notSen));
	const disadvantagedGap = (row: MetricsRow) =>
		gap(flagRate(row.cells.disadvantaged), flagRate(row.cells.notDisadvantaged));
	const rounded = (value: number | null) => (value === null ? null : Math.round(value));
	const datasets = [
		{ label: 'Pupils with SEND', data: metrics.byKeystone.map((row) => rounded(senGap(row))) },
		{
			label: 'Disadvantaged pupils',
			data: metrics.byKeystone.map((row) => rounded(disadvantagedGap(row)))
		}
	];
	return {
		labels,
		datasets,
		columns: [
			'Keystone',
			'SEND: flagged',
			'Others: flagged',
			'SEND gap',
			'Disadvantaged: flagged',
			'Others: flagged',
			'Disadvantaged gap'
		],
		rows: metrics.byKeystone.map((row, i) => [
			labels[i],
			percent(flagRate(row.cells.sen)),
			percent(flagRate(row.cells.notSen)),
			points(senGap(row)),
			percent(flagRate(row.cells.disadvantaged)),
			percent(flagRate(row.cells.notDisadvantaged)),
			points(disadvantagedGap(row))
		])
	};
}
