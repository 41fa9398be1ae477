import {
	SchoolDataSchema,
	SchoolTablesSchema,
	type SchoolData,
	type SchoolRecords
} from '$lib/domain/model/school';
import { problemsOf } from '$lib/domain/model/problems';
import { referenceProblems } from '$lib/domain/model/references';
import { SETTINGS_KEY } from '$lib/domain/settings';
import { db } from './database';
import { ValidationError } from './validate';

export { SchoolDataSchema };

/**
 * Replaces everything on this device with one school, all or nothing. Each table is checked
 * while IndexedDB stores the tables checked before it, and how the records point at each other
 * last: a problem anywhere aborts the one transaction, which leaves the device as it was.
 */
export async function replaceSchool(school: SchoolData): Promise<void> {
	await db.transaction('rw', db.tables, async () => {
		await clearTables();
		const writes: Promise<unknown>[] = [];
		const problems: string[] = [];
		const valid = {} as Record<keyof SchoolData, unknown>;
		for (const [table, schema] of Object.entries(SchoolTablesSchema.shape)) {
			const name = table as keyof SchoolData;
			const result = schema.safeParse(school[name]);
			if (!result.success) problems.push(...problemsOf(result.error));
			else if (problems.length === 0) {
				valid[name] = result.data;
				writes.push(
					db.table(name).bulkPut(Array.isArray(result.data) ? result.data : [result.data])
				);
			}
		}
		if (problems.length === 0) problems.push(...referenceProblems(valid as SchoolData));
		// The writes already asked for finish before the transaction is aborted, undoing them.
		await Promise.all(writes);
		if (problems.length > 0) throw new ValidationError([...new Set(problems)]);
	});
}

async function clearTables(): Promise<void> {
	await Promise.all(db.tables.map((table) => table.clear()));
}

/**
 * Writes a school that has already been validated whole (a backup read by readBackup) in
 * place of everything on this device, in one transaction. Anything else goes through
 * replaceSchool.
 */
export async function writeSchool(school: SchoolData): Promise<void> {
	await db.transaction('rw', db.tables, async () => {
		await clearTables();
		await putRecords({ ...school, settings: [school.settings] });
	});
}

/**
 * Puts validated records into their tables, within the caller's transaction. The tables are
 * written side by side: the page prepares one table's records while IndexedDB stores another's.
 */
export async function putRecords(records: SchoolRecords): Promise<void> {
	await Promise.all([
		db.settings.bulkPut(records.settings),
		db.adults.bulkPut(records.adults),
		db.classes.bulkPut(records.classes),
		db.pupils.bulkPut(records.pupils),
		db.checks.bulkPut(records.checks),
		db.groups.bulkPut(records.groups),
		db.outcomes.bulkPut(records.outcomes),
		db.bank.bulkPut(records.bank),
		db.visits.bulkPut(records.visits),
		db.reports.bulkPut(records.reports),
		db.answers.bulkPut(records.answers)
	]);
}

/** Everything on this device, tombstones too, read at one moment; null when no school is set up. */
export async function readSchool(): Promise<SchoolData | null> {
	return db.transaction('r', db.tables, async () => {
		const settings = await db.settings.get(SETTINGS_KEY);
		if (!settings) return null;
		const all = await Promise.all([
			db.adults.toArray(),
			db.classes.toArray(),
			db.pupils.toArray(),
			db.checks.toArray(),
			db.groups.toArray(),
			db.outcomes.toArray(),
			db.bank.toArray(),
			db.visits.toArray(),
			db.reports.toArray(),
			db.answers.toArray()
		]);
		const [adults, classes, pupils, checks, groups, outcomes, bank, visits, reports, answers] = all;
		return {
			settings,
			adults,
			classes,
			pupils,
			checks,
			groups,
			outcomes,
			bank,
			visits,
			reports,
			answers
		};
	});
}

/** Erases every record on this device: for the demo school, shared tablets and leavers. */
export async function eraseSchool(): Promise<void> {
	await db.transaction('rw', db.tables, async () => {
		await Promise.all(db.tables.map((table) => table.clear()));
	});
}
