import type { Table } from 'dexie';
import { contentOf } from '$lib/domain/merge/order';
import type { SyncedRecord, SyncedTable } from '$lib/domain/sync/tables';
import { db } from '../database';
import { fromServer } from './capture';

/** A document's records as the sync store holds them now. */
export interface Incoming {
	docId: string;
	table: string;
	key: string;
	spec: SyncedTable;
	records: SyncedRecord[];
	/** Already combined from versions changed on two devices at once. */
	combined?: boolean;
}

/** What applying the server's records did. */
export interface Applied {
	/** Documents changed on this device and on another at once, combined pupil by pupil. */
	combined: Incoming[];
	/** Days on which groups arrived: a teacher's own groups may now clash with them. */
	groupDays: string[];
	/** Checks whose pupils' answers arrived from a tablet, to be taken into the check. */
	answerChecks: string[];
}

/** What several applications of the server's records did, as one. */
export function joinApplied(all: readonly Applied[]): Applied {
	return {
		combined: all.flatMap((applied) => applied.combined),
		groupDays: [...new Set(all.flatMap((applied) => applied.groupDays))],
		answerChecks: [...new Set(all.flatMap((applied) => applied.answerChecks))]
	};
}

function tableOf(name: string): Table<SyncedRecord, string> {
	return db.table(name);
}

/** This device's records of each of these documents of one table, by document key. */
async function localRecords(spec: SyncedTable, table: string, keys: string[]) {
	const found = spec.index
		? await tableOf(table).where(spec.index).anyOf(keys).toArray()
		: (await tableOf(table).bulkGet(keys)).filter((record) => record !== undefined);
	const byKey = new Map<string, SyncedRecord[]>();
	for (const record of found) {
		const key = spec.docKey(record);
		byKey.set(key, [...(byKey.get(key) ?? []), record]);
	}
	return byKey;
}

/** The incoming record with this device's own fields (its last backup) kept. */
function withDeviceFields(
	spec: SyncedTable,
	record: SyncedRecord,
	local?: SyncedRecord
): SyncedRecord {
	if (!spec.deviceOnly || !local) return record;
	const kept = Object.fromEntries(
		spec.deviceOnly.map((field) => [field, (local as unknown as Record<string, unknown>)[field]])
	);
	return { ...record, ...kept };
}

/**
 * Writes the server's records into this device's database, in one transaction marked as
 * coming from the server, so that nothing of it goes back out as a change of this device.
 * Where a record also has a change here that has not yet gone out, the two are combined by
 * the table's merge, and the change stays in the outbox to carry the combined record out.
 * `position` is how far into the sync store's changes this brings the device, kept in the
 * same transaction so that a crash can only make it read a change again, never skip one.
 */
export async function applyFromServer(
	docs: readonly Incoming[],
	position: string | number | null
): Promise<Applied> {
	const tables = [...new Set(docs.map((doc) => doc.table))];
	const applied: Applied = { combined: [], groupDays: [], answerChecks: [] };
	await db.transaction('rw', [...tables, 'outbox', 'syncState'], async (tx) => {
		fromServer(tx);
		// A new device has nothing of its own yet: nothing to read back or to combine.
		const anyUnsent =
			(await db.outbox.where('state').anyOf(['new', 'held', 'refused']).count()) > 0;
		for (const table of tables) {
			const ofTable = docs.filter((doc) => doc.table === table);
			const spec = ofTable[0].spec;
			const local =
				(await tableOf(table).count()) === 0
					? new Map<string, SyncedRecord[]>()
					: await localRecords(
							spec,
							table,
							ofTable.map((doc) => doc.key)
						);
			const ids = ofTable.flatMap((doc) => [
				...doc.records.map((record) => record.id),
				...(local.get(doc.key) ?? []).map((record) => record.id)
			]);
			const unsent = new Set(
				(anyUnsent ? await db.outbox.bulkGet(ids.map((id) => `${table}:${id}`)) : [])
					.filter((entry) => entry !== undefined && entry.state !== 'moved')
					.map((entry) => entry?.key)
			);
			const writes: SyncedRecord[] = [];
			for (const doc of ofTable) {
				const here = local.get(doc.key) ?? [];
				const byId = new Map(here.map((record) => [record.id, record]));
				let records = doc.records;
				if (doc.combined) applied.combined.push(doc);
				const changedHere = [...byId.keys(), ...records.map((r) => r.id)].some((id) =>
					unsent.has(id)
				);
				if (changedHere && here.length > 0) {
					const merged = spec.merge(here, doc.records);
					records = merged.records;
					if (merged.both) applied.combined.push({ ...doc, records });
				}
				for (const record of records) {
					const before = byId.get(record.id);
					const next = withDeviceFields(spec, record, before);
					if (!before || contentOf(next) !== contentOf(before)) writes.push(next);
				}
			}
			if (writes.length === 0) continue;
			await tableOf(table).bulkPut(writes);
			if (table === 'groups') {
				applied.groupDays.push(
					...writes.map((group) => (group as SyncedRecord & { date: string }).date)
				);
			}
			if (table === 'answers') {
				applied.answerChecks.push(
					...writes.map((answers) => (answers as SyncedRecord & { checkId: string }).checkId)
				);
			}
		}
		if (position !== null) await db.syncState.put({ id: 'feed', value: position });
	});
	applied.groupDays = [...new Set(applied.groupDays)];
	applied.answerChecks = [...new Set(applied.answerChecks)];
	return applied;
}
