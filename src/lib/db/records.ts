import type { InsertType, Table } from 'dexie';
import type { z } from 'zod';
import { validate } from './validate';

/**
 * Changes one record inside the caller's transaction: the current record with `changes`,
 * validated, checked by `check` (a rule across records), then written with a new `updatedAt`.
 */
export async function changeRecord<T extends { id: string }>(
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

/** The record with this id; an error the user can read when it has gone (another tab, an erase). */
export async function mustGet<T extends { id: string }>(
	table: Table<T, string, InsertType<T, 'id'>>,
	id: string
): Promise<T> {
	const record = await table.get(id);
	if (!record)
		throw new Error(`This ${NOUNS[table.name] ?? 'record'} is no longer on this device.`);
	return record;
}

const NOUNS: Record<string, string> = { adults: 'adult', classes: 'class', pupils: 'pupil' };
