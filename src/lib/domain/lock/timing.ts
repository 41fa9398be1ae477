/** The idle times a device can choose, in minutes, before Keep Up locks itself. */
export const IDLE_CHOICES = [1, 2, 5, 10, 15, 30] as const;
export const DEFAULT_IDLE_MINUTES = 5;

/** Wrong PINs allowed in a row before each further try has to wait. */
export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;

/** Whether a device left alone since `lastActivity` should lock. */
export function isIdle(lastActivity: number, now: number, idleMinutes: number): boolean {
	return now - lastActivity >= idleMinutes * 60_000;
}

/**
 * How long the next try must wait after this many wrong PINs in a row: nothing for the first
 * few (a slip of the finger), then 30 seconds, doubling with each wrong PIN up to 15 minutes,
 * so that working through even 4-digit PINs would take months.
 */
export function waitAfter(wrongTries: number): number {
	if (wrongTries < FREE_TRIES) return 0;
	return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (wrongTries - FREE_TRIES));
}

/** When the next try may be made: `lastWrongAt` plus the wait, or now. */
export function nextTryAt(wrongTries: number, lastWrongAt: number | null): number {
	return lastWrongAt === null ? 0 : lastWrongAt + waitAfter(wrongTries);
}

/** "30 seconds", "2 minutes": a wait as the lock screen says it, rounded up. */
export function formatWait(milliseconds: number): string {
	const seconds = Math.max(1, Math.ceil(milliseconds / 1000));
	if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
	const minutes = Math.ceil(seconds / 60);
	return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
