import PouchDB, { type Database } from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';
import Replication from 'pouchdb-replication';

PouchDB.plugin(IndexedDbAdapter).plugin(HttpAdapter).plugin(Replication);

export type Store = Database;

/** The name of this device's copy of a school's database, beside Keep Up's own. */
export function localName(database: string): string {
	return `keep-up-sync-${database}`;
}

/**
 * This device's replica of the school's database, the replication's end on this side. Only
 * the latest version of each document is kept (auto compaction): a revision per tap would
 * otherwise keep a whole check each time.
 */
export function localStore(database: string): Store {
	return new PouchDB(localName(database), { adapter: 'indexeddb', auto_compaction: true });
}

/** The school's database on its server, reached with the person's cookie session. */
export function serverStore(url: string): Store {
	return new PouchDB(url, {
		adapter: 'http',
		skip_setup: true,
		fetch: (address, options) => PouchDB.fetch(address, { ...options, credentials: 'include' })
	});
}
