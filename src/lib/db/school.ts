import type { SchoolData, SchoolRecords } from '$lib/domain/model/school';
import { SETTINGS_KEY } from '$lib/domain/settings';
import { db } from './database';

async function clearTables(): Promise<void> {
	await Promise.all(db.tables.map((table) => table.clear()));
}

/**
 * Writes a school known to be valid in place of everything on this device, in one
 * transaction: a backup that readBackup has validated whole, or the demo school, which the
 * app's own code makes and its tests check against the school's schema (validating a
 * whole-school year again took a fifth of the time to store it).
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
