import { ATTENDED, RECHECK, SECURITY, type Check } from './model/check';
import { isFlagged } from './tickets';

export type Attendance = 'unrecorded' | 'attended' | 'absent';
export type Recheck = 'unrecorded' | 'correct' | 'incorrect';
export type Security = 'unrecorded' | 'secure' | 'developing' | 'not-yet';

/** One pupil's same-day session: the friendly view of the outcome codes on the check. */
export interface Outcome {
	pupilId: string;
	attended: Attendance;
	recheck: Recheck;
	security: Security;
	note: string | null;
}

const ATTENDANCE: readonly Attendance[] = ['unrecorded', 'attended', 'absent'];
const RECHECKS: readonly Recheck[] = ['unrecorded', 'correct', 'incorrect'];
const SECURITIES: readonly Security[] = ['unrecorded', 'secure', 'developing', 'not-yet'];

export const ATTENDANCE_CODE: Record<Attendance, number> = {
	unrecorded: ATTENDED.unrecorded,
	attended: ATTENDED.attended,
	absent: ATTENDED.absent
};
export const RECHECK_CODE: Record<Recheck, number> = {
	unrecorded: RECHECK.unrecorded,
	correct: RECHECK.correct,
	incorrect: RECHECK.incorrect
};
export const SECURITY_CODE: Record<Security, number> = {
	unrecorded: SECURITY.unrecorded,
	secure: SECURITY.secure,
	developing: SECURITY.developing,
	'not-yet': SECURITY.notYet
};

export const SECURITY_NAMES: Record<Exclude<Security, 'unrecorded'>, string> = {
	secure: 'Secure',
	developing: 'Developing',
	'not-yet': 'Not yet'
};

export function outcomeAt(check: Check, index: number): Outcome {
	const pupilId = check.pupilIds[index];
	return {
		pupilId,
		attended: ATTENDANCE[check.attended[index]],
		recheck: RECHECKS[check.recheck[index]],
		security: SECURITIES[check.security[index]],
		note: check.notes[pupilId] ?? null
	};
}

/** A flag is closed ("kept up") by a correct same-day re-check or when the adult marks secure. */
export function isClosedCode(recheck: number, security: number): boolean {
	return recheck === RECHECK.correct || security === SECURITY.secure;
}

/** Today's "kept up" count for a check: flags closed by the same-day session, of all flags. */
export function keptUp(check: Check): { flagged: number; closed: number } {
	let flagged = 0;
	let closed = 0;
	for (let i = 0; i < check.pupilIds.length; i++) {
		if (!isFlagged(check.rule[i], check.overrides[i])) continue;
		flagged++;
		if (isClosedCode(check.recheck[i], check.security[i])) closed++;
	}
	return { flagged, closed };
}

/** The pupils a check flagged who are still not secure: their flags carry over. */
export function openFlags(check: Check): string[] {
	return check.pupilIds.filter(
		(_, i) =>
			isFlagged(check.rule[i], check.overrides[i]) &&
			!isClosedCode(check.recheck[i], check.security[i])
	);
}
