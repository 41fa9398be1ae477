import { formatTime } from '../dates';
import type { OutboxEntry } from './outbox';
import type { SyncProblemKind } from './problems';

/** Where a device's sync stands, as its syncing tab last said. */
export interface SyncState {
	phase: 'starting' | 'first-sync' | 'active' | 'idle' | 'offline' | 'problem';
	progress: { done: number; total: number } | null;
	receiving: number;
	upToDateAt: number | null;
	problem: { kind: SyncProblemKind; message: string } | null;
}

export type Counts = Record<OutboxEntry['state'], number>;

export interface SyncLine {
	text: string;
	tone: 'good' | 'busy' | 'warn' | 'bad';
}

const changes = (n: number) => `${n} ${n === 1 ? 'change' : 'changes'}`;

const PROBLEM_LINES: Partial<Record<SyncProblemKind, string>> = {
	'signed-out': 'Signed out: sign in again',
	'wrong-password': 'Signed out: sign in again',
	'other-school': 'Sync refused: another school’s database',
	'full-disk': 'Sync stopped: this device is full',
	'server-error': 'Server problem: trying again'
};

/**
 * The one line of the header that says how sync stands, in plain words: up to date (and
 * since when), sending or receiving (how many), offline (with what waits), or a problem.
 */
export function syncLine(state: SyncState, counts: Counts, online: boolean): SyncLine {
	const waiting = counts.new + counts.moved;
	if (state.phase === 'first-sync' && state.progress) {
		const { done, total } = state.progress;
		return {
			text: `First sync: ${total === 0 ? 100 : Math.floor((100 * done) / total)}%`,
			tone: 'busy'
		};
	}
	if (state.problem && state.phase === 'problem') {
		return { text: PROBLEM_LINES[state.problem.kind] ?? 'Sync problem: see Settings', tone: 'bad' };
	}
	if (counts.refused > 0) {
		return { text: `${changes(counts.refused)} refused by the server`, tone: 'bad' };
	}
	if (!online) return { text: `Offline · ${changes(waiting)} waiting`, tone: 'warn' };
	if (state.phase === 'offline') {
		return { text: `Server unreachable · ${changes(waiting)} waiting`, tone: 'warn' };
	}
	if (waiting > 0) return { text: `Sending ${changes(waiting)}`, tone: 'busy' };
	if (state.receiving > 0) return { text: `Receiving ${changes(state.receiving)}`, tone: 'busy' };
	if (state.phase === 'idle' && state.upToDateAt !== null) {
		return { text: `Up to date · ${formatTime(state.upToDateAt)}`, tone: 'good' };
	}
	return { text: 'Connecting to the server…', tone: 'busy' };
}
