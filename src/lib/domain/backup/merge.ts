import { formatShortDate } from '../dates';
import { mergeCheck } from '../merge/check';
import { mergeGroups, unbookClashes } from '../merge/groups';
import { contentOf, laterOf } from '../merge/order';
import { mergeDayOutcomes } from '../merge/outcomes';
import type { Check } from '../model/check';
import type { Group } from '../model/group';
import type { DayOutcomes } from '../model/outcome';
import { referenceProblems } from '../model/references';
import type { SchoolData, SchoolRecords, SchoolTable } from '../model/school';
import { OutcomeBook } from '../outcomes';

/** What a merge did to one table. */
export interface TableMerge {
	/** Records only the backup had. */
	added: number;
	/** Records the backup had newer than this device. */
	updated: number;
	/** Records this device had newer than the backup: this device's are kept. */
	kept: number;
	/** Records changed on both devices, combined pupil by pupil. */
	combined: number;
	/** Records both had, the same. */
	same: number;
}

/** A record changed on both devices and combined pupil by pupil. */
export interface Combined {
	/** The check's title and date, or the adult and day of some outcomes. */
	what: string;
	fromBackup: number;
	fromHere: number;
}

export interface MergeReport {
	tables: Record<SchoolTable, TableMerge>;
	combined: Combined[];
	/** Groups that had an adult or a pupil booked twice in a slot and now wait for an adult. */
	unbooked: Group[];
}

export type Merge =
	| {
			ok: true;
			/** The school after the merge. */
			school: SchoolData;
			/** Only the records to write: those added or changed. */
			writes: SchoolRecords;
			report: MergeReport;
	  }
	| { ok: false; problems: string[] };

interface Versioned {
	id: string;
	updatedAt: number;
}

const none = (): TableMerge => ({ added: 0, updated: 0, kept: 0, combined: 0, same: 0 });

const latest = <T extends Versioned>(ours: T, theirs: T) => ({
	record: laterOf(ours, theirs, (r) => r.updatedAt, contentOf),
	both: false
});

/**
 * Merges one table record by record. Where both sides have a record and they differ (`same`
 * says, by default by their content), `combine` gives the merged one (by default the one
 * changed last) and whether it drew on both.
 */
function mergeTable<T extends Versioned>(
	here: readonly T[],
	there: readonly T[],
	combine: (ours: T, theirs: T) => { record: T; both: boolean } = latest,
	same: (a: T, b: T) => boolean = (a, b) => contentOf(a) === contentOf(b)
) {
	const merged = new Map(here.map((record) => [record.id, record]));
	const writes: T[] = [];
	const counts = none();
	for (const record of there) {
		const ours = merged.get(record.id);
		if (!ours) {
			counts.added++;
			merged.set(record.id, record);
			writes.push(record);
			continue;
		}
		if (same(ours, record)) {
			counts.same++;
			continue;
		}
		const { record: result, both } = combine(ours, record);
		if (result === ours || same(result, ours)) {
			counts.kept++;
			continue;
		}
		counts[both ? 'combined' : 'updated']++;
		merged.set(record.id, result);
		writes.push(result);
	}
	return { records: [...merged.values()], writes, counts };
}

/** The groups of a check that has been deleted are deleted with it, on whichever device. */
function withDeletedChecks(groups: readonly Group[], checks: readonly Check[]): Group[] {
	const deleted = new Map(
		checks.filter((check) => check.deletedAt !== null).map((c) => [c.id, c.deletedAt ?? 0])
	);
	return groups.map((group) => {
		const at = deleted.get(group.checkId);
		return at === undefined || group.deletedAt !== null
			? group
			: { ...group, deletedAt: at, updatedAt: Math.max(group.updatedAt, at) };
	});
}

const PROBLEMS = {
	demoHere:
		'This device holds the demo school: restore the backup instead of merging it, which replaces the demo.',
	demoThere: 'This backup is of the demo school: it cannot be merged into a real school.',
	otherSchool: (there: string, here: string) =>
		`This backup is of another school, ${there}, not ${here} on this device, even if they share a name. A backup can only be merged into the school it came from, so nothing was merged.`
} as const;

/**
 * Merges another device's backup into this device's school. Every record has one writer, so
 * the teacher's checks and the adults' outcomes never overwrite each other. Where one record
 * was changed on both devices anyway (the same teacher on two devices), a check or an adult's
 * outcomes are combined pupil by pupil, each pupil's latest change kept; other records, and a
 * check's groups taken together, come from the device that changed them last. The result is
 * the same whichever device merges into which.
 */
export function mergeSchools(here: SchoolData, there: SchoolData): Merge {
	if (here.settings.demo !== there.settings.demo) {
		return { ok: false, problems: [PROBLEMS[here.settings.demo ? 'demoHere' : 'demoThere']] };
	}
	if (here.settings.schoolId !== there.settings.schoolId) {
		return {
			ok: false,
			problems: [PROBLEMS.otherSchool(there.settings.schoolName, here.settings.schoolName)]
		};
	}
	const combined: Combined[] = [];
	const settings = mergeTable(
		[{ ...here.settings, lastBackupAt: null }],
		[{ ...there.settings, lastBackupAt: null }]
	);
	const adults = mergeTable(here.adults, there.adults);
	const classes = mergeTable(here.classes, there.classes);
	const pupils = mergeTable(here.pupils, there.pupils);
	const checks = mergeTable<Check>(here.checks, there.checks, (ours, theirs) => {
		const merge = mergeCheck(ours, theirs);
		const both = merge.fromHere > 0 && merge.fromThere > 0;
		if (both) {
			combined.push({
				what: `“${merge.check.title}” (${formatShortDate(merge.check.date)})`,
				fromBackup: merge.fromThere,
				fromHere: merge.fromHere
			});
		}
		return { record: merge.check, both };
	});
	const adultNames = new Map(
		[...here.adults, ...there.adults].map((adult) => [adult.id, adult.name])
	);
	const outcomes = mergeTable<DayOutcomes>(here.outcomes, there.outcomes, (ours, theirs) => {
		const merge = mergeDayOutcomes(ours, theirs);
		const both = merge.fromHere > 0 && merge.fromThere > 0;
		if (both) {
			combined.push({
				what: `the outcomes ${adultNames.get(ours.adultId ?? '') ?? 'an adult'} recorded on ${formatShortDate(ours.date)}`,
				fromBackup: merge.fromThere,
				fromHere: merge.fromHere
			});
		}
		return { record: merge.day, both };
	});
	const bank = mergeTable(here.bank, there.bank);
	const visits = mergeTable(here.visits, there.visits);
	const reports = mergeTable(here.reports, there.reports);
	// One tablet writes each, its every change a later updatedAt: the later of two copies holds
	// everything the earlier did, and two copies changed at the same moment are the same.
	const answers = mergeTable(
		here.answers,
		there.answers,
		latest,
		(a, b) => a.updatedAt === b.updatedAt && a.deletedAt === b.deletedAt
	);

	const groupMerge = mergeGroups(here.groups, there.groups);
	const book = new OutcomeBook(outcomes.records);
	const met = (group: Group) =>
		group.pupilIds.some((pupilId) => book.isRecorded(group.checkId, pupilId));
	const { groups, unbooked } = unbookClashes(
		withDeletedChecks(groupMerge.groups, checks.records),
		met
	);

	const school: SchoolData = {
		settings: { ...settings.records[0], lastBackupAt: here.settings.lastBackupAt },
		adults: adults.records,
		classes: classes.records,
		pupils: pupils.records,
		checks: checks.records,
		groups,
		outcomes: outcomes.records,
		bank: bank.records,
		visits: visits.records,
		reports: reports.records,
		answers: answers.records
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
	const groupTable = compareGroups(here.groups, groups);
	const writes: SchoolRecords = {
		settings: settings.writes.length > 0 ? [school.settings] : [],
		adults: adults.writes,
		classes: classes.writes,
		pupils: pupils.writes,
		checks: checks.writes,
		groups: groupTable.writes,
		outcomes: outcomes.writes,
		bank: bank.writes,
		visits: visits.writes,
		reports: reports.writes,
		answers: answers.writes
	};
	const report: MergeReport = {
		tables: {
			settings: settings.counts,
			adults: adults.counts,
			classes: classes.counts,
			pupils: pupils.counts,
			checks: checks.counts,
			groups: groupTable.counts,
			outcomes: outcomes.counts,
			bank: bank.counts,
			visits: visits.counts,
			reports: reports.counts,
			answers: answers.counts
		},
		combined,
		unbooked
	};
	return { ok: true, school, writes, report };
}

/** How the merged groups differ from this device's: what to write, counted for the report. */
function compareGroups(before: readonly Group[], after: readonly Group[]) {
	const ours = new Map(before.map((group) => [group.id, group]));
	const counts = none();
	const writes: Group[] = [];
	for (const group of after) {
		const old = ours.get(group.id);
		if (old && contentOf(old) === contentOf(group)) {
			counts.same++;
			continue;
		}
		counts[old ? 'updated' : 'added']++;
		writes.push(group);
	}
	return { writes, counts };
}
