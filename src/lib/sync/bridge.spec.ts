import PouchDB from 'pouchdb-core';
import MemoryAdapter from 'pouchdb-adapter-memory';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { markedCheck, question, ticketsOf } from '$factories/check';
import { dayOutcomes } from '$factories/outcomes';
import { startSyncServer } from '../../../scripts/sync-test-server.mjs';
import { TEST_ADMIN } from '../../../scripts/sync-test-admin.mjs';
import { setUpSchool } from '../../../server/setup.mjs';
import { db } from '$lib/db/database';
import { captureChanges } from '$lib/db/sync/capture';
import { withMark } from '$lib/domain/marking';
import { defaultSettings } from '$lib/domain/school';
import { encodeDoc, type SchoolDoc } from '$lib/domain/sync/documents';
import { Bridge } from './bridge';
import { serverStore, type Store } from './pouch';

// IndexedDB in Node (fake-indexeddb) does not keep PouchDB's transactions open: in these tests
// the device's replica is in memory, which replicates by the same code.
PouchDB.plugin(MemoryAdapter);
const replica = (name: string): Store => new PouchDB(name, { adapter: 'memory' });

const SCHOOL = 'bridge-school';
const settings = defaultSettings(SCHOOL, 'Bridge Primary', 0);
const staff = {
	schoolId: SCHOOL,
	schoolName: 'Bridge Primary',
	adults: [
		{ id: 'teacher-1', name: 'Mr Patel', role: 'teacher', archived: false },
		{ id: 'ta-1', name: 'Mrs Green', role: 'ta', archived: false }
	]
};
const teacher = { name: 'mr.patel', roles: ['teacher', 'adult:teacher-1'] };
const assistant = { name: 'mrs.green', roles: ['ta', 'adult:ta-1'] };

let server: { url: string; stop(): void };
/** The accounts the set-up script made the first time, with their first passwords. */
const accounts = new Map<string, { user: string; password: string }>();
let database = '';
let n = 0;

/** The school's database on the server, signed in as one of its adults. */
function remote(who: string): Store {
	const account = accounts.get(who)!;
	const url = new URL(`${server.url}/${database}`);
	url.username = account.user;
	url.password = account.password;
	return serverStore(url.href);
}

/** Another device of the school, which writes straight into the school's database. */
async function otherDevice(doc: SchoolDoc, who = 'Mr Patel') {
	const server = remote(who);
	const [current] = (await server.allDocs({ keys: [doc._id], include_docs: true })).rows;
	const rev = 'doc' in current && current.doc ? current.doc._rev : undefined;
	return server.bulkDocs([(rev ? { ...doc, _rev: rev } : doc) as never]);
}

/** One full exchange between this device's replica and the server. */
async function exchange(local: Store, who: string) {
	await local.sync(remote(who), {});
}

const check = markedCheck([question(1, 'fluency', { essential: true })], {
	ada: '✓',
	ben: '✓',
	cai: '✓'
});

beforeAll(async () => {
	server = await startSyncServer();
	db.close();
	db.use(captureChanges);
	await db.open();
}, 30_000);

afterAll(() => server.stop());

let local: Store;

beforeEach(async () => {
	database = `bridge-${++n}`;
	const made = await setUpSchool({
		server: server.url,
		database,
		staff,
		admin: TEST_ADMIN
	});
	for (const account of made.made) accounts.set(account.name, account);
	local = replica(`${database}-here`);
	await db.settings.put(settings);
	await db.outbox.clear();
});

function bridge(account = teacher) {
	return new Bridge(local, account, SCHOOL, {
		applied: () => undefined,
		unreadable: () => undefined
	});
}

describe('the bridge between this device and the school’s server', () => {
	it('writes the outbox in the very transaction of the change, and only if it commits', async () => {
		await expect(
			db.transaction('rw', db.checks, async () => {
				await db.checks.put(check);
				throw new Error('the tab closed');
			})
		).rejects.toThrow('the tab closed');
		expect(await db.outbox.count()).toBe(0);
		await db.checks.put(check);
		expect(await db.outbox.toArray()).toMatchObject([{ id: `checks:${check.id}`, state: 'new' }]);
	});

	it('sends a change once, and forgets it when the server holds it', async () => {
		await db.checks.put(check);
		const sending = bridge();
		await sending.send();
		expect(await db.outbox.get(`checks:${check.id}`)).toMatchObject({ state: 'moved' });
		await exchange(local, 'Mr Patel');
		await sending.confirm(remote('Mr Patel'));
		expect(await db.outbox.count()).toBe(0);
		const there = await remote('Mrs Green').allDocs({
			keys: [`checks:${check.id}`],
			include_docs: true
		});
		expect(there.rows[0]).toMatchObject({ doc: { table: 'checks' } });
	});

	it('puts what comes from the server in place without sending it back', async () => {
		await otherDevice(encodeDoc('checks', check.id, [check]));
		const outcomes = dayOutcomes(check, { ada: { attended: 'attended' } }, 'ta-1', 5);
		await otherDevice(encodeDoc('outcomes', outcomes.id, [outcomes]), 'Mrs Green');
		await exchange(local, 'Mrs Green');
		await bridge(assistant).receive();
		expect(await db.checks.get(check.id)).toEqual(check);
		expect(await db.outcomes.get(outcomes.id)).toEqual(outcomes);
		expect(await db.outbox.count()).toBe(0);
	});

	it('combines a check changed on two devices, the same way on both, and says so', async () => {
		await otherDevice(encodeDoc('checks', check.id, [check]));
		await exchange(local, 'Mr Patel');
		await bridge().receive();
		// The same teacher marks Ada here and Ben on the laptop, both offline.
		await db.checks.put(withMark(check, 'ada', 'q1', 2, 10));
		await otherDevice(encodeDoc('checks', check.id, [withMark(check, 'ben', 'q1', 2, 20)]));
		await bridge().send();
		await exchange(local, 'Mr Patel');
		// A second device of the same teacher has both versions too.
		const elsewhere = replica(`${database}-elsewhere`);
		await exchange(elsewhere, 'Mr Patel');
		const id = `checks:${check.id}`;
		expect((await local.get(id, { open_revs: 'all' })).length).toBe(2);

		let combined = 0;
		await new Bridge(local, teacher, SCHOOL, {
			applied: (applied) => (combined += applied.combined.length),
			unreadable: () => undefined
		}).receive();
		expect(combined).toBe(1);
		const marks = (c: typeof check | undefined) => ticketsOf(c!).map((t) => t.marks[0]);
		expect(marks(await db.checks.get(check.id))).toEqual(['incorrect', 'incorrect', 'correct']);

		// Each device resolves the conflict alone, to the very same revision: nothing conflicts.
		await db.syncState.delete('feed');
		await new Bridge(elsewhere, teacher, SCHOOL, {
			applied: () => undefined,
			unreadable: () => undefined
		}).receive();
		const winner = async (store: Store) =>
			(await store.get(id, { open_revs: 'all' }))
				.map((leaf) => leaf.ok)
				.filter((doc) => doc && !doc._deleted)
				.map((doc) => doc?._rev);
		expect(await winner(elsewhere)).toEqual(await winner(local));
		await exchange(local, 'Mr Patel');
		await exchange(elsewhere, 'Mr Patel');
		expect(await winner(remote('Mrs Green'))).toEqual(await winner(local));
		expect(await winner(remote('Mrs Green'))).toHaveLength(1);
		await elsewhere.destroy();
	});

	it('pulls the school whole onto a new device, and the replication carries on from there', async () => {
		// The laptop and the desktop of the same teacher marked the check at once, offline.
		const id = `checks:${check.id}`;
		await otherDevice(encodeDoc('checks', check.id, [check]));
		const desktop = replica(`${database}-desktop`);
		await exchange(desktop, 'Mr Patel');
		const [here] = (await desktop.allDocs({ keys: [id], include_docs: true })).rows;
		const rev = 'doc' in here && here.doc ? here.doc._rev : undefined;
		await desktop.bulkDocs([
			{ ...encodeDoc('checks', check.id, [withMark(check, 'ada', 'q1', 2, 10)]), _rev: rev }
		] as never[]);
		await otherDevice(encodeDoc('checks', check.id, [withMark(check, 'ben', 'q1', 2, 20)]));
		await exchange(desktop, 'Mr Patel');
		const outcomes = dayOutcomes(check, { ada: { attended: 'attended' } }, 'ta-1', 5);
		await otherDevice(encodeDoc('outcomes', outcomes.id, [outcomes]), 'Mrs Green');

		const shown: number[] = [];
		const pulling = bridge();
		const upTo = await pulling.pullEverything(remote('Mr Patel'), (done) => shown.push(done));
		expect(shown.at(-1)).toBeGreaterThanOrEqual(2);
		const marks = (c: typeof check | undefined) => ticketsOf(c!).map((t) => t.marks[0]);
		expect(marks(await db.checks.get(check.id))).toEqual(['incorrect', 'incorrect', 'correct']);
		expect(await db.outcomes.get(outcomes.id)).toEqual(outcomes);
		// The replica holds the server's revisions: nothing the server has is missing from it.
		const server = remote('Mr Patel');
		const { rows } = await server.allDocs({
			keys: [id, `outcomes:${outcomes.id}`],
			include_docs: true
		});
		const revisions = Object.fromEntries(
			rows.map((row) => [
				'doc' in row && row.doc ? row.doc._id : '',
				['doc' in row ? row.doc?._rev : '']
			])
		) as Record<string, string[]>;
		expect(await local.revsDiff(revisions)).toEqual({});

		// The combined check goes out from where the pull left the replica, and ends the conflict.
		await local.replicate.to(server, { since: upTo.replica, batch_size: 500, ...pulling.push });
		const leaves = (await server.get(id, { open_revs: 'all' })).filter(
			(leaf) => !leaf.ok?._deleted
		);
		expect(leaves).toHaveLength(1);

		// A change on the server after the pull began arrives through the replication.
		const later = dayOutcomes(check, { ben: { attended: 'attended' } }, 'ta-1', 6);
		await otherDevice(encodeDoc('outcomes', later.id, [later]), 'Mrs Green');
		await local.replicate.from(server, { since: upTo.server, batch_size: 500 });
		await pulling.receive();
		expect(await db.outcomes.get(later.id)).toEqual(later);
		expect(await db.outbox.where('state').equals('new').count()).toBe(0);
		await desktop.destroy();
	});

	it('holds back a change the account may not make, with the server’s reason', async () => {
		await db.checks.put(check);
		await bridge(assistant).send();
		expect(await db.outbox.get(`checks:${check.id}`)).toMatchObject({
			state: 'held',
			reason: 'Only a teacher can change checks.'
		});
	});
});
