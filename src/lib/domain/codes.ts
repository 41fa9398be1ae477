/**
 * The code sets of the packed records, each defined once: a class's marks, flags and outcomes
 * are stored one byte a pupil, and these say what each byte means. The position of a name is
 * its code, so a name may be added at the end but never moved.
 */
export interface CodeSet<N extends string> {
	/** The names, in code order. */
	readonly names: readonly N[];
	/** The code of each name. */
	readonly code: Readonly<Record<N, number>>;
	/** The highest code, for checking stored bytes. */
	readonly max: number;
	/** The name of a stored code. */
	nameOf(code: number): N;
}

function codeSet<const N extends string>(names: readonly N[]): CodeSet<N> {
	const code = Object.fromEntries(names.map((name, i) => [name, i])) as Record<N, number>;
	return {
		names,
		code,
		max: names.length - 1,
		nameOf: (value) => names[value] ?? names[0]
	};
}

/** A pupil's answer to one question, as the teacher marked it. */
export const MARKS = codeSet(['unmarked', 'correct', 'incorrect', 'not-answered']);
export type Mark = (typeof MARKS.names)[number];

/** What the check's own flag rule said of a present pupil. */
export const RULES = codeSet(['pending', 'clear', 'flagged']);
export type RuleStatus = (typeof RULES.names)[number];

/** The teacher's judgement, which always wins over the rule. */
export const OVERRIDES = codeSet(['none', 'flag', 'unflag']);
export type Override = (typeof OVERRIDES.names)[number];

/** Whether a pupil came to their same-day group. */
export const ATTENDANCE = codeSet(['unrecorded', 'attended', 'absent']);
export type Attendance = (typeof ATTENDANCE.names)[number];

/** The quick re-check at the end of the group. */
export const RECHECKS = codeSet(['unrecorded', 'correct', 'incorrect']);
export type Recheck = (typeof RECHECKS.names)[number];

/** How secure the adult judged the pupil after the session. */
export const SECURITIES = codeSet(['unrecorded', 'secure', 'developing', 'not-yet']);
export type Security = (typeof SECURITIES.names)[number];

export const SECURITY_NAMES: Record<Exclude<Security, 'unrecorded'>, string> = {
	secure: 'Secure',
	developing: 'Developing',
	'not-yet': 'Not yet'
};

/** A missed question: answered wrongly, or not answered at all. */
export function isMissed(code: number): boolean {
	return code === MARKS.code.incorrect || code === MARKS.code['not-answered'];
}

/** The override always wins; without one, the rule decides. */
export function isFlaggedCode(rule: number, override: number): boolean {
	if (override === OVERRIDES.code.flag) return true;
	if (override === OVERRIDES.code.unflag) return false;
	return rule === RULES.code.flagged;
}

/** A flag is closed ("kept up") by a correct same-day re-check or when the adult marks secure. */
export function isClosedCode(recheck: number, security: number): boolean {
	return recheck === RECHECKS.code.correct || security === SECURITIES.code.secure;
}

/** How sure a pupil said they were of an answer they gave on a tablet. */
export const CONFIDENCE = codeSet(['unrecorded', 'sure', 'think-so', 'guessing']);
export type Confidence = (typeof CONFIDENCE.names)[number];

export const CONFIDENCE_NAMES: Record<Exclude<Confidence, 'unrecorded'>, string> = {
	sure: 'Sure',
	'think-so': 'Think so',
	guessing: 'Guessing'
};
