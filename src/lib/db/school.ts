import { SchoolDataSchema, type SchoolData, type SchoolRecords } from '$lib/domain/model/school';
import { SETTINGS_KEY } from '$lib/domain/settings';
import { db } from './database';
import { validate } from './validate';

export { SchoolDataSchema };

/** Replaces everything on this device with one school, all or nothing. */
export async function replaceSchool(school: SchoolData): Promise<void> {
	await writeSchool(validate(SchoolDataSchema, school));
}

/**
 * Writes a school that has already been validated whole (a backup read by readBackup) in
 * place of everything on this device, in one transaction. Anything else goes through
 * replaceSchool.
 */
export async function writeSchool(school: SchoolData): Promise<void> {
	await db.transaction('rw', db.tables, async () => {
		await Promise.all(db.tables.map((table) => table.clear()));
		await putRecords({ ...school, settings: [school.settings] });
	});
}

/** Puts validated records into their tables, within the caller's transaction. */
export async function putRecords(records: SchoolRecords): Promise<void> {
	await db.settings.bulkPut(records.settings);
	await db.adults.bulkPut(records.adults);
	await db.classes.bulkPut(records.classes);
	await db.pupils.bulkPut(records.pupils);
	await db.checks.bulkPut(records.checks);
	await db.groups.bulkPut(records.groups);
	await db.outcomes.bulkPut(records.outcomes);
	await db.bank.bulkPut(records.bank);
	await db.visits.bulkPut(records.visits);
	await db.reports.bulkPut(records.reports);
	await db.answers.bulkPut(records.answers);
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
