import { describe, expect, it } from 'vitest';
import { databaseName, serverAddress, syncProblem } from './problems';
import { syncLine, type SyncState } from './status';

const idle: SyncState = {
	phase: 'idle',
	progress: null,
	receiving: 0,
	upToDateAt: new Date('2026-11-23T13:42:00').getTime(),
	problem: null
};
const none = { new: 0, moved: 0, held: 0, refused: 0 };

describe('the header’s line about sync', () => {
	it('says up to date with the time, or what is moving, in plain words', () => {
		expect(syncLine(idle, none, true)).toEqual({ text: 'Up to date · 13:42', tone: 'good' });
		expect(syncLine({ ...idle, phase: 'active' }, { ...none, new: 1, moved: 2 }, true).text).toBe(
			'Sending 3 changes'
		);
		expect(syncLine({ ...idle, receiving: 1 }, none, true).text).toBe('Receiving 1 change');
		expect(
			syncLine({ ...idle, phase: 'first-sync', progress: { done: 250, total: 1000 } }, none, true)
				.text
		).toBe('First sync: 25%');
	});

	it('says what waits when offline, and names a problem', () => {
		expect(syncLine(idle, { ...none, new: 4 }, false)).toEqual({
			text: 'Offline · 4 changes waiting',
			tone: 'warn'
		});
		expect(syncLine({ ...idle, phase: 'offline' }, { ...none, moved: 1 }, true).text).toBe(
			'Server unreachable · 1 change waiting'
		);
		expect(
			syncLine({ ...idle, phase: 'problem', problem: syncProblem('signed-out') }, none, true).text
		).toBe('Signed out: sign in again');
		expect(syncLine(idle, { ...none, refused: 2 }, true).text).toBe(
			'2 changes refused by the server'
		);
	});
});

describe('the server’s address and database as typed', () => {
	it('are made into one form, or refused with the reason', () => {
		expect(serverAddress(' https://keepup.hillside.sch.uk/couchdb/ ')).toBe(
			'https://keepup.hillside.sch.uk/couchdb'
		);
		expect(serverAddress('http://localhost:4173/couchdb')).toBe('http://localhost:4173/couchdb');
		expect(serverAddress('http://keepup.hillside.sch.uk')).toEqual(syncProblem('address'));
		expect(serverAddress('keepup')).toEqual(syncProblem('address'));
		expect(databaseName('hillside')).toBe('hillside');
		expect(databaseName('Hillside School')).toEqual(syncProblem('database-name'));
	});
});
