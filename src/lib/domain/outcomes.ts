import {
	ATTENDANCE,
	isClosedCode,
	RECHECKS,
	SECURITIES,
	type Attendance,
	type Recheck,
	type Security
} from './codes';
import type { Check } from './model/check';
import { isLive } from './tombstones';
import { dayOutcomesId, type DayOutcomes } from './model/outcome';
import { isFlaggedAt } from './tickets';

export { dayOutcomesId };

/**
 * The one way into the adults' packed outcome records: reading a pupil's same-day outcome,
 * and making the next record when the adult records one.
 */

/** An adult's day with nothing recorded yet. */
export function emptyDayOutcomes(date: string, adultId: string | null, now: number): DayOutcomes {
	return {
		id: dayOutcomesId(date, adultId),
		date,
		adultId,
		checkIds: [],
		groupIds: [],
		pupilIds: [],
		attended: new Uint8Array(0),
		recheck: new Uint8Array(0),
		security: new Uint8Array(0),
		notes: [],
		changedAt: new Float64Array(0),
		createdAt: now,
		updatedAt: now,
		deletedAt: null
	};
}

/** One pupil's same-day session: the friendly view of an entry of an adult's outcomes. */
export interface Outcome {
	pupilId: string;
	attended: Attendance;
	recheck: Recheck;
	security: Security;
	note: string | null;
}

/** One entry of an adult's outcomes as stored: a pupil on a check, seen in a group. */
export interface OutcomeEntry {
	checkId: string;
	groupId: string;
	pupilId: string;
	attended: number;
	recheck: number;
	security: number;
	note: string;
	changedAt: number;
}

/** What the adult records for one pupil in one tap. */
export interface OutcomeChange {
	attended?: Attendance;
	recheck?: Recheck;
	security?: Security;
	note?: string;
}

/** Every entry of an adult's outcomes of a day. */
export function entriesOf(day: DayOutcomes): OutcomeEntry[] {
	return day.pupilIds.map((pupilId, e) => ({
		checkId: day.checkIds[e],
		groupId: day.groupIds[e],
		pupilId,
		attended: day.attended[e],
		recheck: day.recheck[e],
		security: day.security[e],
		note: day.notes[e],
		changedAt: day.changedAt[e]
	}));
}

/** The adult's outcomes of the day holding exactly these entries, in this order. */
export function withEntries(day: DayOutcomes, entries: readonly OutcomeEntry[]): DayOutcomes {
	return {
		...day,
		checkIds: entries.map((entry) => entry.checkId),
		groupIds: entries.map((entry) => entry.groupId),
		pupilIds: entries.map((entry) => entry.pupilId),
		attended: Uint8Array.from(entries, (entry) => entry.attended),
		recheck: Uint8Array.from(entries, (entry) => entry.recheck),
		security: Uint8Array.from(entries, (entry) => entry.security),
		notes: entries.map((entry) => entry.note),
		changedAt: Float64Array.from(entries, (entry) => entry.changedAt)
	};
}

/** The key of a pupil on a check: an adult's outcomes hold each at most once. */
export const entryKey = (checkId: string, pupilId: string) => `${checkId}|${pupilId}`;

/**
 * Every outcome in some adults' records, by check and pupil. Where two records hold the same
 * pupil on the same check (a group handed to another adult), the later change is the one.
 */
export class OutcomeBook {
	#entries = new Map<string, OutcomeEntry>();

	constructor(days: Iterable<DayOutcomes> = []) {
		for (const day of days) this.add(day);
	}

	add(day: DayOutcomes): void {
		if (!isLive(day)) return;
		for (const entry of entriesOf(day)) {
			const k = entryKey(entry.checkId, entry.pupilId);
			const known = this.#entries.get(k);
			if (!known || entry.changedAt > known.changedAt) this.#entries.set(k, entry);
		}
	}

	codes(checkId: string, pupilId: string): OutcomeEntry | undefined {
		return this.#entries.get(entryKey(checkId, pupilId));
	}

	outcome(checkId: string, pupilId: string): Outcome {
		const codes = this.codes(checkId, pupilId);
		return {
			pupilId,
			attended: ATTENDANCE.nameOf(codes?.attended ?? 0),
			recheck: RECHECKS.nameOf(codes?.recheck ?? 0),
			security: SECURITIES.nameOf(codes?.security ?? 0),
			note: codes?.note || null
		};
	}

	/** Attendance, re-check or security recorded: the pupil's group has begun. */
	isRecorded(checkId: string, pupilId: string): boolean {
		const codes = this.codes(checkId, pupilId);
		return codes !== undefined && isRecordedCodes(codes);
	}

	isClosed(checkId: string, pupilId: string): boolean {
		const codes = this.codes(checkId, pupilId);
		return codes !== undefined && isClosedCode(codes.recheck, codes.security);
	}

	/** How many pupils have anything recorded. */
	get recorded(): number {
		let count = 0;
		for (const codes of this.#entries.values()) if (isRecordedCodes(codes)) count++;
		return count;
	}
}

function isRecordedCodes(codes: Pick<OutcomeEntry, 'attended' | 'recheck' | 'security'>): boolean {
	return (
		codes.attended !== ATTENDANCE.code.unrecorded ||
		codes.recheck !== RECHECKS.code.unrecorded ||
		codes.security !== SECURITIES.code.unrecorded
	);
}

/** Today's "kept up" count for a check: flags closed by the same-day session, of all flags. */
export function keptUp(check: Check, book: OutcomeBook): { flagged: number; closed: number } {
	let flagged = 0;
	let closed = 0;
	check.pupilIds.forEach((pupilId, p) => {
		if (!isFlaggedAt(check, p)) return;
		flagged++;
		if (book.isClosed(check.id, pupilId)) closed++;
	});
	return { flagged, closed };
}

/** The pupils a check flagged who are still not secure: their flags carry over. */
export function openFlags(check: Check, book: OutcomeBook): string[] {
	return check.pupilIds.filter(
		(pupilId, p) => isFlaggedAt(check, p) && !book.isClosed(check.id, pupilId)
	);
}

/** Where an outcome belongs: the pupil, on a check, seen in a group. */
export interface OutcomePlace {
	checkId: string;
	groupId: string;
	pupilId: string;
}

/**
 * The adult's next record after one tap: the entry of that pupil on that check is added if it
 * is new, changed, and stamped. The old record is left untouched.
 */
export function withOutcome(
	day: DayOutcomes,
	place: OutcomePlace,
	change: OutcomeChange,
	now: number
): DayOutcomes {
	const entries = entriesOf(day);
	let entry = entries.find(
		(known) => known.pupilId === place.pupilId && known.checkId === place.checkId
	);
	if (!entry) {
		entry = { ...place, attended: 0, recheck: 0, security: 0, note: '', changedAt: now };
		entries.push(entry);
	}
	entry.groupId = place.groupId;
	if (change.attended) entry.attended = ATTENDANCE.code[change.attended];
	if (change.recheck) entry.recheck = RECHECKS.code[change.recheck];
	if (change.security) entry.security = SECURITIES.code[change.security];
	if (change.note !== undefined) entry.note = change.note.trim();
	entry.changedAt = now;
	return { ...withEntries(day, entries), updatedAt: now };
}
