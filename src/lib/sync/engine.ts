import { liveQuery } from 'dexie';
import type { Sync } from 'pouchdb-core';
import { db } from '$lib/db/database';
import { eraseSchool } from '$lib/db/school';
import { getSettings } from '$lib/db/queries/settings';
import { enqueueEverything, sendAgain } from '$lib/db/sync/outbox';
import { settleClashes, takeInArrivedAnswers } from '$lib/db/sync/regroup';
import { adultsOf, refusal, type Account } from '$lib/domain/sync/access';
import { docId } from '$lib/domain/sync/documents';
import { syncProblem, type SyncProblem } from '$lib/domain/sync/problems';
import { roleOf } from '$lib/domain/sync/roles';
import type { SyncState } from '$lib/domain/sync/status';
import { Bridge } from './bridge';
import { STATUS_KEY } from './device';
import { saveSyncSetup, type SyncSetup } from './stored';
import { localStore, serverStore, type Store } from './pouch';
import { currentAccount, schoolOf, signOut } from './server';

/** What the syncing tab tells every tab of the device. */
export interface SyncStatus extends SyncState {
	/** Documents from the server that could not be read. */
	unreadable: number;
	/** Records changed on two devices at once and combined, most recent first. */
	combined: { docId: string; at: number }[];
}

const START: SyncStatus = {
	phase: 'starting',
	progress: null,
	receiving: 0,
	upToDateAt: null,
	problem: null,
	unreadable: 0,
	combined: []
};

/** How long to wait, at most, before trying an unreachable server again. */
const LONGEST_WAIT = 30_000;

const listeners = new Set<(status: SyncStatus) => void>();
let status: SyncStatus = readStatus() ?? START;

function readStatus(): SyncStatus | null {
	try {
		return JSON.parse(localStorage.getItem(STATUS_KEY) ?? 'null') as SyncStatus | null;
	} catch {
		return null;
	}
}

function publish(change: Partial<SyncStatus>): void {
	status = { ...status, ...change };
	localStorage.setItem(STATUS_KEY, JSON.stringify(status));
	for (const listener of listeners) listener(status);
}

/** Follows the sync of this device, whichever of its tabs is doing it. */
export function watchSync(listener: (status: SyncStatus) => void): () => void {
	listeners.add(listener);
	listener(status);
	const fromOtherTab = (event: StorageEvent) => {
		if (event.key !== STATUS_KEY) return;
		status = readStatus() ?? START;
		listener(status);
	};
	addEventListener('storage', fromOtherTab);
	return () => {
		listeners.delete(listener);
		removeEventListener('storage', fromOtherTab);
	};
}

function isFullDisk(error: unknown): boolean {
	const names = [error, (error as { inner?: unknown })?.inner].map(
		(e) => (e as { name?: string })?.name
	);
	return names.includes('QuotaExceededError');
}

/** Waits until the network is back, the person looks at the app again, or a while has passed. */
function nudge(ms: number): Promise<void> {
	return new Promise((resolve) => {
		const done = () => {
			removeEventListener('online', done);
			document.removeEventListener('visibilitychange', done);
			clearTimeout(timer);
			resolve();
		};
		const timer = setTimeout(done, ms);
		addEventListener('online', done);
		document.addEventListener('visibilitychange', done);
	});
}

/** Problems that need a person (to sign in, or to ask IT); the rest sync gets over by itself. */
const NEEDS_A_PERSON = [
	'signed-out',
	'no-role',
	'no-database',
	'not-member',
	'not-set-up',
	'other-school'
];

/**
 * This device's sync with its school's server. One tab of the device does it (the others
 * show what it publishes): it checks the session and that the database is of this school,
 * puts a school that was here before sync into the outbox, runs a first full exchange with a
 * progress bar, then keeps both ways live. It starts again at once when the network returns or
 * the person comes back to the app, rather than wait out the replication's back-off.
 */
export class SyncEngine {
	#setup: SyncSetup;
	#stopped = false;
	#stops: (() => void)[] = [];

	constructor(setup: SyncSetup) {
		this.#setup = setup;
	}

	/** Starts syncing once this tab is the one of the device that syncs. */
	start(): void {
		const run = () => this.#run();
		if (typeof navigator.locks?.request !== 'function') {
			void run();
			return;
		}
		void navigator.locks.request('keep-up-sync', () => run().then(() => new Promise(() => {})));
	}

	stop(): void {
		this.#stopped = true;
		for (const stop of this.#stops.splice(0)) stop();
	}

	async #run(): Promise<void> {
		publish({ ...START, upToDateAt: status.upToDateAt, combined: status.combined });
		let delay = 1000;
		while (!this.#stopped) {
			const outcome = await this.#connect().catch((error: unknown) =>
				syncProblem(isFullDisk(error) ? 'full-disk' : 'server-error', String(error))
			);
			if (outcome === 'live') return;
			publish({ phase: outcome.kind === 'unreachable' ? 'offline' : 'problem', problem: outcome });
			if (NEEDS_A_PERSON.includes(outcome.kind)) return;
			await nudge(delay);
			delay = Math.min(LONGEST_WAIT, delay * 2);
		}
	}

	/** Checks the account and the database, then syncs: 'live' once both ways are running. */
	async #connect(): Promise<'live' | SyncProblem> {
		const { server, database } = this.#setup;
		const session = await currentAccount(server);
		if (!session.ok) return session.problem;
		const account = session.value;
		if (!account) return syncProblem('signed-out');
		if (!roleOf(account)) return syncProblem('no-role');
		if (account.roles.join() !== this.#setup.account.roles.join()) {
			this.#setup = { ...this.#setup, account };
		}
		const school = await schoolOf(server, database);
		if (!school.ok) return school.problem;
		const settings = await getSettings();
		if (settings && settings.schoolId !== school.value.schoolId) {
			return syncProblem('other-school', school.value.schoolName);
		}
		const local = localStore(database);
		const remote = serverStore(`${server}/${encodeURIComponent(database)}`);
		const bridge = new Bridge(local, account, school.value.schoolId, {
			applied: (applied) => {
				if (applied.combined.length > 0) {
					const at = Date.now();
					publish({
						combined: [
							...applied.combined.map((doc) => ({ docId: doc.docId, at })),
							...status.combined
						].slice(0, 20)
					});
				}
				if (roleOf(account) !== 'teacher') return;
				const teacherIds = adultsOf(account);
				void takeInArrivedAnswers(applied.answerChecks, teacherIds).then(() =>
					settleClashes(applied.groupDays, teacherIds)
				);
			},
			unreadable: () => publish({ unreadable: status.unreadable + 1 })
		});
		await bridge.load();
		await this.#seed(account, school.value.schoolId);
		await sendAgain(['held']);
		if (!(await db.syncState.get('first-sync-done'))) {
			// A first pull cut short (the tab closed) is begun again: what it wrote is only the
			// server's, and writing it twice changes nothing.
			const fresh =
				Boolean(await db.syncState.get('first-pull')) ||
				(!settings && (await db.outbox.count()) === 0);
			await (fresh
				? this.#firstPull(local, remote, bridge)
				: this.#firstSync(local, remote, bridge));
			await db.syncState.put({ id: 'first-sync-done', value: Date.now() });
		}
		this.#live(local, remote, bridge);
		return 'live';
	}

	/** A school that was on this device before it synced goes to the server whole, once. */
	async #seed(account: Account, schoolId: string): Promise<void> {
		if (await db.syncState.get('seeded')) return;
		await enqueueEverything(
			(table, record) =>
				refusal(
					account,
					schoolId,
					{ _id: docId(table, record.id), table, records: [record] },
					null
				) === null
		);
		await db.syncState.put({ id: 'seeded', value: Date.now() });
	}

	/**
	 * A new device's first sync, with a progress bar: the server's documents straight into the
	 * replica and the app's store, then the replication from where the server was when they
	 * were read, so that it starts from there and whatever changed meanwhile arrives too.
	 */
	async #firstPull(local: Store, remote: Store, bridge: Bridge): Promise<void> {
		const { doc_count: total } = await remote.info();
		publish({ phase: 'first-sync', progress: { done: 0, total }, problem: null });
		await db.syncState.put({ id: 'first-pull', value: Date.now() });
		const started = performance.now();
		const upTo = await bridge.pullEverything(remote, (done) =>
			publish({ progress: { done: Math.min(done, total), total } })
		);
		const pulled = performance.now();
		await local.replicate.from(remote, { since: upTo.server, batch_size: 500 });
		await local.replicate.to(remote, { since: upTo.replica, batch_size: 500, ...bridge.push });
		await bridge.receive();
		// For the benchmarks: reading the server's documents in, then catching up from there.
		performance.measure('keep-up:sync-first-exchange', { start: started, end: pulled });
		performance.measure('keep-up:sync-first-rest', { start: pulled, end: performance.now() });
		publish({ progress: { done: total, total } });
	}

	/** Everything both ways, once, with a progress bar: the app is usable when it ends. */
	async #firstSync(local: Store, remote: Store, bridge: Bridge): Promise<void> {
		const [info, waiting] = await Promise.all([remote.info(), db.outbox.count()]);
		const total = info.doc_count + waiting;
		let done = 0;
		publish({ phase: 'first-sync', progress: { done, total }, problem: null });
		await bridge.send();
		const exchange = local.sync(remote, {
			batch_size: 500,
			batches_limit: 4,
			push: bridge.push
		});
		exchange.on('change', ({ direction, change }) => {
			done += change.docs.length;
			publish({ progress: { done: Math.min(done, total), total } });
			if (direction === 'push') void bridge.sent(change.docs);
		});
		const started = performance.now();
		await exchange;
		const exchanged = performance.now();
		await bridge.receive();
		await bridge.confirm(remote);
		// For the benchmarks: the replication itself, then putting the last of it in place.
		performance.measure('keep-up:sync-first-exchange', { start: started, end: exchanged });
		performance.measure('keep-up:sync-first-rest', { start: exchanged, end: performance.now() });
		publish({ progress: { done: total, total } });
	}

	/** Both ways, live, for as long as the app is open. */
	#live(local: Store, remote: Store, bridge: Bridge): void {
		let sync: Sync | null = null;
		const arrived = async () => {
			await bridge.receive();
			await bridge.send();
			const [{ update_seq: latest }, position] = await Promise.all([
				local.info(),
				db.syncState.get('feed')
			]);
			publish({ receiving: Math.max(0, Number(latest) - Number(position?.value ?? 0)) });
		};
		const failed = (error: unknown) =>
			publish({
				phase: 'problem',
				problem: syncProblem(isFullDisk(error) ? 'full-disk' : 'server-error', String(error))
			});
		const begin = () => {
			sync?.cancel();
			sync = local
				.sync(remote, {
					live: true,
					retry: true,
					batch_size: 100,
					push: bridge.push,
					back_off_function: (delay: number) =>
						Math.min(LONGEST_WAIT, delay === 0 ? 1000 : delay * 2)
				})
				.on('change', ({ direction, change }) => {
					if (direction === 'push') void bridge.sent(change.docs);
					else void arrived().catch(failed);
				})
				.on('denied', (error) => {
					const refused = error as { id?: string; reason?: string; message?: string };
					if (refused.id) void bridge.refused(refused.id, refused.reason ?? refused.message ?? '');
				})
				.on('error', () => {
					void currentAccount(this.#setup.server).then((session) =>
						publish({
							phase: 'problem',
							problem:
								session.ok && session.value === null
									? syncProblem('signed-out')
									: syncProblem('server-error', 'the server refused the sync')
						})
					);
				});
			// Each way on its own: a server that went away shows first in whichever way tries
			// it first, while the other may still be waiting on an answer.
			const trouble = { push: false, pull: false };
			for (const way of ['push', 'pull'] as const) {
				sync[way]
					.on('active', () => {
						trouble[way] = false;
						publish({ phase: 'active', problem: null });
					})
					.on('paused', (error) => {
						trouble[way] = Boolean(error);
						if (trouble.push || trouble.pull) {
							publish({
								phase: 'offline',
								problem: syncProblem('unreachable', this.#setup.server)
							});
						}
					});
			}
			sync.on('paused', (error) => {
				if (error || trouble.push || trouble.pull) return;
				void bridge
					.confirm(remote)
					.then(() => publish({ phase: 'idle', problem: null, upToDateAt: Date.now() }))
					.catch(() => undefined);
			});
		};
		begin();
		// Local changes: the app's own from the outbox, and the replica's own from the server.
		const outbox = liveQuery(() => db.outbox.where('state').equals('new').count()).subscribe({
			next: (count) => {
				if (count > 0) void bridge.send().catch(failed);
			}
		});
		const replica = local
			.changes({ since: 'now', live: true })
			.on('change', () => void arrived().catch(failed));
		const again = () => {
			if (document.visibilityState === 'visible' && navigator.onLine) begin();
		};
		addEventListener('online', again);
		document.addEventListener('visibilitychange', again);
		void arrived().catch(failed);
		this.#stops.push(() => {
			sync?.cancel();
			outbox.unsubscribe();
			replica.cancel();
			removeEventListener('online', again);
			document.removeEventListener('visibilitychange', again);
		});
	}
}

/**
 * Stops syncing on this device and removes the school's data from it (not from the server):
 * the next sign-in brings it back. The session ends too.
 */
export async function leaveSync(setup: SyncSetup): Promise<void> {
	saveSyncSetup(null);
	localStorage.removeItem(STATUS_KEY);
	await signOut(setup.server);
	await localStore(setup.database).destroy();
	await eraseSchool();
}
