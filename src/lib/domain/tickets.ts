import {
	isFlaggedCode,
	MARKS,
	OVERRIDES,
	RULES,
	type Mark,
	type Override,
	type RuleStatus
} from './codes';
import { judge } from './flags';
import type { Check } from './model/check';

/**
 * The one way into a check's packed record: reading a pupil's ticket, and making the next
 * record when the teacher changes one. Nothing else indexes its typed arrays.
 */

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

/** The pupil's row on the check, or -1 when they are not on it. */
export function pupilIndex(check: Pick<Check, 'pupilIds'>, pupilId: string): number {
	return check.pupilIds.indexOf(pupilId);
}

export function questionIndex(check: Pick<Check, 'questions'>, questionId: string): number {
	return check.questions.findIndex((question) => question.id === questionId);
}

/** The mark codes of one pupil, without building a Ticket: for hot loops over a school year. */
export function marksAt(check: Check, p: number): Uint8Array {
	const width = check.questions.length;
	return check.marks.subarray(p * width, (p + 1) * width);
}

export function markAt(check: Check, p: number, q: number): number {
	return check.marks[p * check.questions.length + q];
}

export function isAbsentAt(check: Check, p: number): boolean {
	return check.absent[p] === 1;
}

/** Flagged by the check's rule or by the teacher, the teacher's word winning. */
export function isFlaggedAt(check: Check, p: number): boolean {
	return isFlaggedCode(check.rule[p], check.overrides[p]);
}

/** Every present pupil's every question has a mark. */
export function isMarkedAt(check: Check, p: number): boolean {
	return check.rule[p] !== RULES.code.pending;
}

export function ticketAt(check: Check, p: number): Ticket {
	const pupilId = check.pupilIds[p];
	return {
		checkId: check.id,
		pupilId,
		absent: isAbsentAt(check, p),
		marks: Array.from(marksAt(check, p), (code) => MARKS.nameOf(code)),
		rule: RULES.nameOf(check.rule[p]),
		override: OVERRIDES.nameOf(check.overrides[p]),
		overrideReason: check.overrideReasons[pupilId] ?? null,
		flagged: isFlaggedAt(check, p)
	};
}

export function ticketsOf(check: Check): Ticket[] {
	return check.pupilIds.map((_, p) => ticketAt(check, p));
}

/** The pupils the check flags, overrides included, in the class's order. */
export function flaggedPupils(check: Check): string[] {
	return check.pupilIds.filter((_, p) => isFlaggedAt(check, p));
}

/** Whether marking has started: a mark or an absence recorded for anyone. */
export function hasMarks(check: Check): boolean {
	return check.marks.some((code) => code !== MARKS.code.unmarked) || check.absent.includes(1);
}

/** The changes the teacher can make to one pupil's ticket. */
export interface TicketEdit {
	mark(questionIndex: number, code: number): void;
	/** The current mark of a question, with the changes made so far. */
	markOf(questionIndex: number): number;
	absent(absent: boolean): void;
	isAbsent(): boolean;
	override(override: Override, reason: string | null): void;
}

/**
 * The next record of a check after the teacher changes the tickets of some pupils: the old
 * record is left untouched. Each changed pupil is judged again by the check's own rule, and
 * their change time is stamped; the other pupils are exactly as they were.
 */
export function nextCheck(
	check: Check,
	now: number,
	change: (ticket: (pupilId: string) => TicketEdit) => void
): Check {
	const next: Check = {
		...check,
		marks: check.marks.slice(),
		absent: check.absent.slice(),
		rule: check.rule.slice(),
		overrides: check.overrides.slice(),
		overrideReasons: { ...check.overrideReasons },
		changedAt: check.changedAt.slice(),
		updatedAt: now
	};
	const width = check.questions.length;
	const touched = new Set<number>();
	const rowOf = (pupilId: string) => {
		const p = pupilIndex(check, pupilId);
		if (p < 0) throw new Error('That pupil is not on this check.');
		touched.add(p);
		return p;
	};
	change((pupilId) => {
		const p = rowOf(pupilId);
		return {
			mark: (q, code) => void (next.marks[p * width + q] = code),
			markOf: (q) => next.marks[p * width + q],
			absent: (absent) => void (next.absent[p] = absent ? 1 : 0),
			isAbsent: () => next.absent[p] === 1,
			override: (override, reason) => {
				next.overrides[p] = OVERRIDES.code[override];
				const trimmed = reason?.trim() ?? '';
				if (override === 'none' || trimmed === '') delete next.overrideReasons[pupilId];
				else next.overrideReasons[pupilId] = trimmed;
			}
		};
	});
	for (const p of touched) {
		next.rule[p] = judge(marksAt(next, p), next.absent[p] === 1, next.questions, next.flagRule);
		next.changedAt[p] = now;
	}
	return next;
}

/** One pupil's part of a check as stored: for comparing and combining two versions of it. */
export interface PupilPart {
	marks: Uint8Array;
	absent: number;
	rule: number;
	override: number;
	reason: string | undefined;
	changedAt: number;
}

export function pupilPartAt(check: Check, p: number): PupilPart {
	return {
		marks: marksAt(check, p),
		absent: check.absent[p],
		rule: check.rule[p],
		override: check.overrides[p],
		reason: check.overrideReasons[check.pupilIds[p]],
		changedAt: check.changedAt[p]
	};
}

/** The check with every pupil's part as given, in the order of its pupils. */
export function withPupilParts(check: Check, parts: readonly PupilPart[]): Check {
	const width = check.questions.length;
	const next: Check = {
		...check,
		marks: new Uint8Array(parts.length * width),
		absent: Uint8Array.from(parts, (part) => part.absent),
		rule: Uint8Array.from(parts, (part) => part.rule),
		overrides: Uint8Array.from(parts, (part) => part.override),
		overrideReasons: {},
		changedAt: Float64Array.from(parts, (part) => part.changedAt)
	};
	parts.forEach((part, p) => {
		next.marks.set(part.marks, p * width);
		if (part.reason !== undefined) next.overrideReasons[check.pupilIds[p]] = part.reason;
	});
	return next;
}

/** The rule codes of every pupil, judged again: only for a check whose questions changed. */
export function judgedAgain(check: Check): Check {
	const rule = check.rule.slice();
	for (let p = 0; p < check.pupilIds.length; p++) {
		rule[p] = judge(marksAt(check, p), check.absent[p] === 1, check.questions, check.flagRule);
	}
	return { ...check, rule };
}
