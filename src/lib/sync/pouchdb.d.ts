// The parts of PouchDB 9 that Keep Up uses. PouchDB ships no types, and the community ones
// (for PouchDB 6 and 7) redeclare Node's Buffer for the whole program.

declare module 'pouchdb-core' {
	export interface Doc {
		_id: string;
		_rev?: string;
		_deleted?: boolean;
		_conflicts?: string[];
		[field: string]: unknown;
	}

	export type WriteResult = { ok: true; id: string; rev: string } | { error: string; id: string };

	export interface Change {
		id: string;
		seq: number | string;
		deleted?: boolean;
		doc?: Doc;
	}

	export interface ChangesFeed {
		on(event: 'change', listener: (change: Change) => void): ChangesFeed;
		cancel(): void;
	}

	export interface ReplicationChange {
		docs: Doc[];
		docs_read: number;
		docs_written: number;
		pending?: number;
	}

	export interface SyncEvents {
		on(
			event: 'change',
			listener: (info: { direction: 'push' | 'pull'; change: ReplicationChange }) => void
		): Sync;
		on(event: 'paused', listener: (error?: unknown) => void): Sync;
		on(event: 'active' | 'complete', listener: () => void): Sync;
		on(event: 'denied' | 'error', listener: (error: unknown) => void): Sync;
	}

	/** One way of a sync. */
	export interface Replication {
		on(event: 'active', listener: () => void): Replication;
		on(event: 'paused', listener: (error?: unknown) => void): Replication;
	}

	export interface Sync extends SyncEvents, PromiseLike<unknown> {
		cancel(): void;
		push: Replication;
		pull: Replication;
	}

	export interface SyncOptions {
		live?: boolean;
		retry?: boolean;
		batch_size?: number;
		batches_limit?: number;
		back_off_function?: (delay: number) => number;
		/** Options of one direction only. */
		push?: { filter?: (doc: Doc) => boolean };
	}

	export interface OneWayOptions {
		since: number | string;
		batch_size: number;
		filter?: (doc: Doc) => boolean;
	}

	export interface Database {
		info(): Promise<{ doc_count: number; update_seq: number | string }>;
		allDocs(options: {
			keys: string[];
			include_docs: true;
		}): Promise<{ rows: ({ id: string; doc?: Doc | null } | { key: string; error: string })[] }>;
		allDocs(options: {
			include_docs: true;
			conflicts: true;
			limit: number;
			startkey?: string;
			skip?: number;
		}): Promise<{ rows: { id: string; doc?: Doc }[] }>;
		/** `new_edits: false` stores the revisions as given, as the replication does. */
		bulkDocs(docs: Doc[], options?: { new_edits: false }): Promise<WriteResult[]>;
		get(id: string, options: { open_revs: 'all' | string[] }): Promise<{ ok?: Doc }[]>;
		changes(options: {
			since: number | string;
			limit: number;
			include_docs: true;
			conflicts: true;
		}): Promise<{ results: Change[]; last_seq: number | string }>;
		changes(options: { since: 'now'; live: true }): ChangesFeed;
		revsDiff(revisions: Record<string, string[]>): Promise<Record<string, { missing?: string[] }>>;
		sync(other: Database, options: SyncOptions): Sync;
		/** One way, once. `since`: the position to carry on from, kept as its checkpoint. */
		replicate: {
			from(other: Database, options: OneWayOptions): PromiseLike<unknown>;
			to(other: Database, options: OneWayOptions): PromiseLike<unknown>;
		};
		destroy(): Promise<unknown>;
		close(): Promise<unknown>;
	}

	export interface Plugin {
		readonly __pouchPlugin?: never;
	}

	interface Options {
		adapter: 'indexeddb' | 'http' | 'memory';
		auto_compaction?: boolean;
		skip_setup?: boolean;
		fetch?: (url: string, init: RequestInit) => Promise<Response>;
	}

	interface PouchDB {
		new (name: string, options: Options): Database;
		plugin(plugin: Plugin): PouchDB;
		fetch(url: string, init: RequestInit): Promise<Response>;
	}

	const PouchDB: PouchDB;
	export default PouchDB;
}

// The adapters and the replication are plug-ins of pouchdb-core.
declare module 'pouchdb-adapter-*' {
	const plugin: import('pouchdb-core').Plugin;
	export default plugin;
}

declare module 'pouchdb-replication' {
	const plugin: import('pouchdb-core').Plugin;
	export default plugin;
}
