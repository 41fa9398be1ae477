import type { Table } from 'dexie';
import { changedEntry, type OutboxEntry } from '$lib/domain/sync/outbox';
import { SYNCED_TABLES, type SyncedRecord, type SyncedTable } from '$lib/domain/sync/tables';
import { docId } from '$lib/domain/sync/documents';
import { db } from '../database';

/** The records of one document as this device has them now, with the entries that changed it. */
export interface Outgoing {
	docId: string;
	table: string;
	key: string;
	spec: SyncedTable;
	records: SyncedRecord[];
	entries: OutboxEntry[];
}

function tableOf(name: string): Table<SyncedRecord, string> {
	return db.table(name);
}

/**
 * The next changes to send, as documents: each entry's record, and for a table whose records
 * share a document (a check's groups) every record of that document. An entry whose record is
 * no longer here (erased) is dropped.
 */
export async function nextOutgoing(limit: number): Promise<Outgoing[]> {
	const entries = await db.outbox.where('state').equals('new').limit(limit).toArray();
	const docs = new Map<string, Outgoing>();
	const gone: string[] = [];
	for (const [table, spec] of Object.entries(SYNCED_TABLES)) {
		const mine = entries.filter((entry) => entry.table === table);
		if (mine.length === 0) continue;
		const records = await tableOf(table).bulkGet(mine.map((entry) => entry.key));
		mine.forEach((entry, i) => {
			const record = records[i];
			if (!record) return gone.push(entry.id);
			const key = spec.docKey(record);
			const id = docId(table, key);
			const doc = docs.get(id) ?? { docId: id, table, key, spec, records: [], entries: [] };
			doc.entries.push(entry);
			if (!spec.index) doc.records = [record];
			docs.set(id, doc);
		});
		if (spec.index) {
			const keys = [...docs.values()].filter((doc) => doc.table === table).map((doc) => doc.key);
			for (const record of await tableOf(table).where(spec.index).anyOf(keys).toArray()) {
				docs.get(docId(table, spec.docKey(record)))?.records.push(record);
			}
		}
	}
	if (gone.length > 0) await db.outbox.bulkDelete(gone);
	return [...docs.values()];
}

/**
 * Records what became of entries that were read a moment ago, unless their record has changed
 * here again since: that change is still to go.
 */
export async function updateEntries(updated: readonly OutboxEntry[]): Promise<void> {
	if (updated.length === 0) return;
	await db.transaction('rw', db.outbox, async () => {
		const now = await db.outbox.bulkGet(updated.map((entry) => entry.id));
		await db.outbox.bulkPut(updated.filter((entry, i) => now[i]?.stamp === entry.stamp));
	});
}

/** The server holds these revisions: their entries are done with. */
export async function confirmSent(revisions: readonly { id: string; rev: string }[]) {
	if (revisions.length === 0) return;
	await db.transaction('rw', db.outbox, async () => {
		const sent = new Set(revisions.map(({ id, rev }) => `${id}@${rev}`));
		const entries = await db.outbox
			.where('docId')
			.anyOf(revisions.map(({ id }) => id))
			.toArray();
		await db.outbox.bulkDelete(
			entries
				.filter((entry) => entry.state === 'moved' && sent.has(`${entry.docId}@${entry.rev}`))
				.map((entry) => entry.id)
		);
	});
}

/** Entries on their way, to ask the server whether it has them. */
export function movedEntries(): Promise<OutboxEntry[]> {
	return db.outbox.where('state').equals('moved').toArray();
}

/** The server refused a document: its entries on the way are kept here, not sent again. */
export async function refuseSent(id: string, reason: string): Promise<void> {
	await db.outbox
		.where('docId')
		.equals(id)
		.modify((entry) => {
			if (entry.state === 'moved') Object.assign(entry, { state: 'refused', reason });
		});
}

/**
 * Puts every record this account may write into the outbox, when a device that already holds
 * a school starts to sync: the server then gets all of it, and combines it with what it has.
 */
export async function enqueueEverything(
	mayWrite: (table: string, record: SyncedRecord) => boolean
): Promise<number> {
	return db.transaction('rw', [...Object.keys(SYNCED_TABLES), 'outbox'], async () => {
		const entries: OutboxEntry[] = [];
		for (const table of Object.keys(SYNCED_TABLES)) {
			for (const record of await tableOf(table).toArray()) {
				if (mayWrite(table, record)) entries.push(changedEntry(table, record.id));
			}
		}
		await db.outbox.bulkPut(entries);
		return entries.length;
	});
}

/** Held and refused changes are looked at again: another person signed in, or was given rights. */
export async function sendAgain(states: readonly OutboxEntry['state'][]): Promise<void> {
	await db.outbox
		.where('state')
		.anyOf([...states])
		.modify((entry) => {
			Object.assign(entry, { state: 'new', reason: null });
		});
}

/** How many changes wait, by what is happening to them. */
export async function outboxCounts(): Promise<Record<OutboxEntry['state'], number>> {
	const states = ['new', 'moved', 'held', 'refused'] as const;
	const counts = await Promise.all(
		states.map((state) => db.outbox.where('state').equals(state).count())
	);
	return Object.fromEntries(states.map((state, i) => [state, counts[i]])) as Record<
		OutboxEntry['state'],
		number
	>;
}

/** The changes that are held or refused, with why, for the person to see. */
export function stoppedEntries(): Promise<OutboxEntry[]> {
	return db.outbox.where('state').anyOf(['held', 'refused']).toArray();
}
