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
import { isLive } from './model/common';
import type { DayOutcomes } from './model/outcome';
import { isFlaggedAt } from './tickets';

/**
 * The one way into the adults' packed outcome records: reading a pupil's same-day outcome,
 * and making the next record when the adult records one.
 */

/** One pupil's same-day session: the friendly view of an entry of an adult's outcomes. */
export interface Outcome {
	pupilId: string;
	attended: Attendance;
	recheck: Recheck;
	security: Security;
	note: string | null;
}

/** The codes of one entry, for loops over a school year. */
export interface OutcomeCodes {
	attended: number;
	recheck: number;
	security: number;
	note: string;
	changedAt: number;
	groupId: string;
}

/** What the adult records for one pupil in one tap. */
export interface OutcomeChange {
	attended?: Attendance;
	recheck?: Recheck;
	security?: Security;
	note?: string;
}

const key = (checkId: string, pupilId: string) => `${checkId}|${pupilId}`;

function codesAt(day: DayOutcomes, e: number): OutcomeCodes {
	return {
		attended: day.attended[e],
		recheck: day.recheck[e],
		security: day.security[e],
		note: day.notes[e],
		changedAt: day.changedAt[e],
		groupId: day.groupIds[e]
	};
}

/**
 * Every outcome in some adults' records, by check and pupil. Where two records hold the same
 * pupil on the same check (a group handed to another adult), the later change is the one.
 */
export class OutcomeBook {
	#entries = new Map<string, OutcomeCodes>();

	constructor(days: Iterable<DayOutcomes> = []) {
		for (const day of days) this.add(day);
	}

	add(day: DayOutcomes): void {
		if (!isLive(day)) return;
		for (let e = 0; e < day.pupilIds.length; e++) {
			const k = key(day.checkIds[e], day.pupilIds[e]);
			const known = this.#entries.get(k);
			if (!known || day.changedAt[e] > known.changedAt) this.#entries.set(k, codesAt(day, e));
		}
	}

	codes(checkId: string, pupilId: string): OutcomeCodes | undefined {
		return this.#entries.get(key(checkId, pupilId));
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

function isRecordedCodes(codes: Pick<OutcomeCodes, 'attended' | 'recheck' | 'security'>): boolean {
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
	let e = day.pupilIds.findIndex(
		(pupilId, i) => pupilId === place.pupilId && day.checkIds[i] === place.checkId
	);
	const grow = e < 0 ? 1 : 0;
	const widen = <T extends Uint8Array | Float64Array>(array: T): T => {
		const wider = new (array.constructor as new (length: number) => T)(array.length + grow);
		wider.set(array);
		return wider;
	};
	const next: DayOutcomes = {
		...day,
		checkIds: [...day.checkIds],
		groupIds: [...day.groupIds],
		pupilIds: [...day.pupilIds],
		attended: widen(day.attended),
		recheck: widen(day.recheck),
		security: widen(day.security),
		notes: [...day.notes],
		changedAt: widen(day.changedAt),
		updatedAt: now
	};
	if (e < 0) {
		e = next.pupilIds.push(place.pupilId) - 1;
		next.checkIds.push(place.checkId);
		next.groupIds.push(place.groupId);
		next.notes.push('');
	}
	next.groupIds[e] = place.groupId;
	if (change.attended) next.attended[e] = ATTENDANCE.code[change.attended];
	if (change.recheck) next.recheck[e] = RECHECKS.code[change.recheck];
	if (change.security) next.security[e] = SECURITIES.code[change.security];
	if (change.note !== undefined) next.notes[e] = change.note.trim();
	next.changedAt[e] = now;
	return next;
}
