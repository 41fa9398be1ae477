import { applyFromServer, joinApplied, type Applied, type Incoming } from '$lib/db/sync/apply';
import {
	confirmSent,
	movedEntries,
	nextOutgoing,
	refuseSent,
	updateEntries
} from '$lib/db/sync/outbox';
import { db } from '$lib/db/database';
import { refusal, type Account } from '$lib/domain/sync/access';
import { decodeDoc, encodeDoc, sameRecords, type SchoolDoc } from '$lib/domain/sync/documents';
import type { OutboxEntry } from '$lib/domain/sync/outbox';
import type { SyncedRecord } from '$lib/domain/sync/tables';
import type { Store } from './pouch';

/** How many changes the bridge moves at a time: big enough for a first sync, small enough to stay quick. */
const BATCH = 250;

/** How many of the replica's changes are put in place at a time: a first sync has thousands. */
const RECEIVE_BATCH = 1000;

/** How many of the server's documents a new device reads at a time in its first pull. */
const PULL_PAGE = 1000;

/** Where the two replications of a new device carry on from after its first pull. */
export interface PulledUpTo {
	server: number | string;
	replica: number | string;
}

export interface BridgeEvents {
	/** Records arrived from the server and are now in this device's database. */
	applied(applied: Applied): void;
	/** A document from the server could not be read, and was left out. */
	unreadable(docId: string, problem: string): void;
}

/**
 * Moves changes between this device's database (Dexie, the app's store) and its replica of
 * the school's database (PouchDB, which the replication keeps in step with the server).
 * Out: each change waits in the outbox, written with the change itself; the bridge writes it
 * into the replica as a document and notes the revision, and the entry goes once the server
 * holds that revision. In: the replica's changes are read in order, checked, and written to
 * the app's store marked as from the server, so they never come back out as local changes.
 * Two versions of one document (a conflict) are combined by the table's merge, the same on
 * every device. Every step runs one at a time, in order.
 */
export class Bridge {
	#local: Store;
	#account: Account;
	#schoolId: string;
	#events: BridgeEvents;
	#queue: Promise<unknown> = Promise.resolve();
	/** Revisions this device wrote itself: when they come round in the changes, they are not news. */
	#written = new Set<string>();
	/** Documents this device wrote that the server may not have yet: the only ones to push. */
	#outgoing = new Set<string>();

	constructor(local: Store, account: Account, schoolId: string, events: BridgeEvents) {
		this.#local = local;
		this.#account = account;
		this.#schoolId = schoolId;
		this.#events = events;
	}

	/** Picks up the documents still on their way when the app last closed. */
	async load(): Promise<void> {
		for (const entry of await movedEntries()) if (entry.docId) this.#outgoing.add(entry.docId);
	}

	/**
	 * Whether the replication should offer a document to the server. Most of the replica came
	 * from the server: asking it about each of a school year's documents after a first sync
	 * takes longer than the first sync itself.
	 */
	pushes(docId: string): boolean {
		return this.#outgoing.has(docId);
	}

	/**
	 * The push's options. Its filter is one function for every push: the replication names its
	 * checkpoint by the filter's text, so the live push carries on where a first one ended.
	 */
	readonly push = { filter: (doc: { _id: string }) => this.pushes(doc._id) };

	/** Runs a step after the ones before it, whatever became of them. */
	#run<T>(step: () => Promise<T>): Promise<T> {
		const next = this.#queue.then(step, step);
		this.#queue = next.catch(() => undefined);
		return next;
	}

	/** Puts this device's waiting changes into the replica, until none is left. */
	send(): Promise<number> {
		return this.#run(async () => {
			let sent = 0;
			for (;;) {
				const moved = await this.#sendBatch();
				if (moved === 0) return sent;
				sent += moved;
			}
		});
	}

	async #sendBatch(): Promise<number> {
		const outgoing = await nextOutgoing(BATCH);
		if (outgoing.length === 0) return 0;
		const current = await this.#local.allDocs({
			keys: outgoing.map((doc) => doc.docId),
			include_docs: true
		});
		const updates: OutboxEntry[] = [];
		const writes: SchoolDoc[] = [];
		const waiting: OutboxEntry[][] = [];
		outgoing.forEach((doc, i) => {
			const row = current.rows[i];
			const before = 'doc' in row && row.doc ? (row.doc as unknown as SchoolDoc) : null;
			const next: SchoolDoc = encodeDoc(doc.table, doc.key, doc.records);
			const refused = refusal(this.#account, this.#schoolId, next, before);
			if (refused) {
				updates.push(
					...doc.entries.map((entry) => ({ ...entry, state: 'held' as const, reason: refused }))
				);
			} else if (before && !before._deleted && sameRecords(before, next)) {
				updates.push(...doc.entries.map((entry) => moved(entry, doc.docId, before._rev ?? null)));
			} else {
				writes.push(before?._rev ? { ...next, _rev: before._rev } : next);
				waiting.push(doc.entries);
			}
		});
		const results = writes.length > 0 ? await this.#local.bulkDocs(writes as never[]) : [];
		results.forEach((result, i) => {
			// A conflict means the server's version arrived meanwhile: it is combined with this
			// change when it is read in, and the change goes out again after that.
			if (!('ok' in result) || !result.ok) return;
			this.#written.add(`${result.id}@${result.rev}`);
			this.#outgoing.add(result.id);
			updates.push(...waiting[i].map((entry) => moved(entry, result.id, result.rev)));
		});
		await updateEntries(updates);
		return updates.length;
	}

	/** Reads the replica's changes since last time into this device's database. */
	receive(): Promise<void> {
		return this.#run(async () => {
			for (;;) {
				const position = (await db.syncState.get('feed'))?.value as string | number | undefined;
				const changes = await this.#local.changes({
					since: position ?? 0,
					limit: RECEIVE_BATCH,
					include_docs: true,
					conflicts: true
				});
				if (changes.results.length === 0) return;
				const incoming: Incoming[] = [];
				for (const change of changes.results) {
					const doc = change.doc as unknown as SchoolDoc | undefined;
					if (!doc || change.id.startsWith('_design/') || change.deleted) continue;
					if (this.#written.delete(`${change.id}@${doc._rev}`) && !doc._conflicts) continue;
					const records = doc._conflicts?.length ? await this.#resolve(doc) : this.#decode(doc);
					if (records) incoming.push(records);
				}
				this.#events.applied(await applyFromServer(incoming, changes.last_seq));
			}
		});
	}

	/**
	 * A new device's first pull, without the replication's round trips: the server's documents
	 * are read in pages and each page is written both into the replica, with the revisions the
	 * server gave them (as the replication would write them), and into the app's store, rather
	 * than into the replica first and read out of it again. Only for a device with nothing of
	 * its own yet, which has nothing to combine with what arrives.
	 *
	 * Returns where each replication carries on from: the server's position from before the
	 * first page (whatever changed meanwhile comes through the pull as usual), and the replica's
	 * once the server's documents are in it, so the push need not look at them one by one.
	 */
	pullEverything(server: Store, pulled: (docs: number) => void): Promise<PulledUpTo> {
		return this.#run(async () => {
			const { update_seq: since } = await server.info();
			const page = (after: string | null) =>
				server.allDocs({
					include_docs: true,
					conflicts: true,
					limit: PULL_PAGE,
					...(after === null ? {} : { startkey: after, skip: 1 })
				});
			const applied: Applied[] = [];
			const conflicted: SchoolDoc[] = [];
			let next = page(null);
			let done = 0;
			for (;;) {
				const { rows } = await next;
				if (rows.length === 0) break;
				// The next page is on its way while this one is written.
				next = page(rows[rows.length - 1].id);
				const docs = rows.flatMap((row) => (row.doc ? [row.doc as unknown as SchoolDoc] : []));
				const school = docs.filter((doc) => !doc._id.startsWith('_design/'));
				conflicted.push(...school.filter((doc) => doc._conflicts?.length));
				// The replica and the app's store are separate databases: both are written at once.
				const [, ofPage] = await Promise.all([
					this.#withLosers(server, docs).then((versions) =>
						this.#local.bulkDocs(versions as never[], { new_edits: false })
					),
					applyFromServer(this.#decodeAll(school.filter((doc) => !doc._conflicts?.length)), null)
				]);
				applied.push(ofPage);
				done += rows.length;
				pulled(done);
			}
			// What the replica holds now came in here: its changes need not be read again.
			const { update_seq: replica } = await this.#local.info();
			await db.syncState.put({ id: 'feed', value: replica });
			// Combined after that, so that the combinations go out with the push.
			const combined: Incoming[] = [];
			for (const doc of conflicted) {
				const records = await this.#resolve(doc);
				if (records) combined.push(records);
			}
			if (combined.length > 0) applied.push(await applyFromServer(combined, null));
			// Told once, at the end: what follows from it (answers taken in, clashes settled) then
			// runs once, rather than after every page and in the way of the next.
			this.#events.applied(joinApplied(applied));
			return { server: since, replica };
		});
	}

	#decodeAll(docs: readonly SchoolDoc[]): Incoming[] {
		return docs.flatMap((doc) => this.#decode(doc) ?? []);
	}

	/**
	 * The documents as the replica should hold them: each version of a document changed on two
	 * devices at once too, so that the replica can combine them as it does for the replication.
	 */
	async #withLosers(server: Store, docs: SchoolDoc[]): Promise<SchoolDoc[]> {
		const versions: SchoolDoc[] = [];
		for (const doc of docs) {
			const { _conflicts: conflicts, ...winner } = doc;
			versions.push(winner);
			if (!conflicts?.length) continue;
			const leaves = (await server.get(doc._id, { open_revs: conflicts })) as unknown as {
				ok?: SchoolDoc;
			}[];
			for (const leaf of leaves) if (leaf.ok) versions.push(leaf.ok);
		}
		return versions;
	}

	#decode(doc: SchoolDoc): Incoming | null {
		const decoded = decodeDoc(doc);
		if (!decoded.ok) {
			if (decoded.problem !== 'unknown') this.#events.unreadable(doc._id, decoded.problem);
			return null;
		}
		const key = doc._id.slice(decoded.table.length + 1);
		return {
			docId: doc._id,
			table: decoded.table,
			key,
			spec: decoded.spec,
			records: decoded.records
		};
	}

	/**
	 * A document changed on two devices at once has two versions: they are combined by the
	 * table's merge in the order of their revisions, so every device makes the same record, and
	 * the combined record is written over the winner while the other versions are deleted.
	 * Devices that do this at the same moment write identical revisions, which do not conflict.
	 * An account that may not write the table leaves that to one that may, and shows the
	 * combination meanwhile.
	 */
	async #resolve(winner: SchoolDoc): Promise<Incoming | null> {
		const leaves = (await this.#local.get(winner._id, { open_revs: 'all' })) as unknown as {
			ok?: SchoolDoc;
		}[];
		const versions = leaves
			.map((leaf) => leaf.ok)
			.filter((doc): doc is SchoolDoc => doc !== undefined && !doc._deleted)
			.sort((a, b) => ((a._rev ?? '') < (b._rev ?? '') ? -1 : 1))
			.map((doc) => this.#decode(doc))
			.filter((doc): doc is Incoming => doc !== null);
		if (versions.length === 0) return null;
		let records: SyncedRecord[] = versions[0].records;
		let both = false;
		for (const version of versions.slice(1)) {
			const merged = version.spec.merge(records, version.records);
			records = merged.records;
			both ||= merged.both;
		}
		const combined = { ...versions[0], records, combined: both };
		const next: SchoolDoc = encodeDoc(combined.table, combined.key, records);
		if (refusal(this.#account, this.#schoolId, next, winner)) return combined;
		const losers = (winner._conflicts ?? []).map((rev) => ({
			_id: winner._id,
			_rev: rev,
			_deleted: true
		}));
		const writes = sameRecords(winner, next) ? losers : [{ ...next, _rev: winner._rev }, ...losers];
		await this.#local.bulkDocs(writes);
		this.#outgoing.add(winner._id);
		return combined;
	}

	/** The server took these revisions: their changes are done with. */
	sent(docs: readonly { _id: string; _rev?: string }[]): Promise<void> {
		return this.#run(() =>
			confirmSent(docs.flatMap((doc) => (doc._rev ? [{ id: doc._id, rev: doc._rev }] : [])))
		);
	}

	/** The server refused a document: its changes stay on this device and are not sent again. */
	refused(docId: string, reason: string): Promise<void> {
		return this.#run(() => refuseSent(docId, reason));
	}

	/**
	 * Asks the server which revisions on their way it already holds, when the replication has
	 * caught up: their entries are done with, even those the replication did not report.
	 */
	confirm(server: Store): Promise<void> {
		return this.#run(async () => {
			const moved = await movedEntries();
			if (moved.length === 0) return;
			const asked: Record<string, string[]> = {};
			for (const entry of moved) {
				if (entry.docId && entry.rev)
					asked[entry.docId] = [...(asked[entry.docId] ?? []), entry.rev];
			}
			const missing = (await server.revsDiff(asked)) as Record<string, { missing?: string[] }>;
			await confirmSent(
				Object.entries(asked).flatMap(([id, revs]) =>
					revs.filter((rev) => !missing[id]?.missing?.includes(rev)).map((rev) => ({ id, rev }))
				)
			);
		});
	}
}

function moved(entry: OutboxEntry, docId: string, rev: string | null): OutboxEntry {
	return { ...entry, state: 'moved', docId, rev, reason: null };
}
