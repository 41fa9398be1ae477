import { describe, expect, it } from 'vitest';
import { demoReview } from '$factories/review';
import { DEFAULT_KEYSTONES, type KeystoneId } from '../keystones';
import { wholeRange, type ReviewFilter } from './filter';
import { computeMetrics } from './metrics';
import { closureOverWeeks, flagsOverWeeks, gapsByKeystone, type Series } from './series';

const { facts } = demoReview();
const keystoneName = (id: KeystoneId) => DEFAULT_KEYSTONES.find((k) => k.id === id)!.name;
const weekLabel = (monday: string) => `w/c ${monday}`;

/** A table cell as the number a reader takes from it. */
const asNumber = (cell: string | number) =>
	cell === 'no data'
		? null
		: Number(String(cell).replace('%', '').replace(' pp', '').replace('−', '-').replace('+', ''));

/** The chart draws the numbers its table shows: dataset d is table column `columns[d]`. */
function expectChartIsTable(series: Series, columns: number[]) {
	expect(series.rows.length).toBe(series.labels.length);
	expect(series.rows.length).toBeGreaterThan(0);
	series.datasets.forEach((dataset, d) => {
		// A gap of −0.3 is drawn at −0 and written "0 pp": the same point to a reader.
		const drawn = dataset.data.map((n) => (n === null ? null : n + 0));
		expect(drawn).toEqual(series.rows.map((row) => asNumber(row[columns[d]])));
	});
}

describe('each Review chart and its table', () => {
	const whole = wholeRange(facts);
	const filters: [string, ReviewFilter][] = [
		['the whole school', whole],
		['Year 7', { ...whole, yearGroup: 7 }],
		['Fluency', { ...whole, keystoneId: 'fluency' }]
	];

	it.each(filters)('show the same numbers for %s', (_, filter) => {
		const metrics = computeMetrics(facts, filter);
		const flags = flagsOverWeeks(metrics, facts, weekLabel, keystoneName);
		expect(flags.datasets).toHaveLength(5);
		expectChartIsTable(flags, [1, 2, 3, 4, 5]);
		expectChartIsTable(closureOverWeeks(metrics, weekLabel), [1, 2, 3]);
		expectChartIsTable(gapsByKeystone(metrics, keystoneName), [3, 6]);
	});

	it('count fewer flags for one year group, and only its keystone for one keystone', () => {
		const total = (series: Series) =>
			series.datasets.flatMap((dataset) => dataset.data).reduce<number>((a, n) => a + (n ?? 0), 0);
		const flags = (filter: ReviewFilter) =>
			flagsOverWeeks(computeMetrics(facts, filter), facts, weekLabel, keystoneName);
		expect(total(flags({ ...whole, yearGroup: 7 }))).toBeLessThan(total(flags(whole)));
		const fluency = flags({ ...whole, keystoneId: 'fluency' });
		expect(fluency.datasets.filter((d) => d.data.some((n) => (n ?? 0) > 0))).toHaveLength(1);
	});
});
