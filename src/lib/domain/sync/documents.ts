import { packRecord, PackedRecordSchema } from '../backup/bytes';
import type { StoredRecord } from '../migrations';
import { problemsOf } from '../model/problems';
import { syncedTable, type SyncedRecord, type SyncedTable } from './tables';

/**
 * A document of the school's database: one table's records, packed as in a backup (typed
 * arrays as base64). Its id is the table and the key of its records, so every device names
 * the same records the same way.
 */
export interface SchoolDoc {
	_id: string;
	_rev?: string;
	_deleted?: boolean;
	_conflicts?: string[];
	table: string;
	records: StoredRecord[];
}

export function docId(table: string, key: string): string {
	return `${table}:${key}`;
}

/** The table a document belongs to, from its id. */
export function tableOfDoc(id: string): string {
	return id.slice(0, id.indexOf(':'));
}

/** A record without the fields that stay on this device. */
export function sharedPart<T extends SyncedRecord>(spec: SyncedTable, record: T): T {
	if (!spec.deviceOnly) return record;
	const shared: Record<string, unknown> = { ...(record as object) };
	for (const field of spec.deviceOnly) shared[field] = null;
	return shared as unknown as T;
}

/**
 * The same value with every object's keys in one order, so that two devices writing the same
 * records write the same bytes: the server then sees one revision, not two that conflict.
 */
function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (value === null || typeof value !== 'object') return value;
	const object = value as Record<string, unknown>;
	return Object.fromEntries(
		Object.keys(object)
			.sort()
			.map((key) => [key, canonical(object[key])])
	);
}

const byId = (a: SyncedRecord, b: SyncedRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The document holding these records of a table (all the records of one key). */
export function encodeDoc(table: string, key: string, records: readonly SyncedRecord[]) {
	const spec = syncedTable(table);
	if (!spec) throw new Error(`${table} does not sync`);
	return {
		_id: docId(table, key),
		table,
		records: [...records]
			.sort(byId)
			.map((record) => canonical(packRecord(sharedPart(spec, record) as never)) as StoredRecord)
	};
}

/** Whether two documents hold the same records. */
export function sameRecords(a: Pick<SchoolDoc, 'records'>, b: Pick<SchoolDoc, 'records'>) {
	return JSON.stringify(a.records) === JSON.stringify(b.records);
}

export type DecodedDoc =
	| { ok: true; table: string; spec: SyncedTable; records: SyncedRecord[] }
	| { ok: false; problem: string };

/**
 * The records of a document from the server, each unpacked and checked by its table's schema
 * before it may reach this device's database. A table this version of Keep Up does not know
 * (from a newer version on another device) is left for later.
 */
export function decodeDoc(doc: unknown): DecodedDoc {
	const { _id: id, table, records } = (doc ?? {}) as Partial<SchoolDoc>;
	const spec = typeof table === 'string' ? syncedTable(table) : null;
	if (typeof id !== 'string' || !spec || tableOfDoc(id) !== table || !Array.isArray(records)) {
		return { ok: false, problem: 'unknown' };
	}
	const decoded: SyncedRecord[] = [];
	for (const packed of records) {
		const unpacked = PackedRecordSchema.safeParse(packed);
		const parsed = unpacked.success ? spec.schema.safeParse(unpacked.data) : unpacked;
		if (!parsed.success) {
			return { ok: false, problem: problemsOf(parsed.error).join(' ') };
		}
		decoded.push(parsed.data);
	}
	return { ok: true, table, spec, records: decoded };
}
