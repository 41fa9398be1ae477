import { referenceProblems } from '../model/references';
import type { SchoolData, SchoolRecords, SchoolTable } from '../model/school';

/** What a merge did to one table. */
export interface TableMerge {
	/** Records only the backup had. */
	added: number;
	/** Records the backup had newer than this device. */
	updated: number;
	/** Records this device had newer than the backup: this device's are kept. */
	kept: number;
	/** Records both had, changed at the same moment. */
	same: number;
}

export type MergeReport = Record<SchoolTable, TableMerge>;

export type Merge =
	| {
			ok: true;
			/** The school after the merge. */
			school: SchoolData;
			/** Only the records to write: those added or updated. */
			writes: SchoolRecords;
			report: MergeReport;
	  }
	| { ok: false; problems: string[] };

interface Versioned {
	id: string;
	updatedAt: number;
}

function mergeRecords<T extends Versioned>(here: T[], there: T[]) {
	const merged = new Map(here.map((record) => [record.id, record]));
	const writes: T[] = [];
	const counts: TableMerge = { added: 0, updated: 0, kept: 0, same: 0 };
	for (const record of there) {
		const ours = merged.get(record.id);
		if (!ours) counts.added++;
		else if (record.updatedAt > ours.updatedAt) counts.updated++;
		else {
			counts[record.updatedAt === ours.updatedAt ? 'same' : 'kept']++;
			continue;
		}
		merged.set(record.id, record);
		writes.push(record);
	}
	return { records: [...merged.values()], writes, counts };
}

const DEMO_PROBLEMS = {
	here: 'This device holds the demo school: restore the backup instead of merging it, which replaces the demo.',
	there: 'This backup is of the demo school: it cannot be merged into a real school.'
} as const;

/**
 * Merges another device's backup into this device's school, record by record: a record only
 * one side has is kept, and where both have it the one changed last wins. The settings merge
 * the same way, but when this device last made a backup stays this device's own.
 */
export function mergeSchools(here: SchoolData, there: SchoolData): Merge {
	if (here.settings.demo !== there.settings.demo) {
		return { ok: false, problems: [DEMO_PROBLEMS[here.settings.demo ? 'here' : 'there']] };
	}
	const settings = mergeRecords([here.settings], [there.settings]);
	const adults = mergeRecords(here.adults, there.adults);
	const classes = mergeRecords(here.classes, there.classes);
	const pupils = mergeRecords(here.pupils, there.pupils);
	const checks = mergeRecords(here.checks, there.checks);
	const groups = mergeRecords(here.groups, there.groups);
	const bank = mergeRecords(here.bank, there.bank);
	const visits = mergeRecords(here.visits, there.visits);
	const reports = mergeRecords(here.reports, there.reports);
	const school: SchoolData = {
		settings: { ...settings.records[0], lastBackupAt: here.settings.lastBackupAt },
		adults: adults.records,
		classes: classes.records,
		pupils: pupils.records,
		checks: checks.records,
		groups: groups.records,
		bank: bank.records,
		visits: visits.records,
		reports: reports.records
	};
	const problems = referenceProblems(school);
	if (problems.length > 0) {
		return {
			ok: false,
			problems: [
				'Merging this backup would leave records that point at missing ones, so nothing was merged.',
				...problems
			]
		};
	}
	const writes: SchoolRecords = {
		settings: settings.writes.length > 0 ? [school.settings] : [],
		adults: adults.writes,
		classes: classes.writes,
		pupils: pupils.writes,
		checks: checks.writes,
		groups: groups.writes,
		bank: bank.writes,
		visits: visits.writes,
		reports: reports.writes
	};
	const report: MergeReport = {
		settings: settings.counts,
		adults: adults.counts,
		classes: classes.counts,
		pupils: pupils.counts,
		checks: checks.counts,
		groups: groups.counts,
		bank: bank.counts,
		visits: visits.counts,
		reports: reports.counts
	};
	return { ok: true, school, writes, report };
}
