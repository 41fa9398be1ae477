import { MARK, OVERRIDE, RULE, type Check } from './model/check';

export type Mark = 'unmarked' | 'correct' | 'incorrect' | 'not-answered';
export type RuleStatus = 'pending' | 'clear' | 'flagged';
export type Override = 'none' | 'flag' | 'unflag';

/** One pupil's result on one check: the friendly view of the packed check record. */
export interface Ticket {
	checkId: string;
	pupilId: string;
	absent: boolean;
	marks: Mark[];
	rule: RuleStatus;
	override: Override;
	overrideReason: string | null;
	/** The rule's answer unless the teacher overrode it: the override always wins. */
	flagged: boolean;
}

const MARK_NAMES: readonly Mark[] = ['unmarked', 'correct', 'incorrect', 'not-answered'];
const RULE_NAMES: readonly RuleStatus[] = ['pending', 'clear', 'flagged'];
const OVERRIDE_NAMES: readonly Override[] = ['none', 'flag', 'unflag'];

export const MARK_CODE: Record<Mark, number> = {
	unmarked: MARK.unmarked,
	correct: MARK.correct,
	incorrect: MARK.incorrect,
	'not-answered': MARK.notAnswered
};

export function isFlagged(rule: number, override: number): boolean {
	if (override === OVERRIDE.flag) return true;
	if (override === OVERRIDE.unflag) return false;
	return rule === RULE.flagged;
}

export function ticketAt(check: Check, index: number): Ticket {
	const width = check.questions.length;
	const pupilId = check.pupilIds[index];
	const marks: Mark[] = [];
	for (let q = 0; q < width; q++) marks.push(MARK_NAMES[check.marks[index * width + q]]);
	return {
		checkId: check.id,
		pupilId,
		absent: check.absent[index] === 1,
		marks,
		rule: RULE_NAMES[check.rule[index]],
		override: OVERRIDE_NAMES[check.overrides[index]],
		overrideReason: check.overrideReasons[pupilId] ?? null,
		flagged: isFlagged(check.rule[index], check.overrides[index])
	};
}

export function ticketsOf(check: Check): Ticket[] {
	return check.pupilIds.map((_, index) => ticketAt(check, index));
}

/** The mark codes of one pupil, without building a Ticket: for hot loops over a school year. */
export function marksAt(check: Check, index: number): Uint8Array {
	const width = check.questions.length;
	return check.marks.subarray(index * width, (index + 1) * width);
}

export function isMissed(code: number): boolean {
	return code === MARK.incorrect || code === MARK.notAnswered;
}

/** How many pupils the check flags, overrides included. */
export function flaggedCount(check: Check): number {
	let count = 0;
	for (let i = 0; i < check.pupilIds.length; i++) {
		if (isFlagged(check.rule[i], check.overrides[i])) count++;
	}
	return count;
}
