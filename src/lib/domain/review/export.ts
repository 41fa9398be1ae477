import Papa from 'papaparse';
import type { Keystone, KeystoneId } from '../keystones';
import type { Check } from '../model/check';
import type { Pupil, SchoolClass } from '../model/roster';
import { SEN_NAMES } from '../model/roster';
import type { OutcomeBook } from '../outcomes';
import { byDateThenMade } from '../sorting';
import { ticketAt } from '../tickets';
import { isSmall, spreadsheetPercent, spreadsheetPoints } from './format';
import {
	closureRate,
	flagRate,
	gap,
	interventionRate,
	type Cell,
	type MetricsRow,
	type ReviewMetrics
} from './metrics';
import { takesIn, type ReviewFilter } from './filter';

const UNPARSE = {
	newline: '\r\n',
	// A cell starting with = + - @ is run as a formula by spreadsheets: keep it as text.
	escapeFormulae: true
} as const;

/** Excel reads a CSV as UTF-8 (names such as Zoë) only when it starts with a byte-order mark. */
const BOM = '\ufeff';

const MARK_WORDS = {
	unmarked: 'not marked',
	correct: 'correct',
	incorrect: 'wrong',
	'not-answered': 'not answered'
} as const;

const TICKET_COLUMNS = [
	'Date',
	'Class',
	'Year',
	'Lesson',
	'Pupil',
	'UPN',
	'SEN',
	'Disadvantaged',
	'EAL',
	'Question',
	'Question text',
	'Keystone',
	'Objective',
	'Essential',
	'Result',
	'Flagged',
	'Teacher override',
	'Override reason',
	'Same-day group',
	'Re-check',
	'Security after',
	'Note'
];

/** What the answers export reads: the checks, the roster and the adults' outcomes. */
export interface TicketRecords {
	checks: readonly Check[];
	pupils: readonly Pupil[];
	classes: readonly SchoolClass[];
	outcomes: OutcomeBook;
}

/**
 * One row per pupil per question per check, as a spreadsheet wants it. Returned in pieces
 * (one a check) so that a whole year never has to be one string.
 */
export function ticketsCsv(
	records: TicketRecords,
	filter: ReviewFilter,
	keystoneOf: (id: KeystoneId) => Keystone
): string[] {
	const pupilById = new Map(records.pupils.map((pupil) => [pupil.id, pupil]));
	const classById = new Map(records.classes.map((schoolClass) => [schoolClass.id, schoolClass]));
	const parts = [BOM + Papa.unparse([TICKET_COLUMNS], UNPARSE)];
	for (const check of [...records.checks].sort(byDateThenMade)) {
		const schoolClass = classById.get(check.classId);
		const filtered = {
			date: check.date,
			yearGroup: schoolClass?.yearGroup ?? null,
			classId: check.classId,
			hasKeystone: (id: KeystoneId) => check.questions.some((q) => q.keystoneId === id)
		};
		if (!takesIn(filter, filtered)) continue;
		const rows: (string | number)[][] = [];
		check.pupilIds.forEach((pupilId, i) => {
			const pupil = pupilById.get(pupilId);
			const ticket = ticketAt(check, i);
			const outcome = records.outcomes.outcome(check.id, pupilId);
			check.questions.forEach((question, q) => {
				rows.push([
					check.date,
					schoolClass?.name ?? '',
					schoolClass?.yearGroup ?? '',
					check.title,
					pupil?.name ?? '',
					pupil?.upn ?? '',
					pupil ? SEN_NAMES[pupil.sen] : '',
					pupil?.disadvantaged ? 'Yes' : 'No',
					pupil?.eal ? 'Yes' : 'No',
					q + 1,
					question.prompt,
					keystoneOf(question.keystoneId).name,
					question.objective ?? '',
					question.essential ? 'Yes' : 'No',
					ticket.absent ? 'absent' : MARK_WORDS[ticket.marks[q]],
					ticket.flagged ? 'Yes' : 'No',
					ticket.override === 'none' ? '' : ticket.override === 'flag' ? 'flagged' : 'unflagged',
					ticket.overrideReason ?? '',
					outcome.attended === 'unrecorded' ? '' : outcome.attended,
					outcome.recheck === 'unrecorded'
						? ''
						: outcome.recheck === 'correct'
							? 'correct'
							: 'wrong',
					outcome.security === 'unrecorded' ? '' : outcome.security.replace('-', ' '),
					outcome.note ?? ''
				]);
			});
		});
		parts.push(`\r\n${Papa.unparse(rows, UNPARSE)}`);
	}
	return parts;
}

const METRIC_COLUMNS = [
	'Table',
	'Row',
	'Pupils present',
	'Flag rate %',
	'Flags',
	'Pupils flagged',
	'Same-day group %',
	'Kept up %',
	'SEND pupils',
	'SEND flag rate %',
	'Other pupils',
	'Others flag rate %',
	'SEND gap (pp)',
	'SEND kept up %',
	'Others kept up %',
	'Disadvantaged pupils',
	'Disadvantaged flag rate %',
	'Not disadvantaged pupils',
	'Not disadvantaged flag rate %',
	'Disadvantaged gap (pp)',
	'Disadvantaged kept up %',
	'Not disadvantaged kept up %',
	'Small groups (under 5 pupils)'
];

/** A group of pupils beside the rest: how many, how often flagged, the gap, kept up. */
function comparison(group: Cell, rest: Cell): (string | number)[] {
	return [
		group.presentPupils,
		spreadsheetPercent(flagRate(group)),
		rest.presentPupils,
		spreadsheetPercent(flagRate(rest)),
		spreadsheetPoints(gap(flagRate(group), flagRate(rest))),
		spreadsheetPercent(closureRate(group)),
		spreadsheetPercent(closureRate(rest))
	];
}

function metricRow(table: string, label: string, row: MetricsRow): (string | number)[] {
	const { all, sen, notSen, disadvantaged, notDisadvantaged } = row.cells;
	const groups: [string, Cell][] = [
		['all', all],
		['SEND', sen],
		['others', notSen],
		['disadvantaged', disadvantaged],
		['not disadvantaged', notDisadvantaged]
	];
	const small = groups
		.filter(([, cell]) => isSmall(cell.presentPupils))
		.map(([name]) => name)
		.join(', ');
	return [
		table,
		label,
		all.presentPupils,
		spreadsheetPercent(flagRate(all)),
		all.flagged,
		all.flaggedPupils,
		spreadsheetPercent(interventionRate(all)),
		spreadsheetPercent(closureRate(all)),
		...comparison(sen, notSen),
		...comparison(disadvantaged, notDisadvantaged),
		small
	];
}

/** Every metrics table, one after another, with the same columns: aggregates, no names. */
export function metricsCsv(metrics: ReviewMetrics, labels: MetricLabels): string {
	const rows = [
		metricRow('All', 'All checks', metrics.total),
		...metrics.byKeystone.map((row) => metricRow('Keystone', labels.keystone(row.key), row)),
		...metrics.byWeek.map((row) => metricRow('Week', labels.week(row.key), row)),
		...metrics.byClass.map((row) => metricRow('Class', labels.schoolClass(row.key), row)),
		...metrics.byYear.map((row) => metricRow('Year group', `Year ${row.key}`, row)),
		...metrics.byObjective.map((row) => metricRow('Objective', row.key, row))
	];
	return BOM + Papa.unparse([METRIC_COLUMNS, ...rows], UNPARSE);
}

export interface MetricLabels {
	keystone: (id: string) => string;
	week: (monday: string) => string;
	schoolClass: (id: string) => string;
}
