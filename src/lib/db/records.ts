import type { Collection, InsertType, Table } from 'dexie';
import type { z } from 'zod';
import { validate, ValidationError } from './validate';

/**
 * Changes one record inside the caller's transaction: the current record with `changes`,
 * validated, checked by `check` (a rule across records), then written with a new `updatedAt`.
 */
export async function changeRecord<T extends { id: string; deletedAt: number | null }>(
	table: Table<T, string, InsertType<T, 'id'>>,
	schema: z.ZodType<T>,
	id: string,
	changes: Partial<T>,
	check?: (next: T) => Promise<void>
): Promise<T> {
	const next = validate(schema, {
		...(await mustGet(table, id)),
		...changes,
		updatedAt: Date.now()
	});
	if (check) await check(next);
	await table.put(next);
	return next;
}

/**
 * The record with this id; an error the user can read when it has gone (deleted here or on
 * another device, or erased).
 */
export async function mustGet<T extends { id: string; deletedAt: number | null }>(
	table: Table<T, string, InsertType<T, 'id'>>,
	id: string
): Promise<T> {
	const record = await table.get(id);
	const noun = NOUNS[table.name] ?? 'record';
	if (!record) throw new ValidationError([`This ${noun} is no longer on this device.`]);
	if (record.deletedAt !== null) throw new ValidationError([`This ${noun} has been removed.`]);
	return record;
}

const NOUNS: Record<string, string> = {
	adults: 'adult',
	classes: 'class',
	pupils: 'pupil',
	checks: 'check',
	groups: 'group',
	visits: 'visit'
};

/**
 * Every record of a table, or of a range of it, but its tombstones. Read whole and filtered
 * here: reading a range whole is the fastest IndexedDB offers (a filter in the query would step
 * a cursor through the records, one at a time), and live queries follow it in every browser.
 */
export async function liveRecords<T extends { id: string; deletedAt: number | null }>(
	records: Table<T, string, InsertType<T, 'id'>> | Collection<T, string, InsertType<T, 'id'>>
): Promise<T[]> {
	return (await records.toArray()).filter((record) => record.deletedAt === null);
}
