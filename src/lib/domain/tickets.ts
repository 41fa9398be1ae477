import {
	CONFIDENCE,
	isFlaggedCode,
	MARKS,
	OVERRIDES,
	RULES,
	type Confidence,
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
	/** The option the pupil chose on a tablet for each question (1 for the first), or 0. */
	choices: number[];
	/** How sure the pupil said they were of each answer on a tablet. */
	confidence: Confidence[];
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

/** Whether any pupil has answered on a tablet: until then the check holds no answers. */
export function hasPupilAnswers(check: Pick<Check, 'choices'>): boolean {
	return check.choices.length > 0;
}

const NO_CODES = new Uint8Array(0);

/** The option a pupil chose for each question (1 for the first, 0 for none): empty if none. */
export function choicesAt(check: Check, p: number): Uint8Array {
	if (!hasPupilAnswers(check)) return NO_CODES;
	const width = check.questions.length;
	return check.choices.subarray(p * width, (p + 1) * width);
}

/** How sure a pupil was of each answer (CONFIDENCE codes): empty if no pupil answered. */
export function confidenceAt(check: Check, p: number): Uint8Array {
	if (!hasPupilAnswers(check)) return NO_CODES;
	const width = check.questions.length;
	return check.confidence.subarray(p * width, (p + 1) * width);
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
		choices: check.questions.map((_, q) => choicesAt(check, p)[q] ?? 0),
		confidence: check.questions.map((_, q) => CONFIDENCE.nameOf(confidenceAt(check, p)[q] ?? 0)),
		rule: RULES.nameOf(check.rule[p]),
		override: OVERRIDES.nameOf(check.overrides[p]),
		overrideReason: check.overrideReasons[pupilId] ?? null,
		flagged: isFlaggedAt(check, p)
	};
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
	/** The pupil's answer from a tablet, marked: its mark, the option chosen, when it was given. */
	answer(questionIndex: number, mark: number, choice: number, givenAt: number): void;
	confidence(questionIndex: number, code: number): void;
	/** When the answer now marked was given on a tablet, or 0 for none. */
	takenAtOf(questionIndex: number): number;
	choiceOf(questionIndex: number): number;
	confidenceOf(questionIndex: number): number;
}

/** The pupils' answers of a check, as long as its marks: made when the first one comes in. */
function answersOf(check: Check): Pick<Check, 'choices' | 'confidence' | 'takenAt'> {
	if (hasPupilAnswers(check)) {
		return {
			choices: check.choices.slice(),
			confidence: check.confidence.slice(),
			takenAt: check.takenAt.slice()
		};
	}
	const cells = check.marks.length;
	return {
		choices: new Uint8Array(cells),
		confidence: new Uint8Array(cells),
		takenAt: new Float64Array(cells)
	};
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
	// The pupils' answers are copied only when one changes: most checks never have any.
	let answers: Pick<Check, 'choices' | 'confidence' | 'takenAt'> | null = null;
	const answering = () => {
		answers ??= answersOf(check);
		Object.assign(next, answers);
		return answers;
	};
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
			},
			answer: (q, mark, choice, givenAt) => {
				const cell = p * width + q;
				const { choices, takenAt } = answering();
				next.marks[cell] = mark;
				choices[cell] = choice;
				takenAt[cell] = givenAt;
			},
			confidence: (q, code) => void (answering().confidence[p * width + q] = code),
			takenAtOf: (q) => next.takenAt[p * width + q] ?? 0,
			choiceOf: (q) => next.choices[p * width + q] ?? 0,
			confidenceOf: (q) => next.confidence[p * width + q] ?? 0
		};
	});
	for (const p of touched) {
		next.rule[p] = judgeAt(next, p);
		next.changedAt[p] = now;
	}
	return next;
}

/** What the check's own rule says of one pupil now. */
function judgeAt(check: Check, p: number): number {
	return judge(
		marksAt(check, p),
		check.absent[p] === 1,
		check.questions,
		check.flagRule,
		confidenceAt(check, p)
	);
}

/** One pupil's part of a check as stored: for comparing and combining two versions of it. */
export interface PupilPart {
	marks: Uint8Array;
	absent: number;
	rule: number;
	override: number;
	reason: string | undefined;
	/** The pupil's answers from a tablet: empty when the check holds none. */
	choices: Uint8Array;
	confidence: Uint8Array;
	takenAt: Float64Array;
	changedAt: number;
}

export function pupilPartAt(check: Check, p: number): PupilPart {
	const width = check.questions.length;
	return {
		choices: choicesAt(check, p),
		confidence: confidenceAt(check, p),
		takenAt: hasPupilAnswers(check)
			? check.takenAt.subarray(p * width, (p + 1) * width)
			: new Float64Array(0),
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
	const answered = parts.some((part) => part.choices.length > 0);
	const cells = answered ? parts.length * width : 0;
	const next: Check = {
		...check,
		marks: new Uint8Array(parts.length * width),
		absent: Uint8Array.from(parts, (part) => part.absent),
		rule: Uint8Array.from(parts, (part) => part.rule),
		overrides: Uint8Array.from(parts, (part) => part.override),
		overrideReasons: {},
		changedAt: Float64Array.from(parts, (part) => part.changedAt),
		choices: new Uint8Array(cells),
		confidence: new Uint8Array(cells),
		takenAt: new Float64Array(cells)
	};
	parts.forEach((part, p) => {
		next.marks.set(part.marks, p * width);
		if (answered && part.choices.length > 0) {
			next.choices.set(part.choices, p * width);
			next.confidence.set(part.confidence, p * width);
			next.takenAt.set(part.takenAt, p * width);
		}
		if (part.reason !== undefined) next.overrideReasons[check.pupilIds[p]] = part.reason;
	});
	return next;
}

/** The rule codes of every pupil, judged again: only for a check whose questions changed. */
export function judgedAgain(check: Check): Check {
	const rule = check.rule.slice();
	for (let p = 0; p < check.pupilIds.length; p++) rule[p] = judgeAt(check, p);
	return { ...check, rule };
}
