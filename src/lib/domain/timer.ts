import { z } from 'zod';
import { IsoDate } from './model/common';

/** Minutes between two slot times such as 13:15 and 13:35. */
export function slotMinutes(start: string, end: string): number {
	const minutes = (time: string) => {
		const [h, m] = time.split(':').map(Number);
		return h * 60 + m;
	};
	return minutes(end) - minutes(start);
}

/** A countdown as m:ss, never below zero. */
export function formatCountdown(milliseconds: number): string {
	const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A session timer as it is kept: time run before the current start, and when that began. */
export interface TimerRun {
	ran: number;
	startedAt: number | null;
}

export const TIMER_AT_REST: TimerRun = { ran: 0, startedAt: null };

/** Milliseconds left of `total` at `now`: can be below zero once the time is up. */
export function timeLeft(total: number, run: TimerRun, now: number): number {
	return total - run.ran - (run.startedAt === null ? 0 : now - run.startedAt);
}

export function startRun(run: TimerRun, now: number): TimerRun {
	return run.startedAt === null ? { ran: run.ran, startedAt: now } : run;
}

/** Paused, or stopped at the end: no more than the whole time counts as run. */
export function pauseRun(total: number, run: TimerRun, now: number): TimerRun {
	if (run.startedAt === null) return run;
	return { ran: Math.min(total, run.ran + now - run.startedAt), startedAt: null };
}

const KeptRunSchema = z.object({
	date: IsoDate,
	ran: z.number().nonnegative(),
	startedAt: z.number().nonnegative().nullable()
});

/** A timer as this device keeps it between reloads: only times, and the day they are for. */
export type KeptRun = z.infer<typeof KeptRunSchema>;

/** A kept timer read back; null for one of another day, or anything malformed. */
export function readRun(stored: unknown, date: string): TimerRun | null {
	const kept = KeptRunSchema.safeParse(stored);
	if (!kept.success || kept.data.date !== date) return null;
	return { ran: kept.data.ran, startedAt: kept.data.startedAt };
}
