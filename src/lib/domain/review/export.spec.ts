import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '$factories/check';
import { pupil, schoolClass } from '$factories/roster';
import { DEFAULT_KEYSTONES, type KeystoneId } from '../keystones';
import { dayOutcomes } from '$factories/outcomes';
import { withOverride } from '../marking';
import type { SchoolClass } from '../model/roster';
import { OutcomeBook } from '../outcomes';
import { metricsCsv, ticketsCsv } from './export';
import { prepareFacts } from './facts';
import { wholeRange } from './filter';
import { computeMetrics } from './metrics';

const keystoneOf = (id: KeystoneId) => DEFAULT_KEYSTONES.find((k) => k.id === id)!;
const pupils = [
	pupil('Ada Lovelace', '5b', { id: 'ada', upn: 'C886234523101', sen: 'K', disadvantaged: true }),
	pupil('=Ben Formula', '5b', { id: 'ben' })
];
const classes: SchoolClass[] = [schoolClass('5B', { id: '5b' })];
const marked = {
	...markedCheck(
		[
			question(1, 'fluency', { prompt: 'What is 3 × 4?', objective: '3NF-2' }),
			question(2, 'thinking')
		],
		{ ada: 'x✓', ben: '✓✓' }
	),
	classId: '5b',
	title: 'Times tables'
};
const check = withOverride(marked, 'ben', 'flag', 'Guessed, I think', 1);
const outcomes = new OutcomeBook([
	dayOutcomes(check, {
		ada: { attended: 'attended', recheck: 'correct', security: 'secure', note: 'Used an array' },
		ben: { attended: 'absent' }
	})
]);
const records = { checks: [check], pupils, classes, outcomes };
const all = wholeRange(prepareFacts([check], pupils, classes, outcomes));

const parse = (text: string) =>
	Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;

describe('the answers export', () => {
	const rows = parse(ticketsCsv(records, all, keystoneOf).join(''));

	it('has one row per pupil per question per check, with everything a spreadsheet needs', () => {
		expect(rows).toHaveLength(1 + 2 * 2);
		const [header, adaQ1] = rows;
		const row = Object.fromEntries(header.map((column, i) => [column, adaQ1[i]]));
		expect(row).toMatchObject({
			Date: '2026-11-23',
			Class: '5B',
			Year: '5',
			Lesson: 'Times tables',
			Pupil: 'Ada Lovelace',
			UPN: 'C886234523101',
			SEN: 'SEN support',
			Disadvantaged: 'Yes',
			Question: '1',
			'Question text': 'What is 3 × 4?',
			Keystone: 'Fluency',
			Objective: '3NF-2',
			Result: 'wrong',
			Flagged: 'Yes',
			'Same-day group': 'attended',
			'Re-check': 'correct',
			'Security after': 'secure',
			Note: 'Used an array'
		});
		const benQ1 = Object.fromEntries(header.map((column, i) => [column, rows[3][i]]));
		expect(benQ1).toMatchObject({
			Flagged: 'Yes',
			'Teacher override': 'flagged',
			'Override reason': 'Guessed, I think',
			'Same-day group': 'absent'
		});
	});

	it('keeps a name that looks like a formula as text', () => {
		expect(rows[3][4]).toBe("'=Ben Formula");
	});

	it('follows the filters', () => {
		const none = ticketsCsv(records, { ...all, from: '2026-11-24', to: '2026-11-30' }, keystoneOf);
		expect(parse(none.join(''))).toHaveLength(1);
	});
});

describe('the figures export', () => {
	const facts = prepareFacts([check], pupils, classes, outcomes);
	const metrics = computeMetrics(facts, all);
	const labels = {
		keystone: (id: string) => keystoneOf(id as KeystoneId).name,
		week: (w: string) => w,
		schoolClass: () => '5B'
	};

	it('has a row for every table, and no names', () => {
		const text = metricsCsv(metrics, labels);
		const rows = parse(text);
		expect(rows[1].slice(0, 5)).toEqual(['All', 'All checks', '2', '100.0', '2']);
		expect(rows.map((row) => row[0])).toEqual([
			'Table',
			'All',
			'Keystone',
			'Keystone',
			'Week',
			'Class',
			'Year group',
			'Objective'
		]);
		expect(rows[1].at(-1)).toBe('all, SEND, others, disadvantaged, not disadvantaged');
		for (const p of pupils) expect(text).not.toContain(p.name.replace('=', ''));
	});
});
