import type { DBCore, DBCoreTransaction, Middleware, Transaction } from 'dexie';
import { changedEntry } from '$lib/domain/sync/outbox';
import { SYNCED_TABLES } from '$lib/domain/sync/tables';

const OUTBOX = 'outbox';

/** A transaction that writes what came from the school's server: not a change of this device. */
interface Marked {
	keepUpFromServer?: boolean;
}

/** Marks a transaction as applying the server's records, so that they do not go back out. */
export function fromServer(tx: Transaction): void {
	(tx.idbtrans as unknown as Marked).keepUpFromServer = true;
}

/**
 * Puts every record changed on this device into the outbox, in the very transaction that
 * changes it: each read-write transaction on a synced table also opens the outbox, and each
 * put or add of a record writes its entry. Only records that are put travel: a deletion is
 * a tombstone, which is put; a cleared table is this device's own erase or restore.
 */
export const captureChanges: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'keep-up-outbox',
	create(down) {
		return {
			...down,
			transaction(stores, mode, options) {
				const capturing =
					mode === 'readwrite' &&
					!stores.includes(OUTBOX) &&
					stores.some((store) => Object.hasOwn(SYNCED_TABLES, store));
				return down.transaction(capturing ? [...stores, OUTBOX] : stores, mode, options);
			},
			table(name) {
				const table = down.table(name);
				if (!Object.hasOwn(SYNCED_TABLES, name)) return table;
				return {
					...table,
					async mutate(request) {
						const response = await table.mutate(request);
						const trans = request.trans as DBCoreTransaction & Marked;
						if (trans.keepUpFromServer || (request.type !== 'put' && request.type !== 'add')) {
							return response;
						}
						const keys = (response.results ?? request.keys ?? []) as string[];
						const values = keys
							.filter((key, i) => key !== undefined && !(i in response.failures))
							.map((key) => changedEntry(name, String(key)));
						if (values.length > 0) {
							await down.table(OUTBOX).mutate({ type: 'put', trans, values });
						}
						return response;
					}
				};
			}
		};
	}
};
