/**
 * A change made on this device that the school's server has not yet confirmed. It is written
 * in the same transaction as the change itself, so that a crash between the two cannot lose
 * it, and it is removed only once the server holds the revision it went out as.
 */
export interface OutboxEntry {
	/** The changed record: its table and id (`checks:<id>`). */
	id: string;
	table: string;
	key: string;
	/** Made anew at each change of the record, so that a later change is never taken as sent. */
	stamp: number;
	/**
	 * new: not yet in the sync store; moved: in it, as revision `rev` of document `docId`,
	 * on its way to the server; held: this account may not make it, so it waits on this
	 * device for someone who may; refused: the server said no, and it is not sent again.
	 */
	state: 'new' | 'moved' | 'held' | 'refused';
	docId: string | null;
	rev: string | null;
	/** Why it is held or refused, in the server's words. */
	reason: string | null;
}

/** A fact this device keeps about its sync, such as how far into the changes it has read. */
export interface SyncStateRow {
	id: string;
	value: unknown;
}

export function outboxId(table: string, key: string): string {
	return `${table}:${key}`;
}

/** A fresh entry for a record just changed here. */
export function changedEntry(table: string, key: string): OutboxEntry {
	return {
		id: outboxId(table, key),
		table,
		key,
		stamp: Math.random(),
		state: 'new',
		docId: null,
		rev: null,
		reason: null
	};
}
