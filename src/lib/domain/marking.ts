import { ruleCodes } from './flags';
import { MARK, OVERRIDE, type Check } from './model/check';
import type { FlagRule } from './model/settings';
import type { Override } from './tickets';

/**
 * Marking a check, as pure steps on the packed record: each returns a new record and leaves
 * the old one untouched, then the flag rule is applied to the whole class again.
 */

function copy(check: Check, now: number): Check {
	return {
		...check,
		marks: check.marks.slice(),
		absent: check.absent.slice(),
		overrides: check.overrides.slice(),
		overrideReasons: { ...check.overrideReasons },
		updatedAt: now
	};
}

function indexOf(check: Check, pupilId: string): number {
	const index = check.pupilIds.indexOf(pupilId);
	if (index < 0) throw new Error('That pupil is not on this check.');
	return index;
}

function questionIndex(check: Check, questionId: string): number {
	const index = check.questions.findIndex((question) => question.id === questionId);
	if (index < 0) throw new Error('That question is not on this check.');
	return index;
}

export function withRules(check: Check, rule: FlagRule): Check {
	return { ...check, rule: ruleCodes(check, rule) };
}

export function withMark(
	check: Check,
	pupilId: string,
	questionId: string,
	code: number,
	rule: FlagRule,
	now: number
): Check {
	const next = copy(check, now);
	next.marks[indexOf(check, pupilId) * check.questions.length + questionIndex(check, questionId)] =
		code;
	return withRules(next, rule);
}

/** The fast path: every present pupil's unmarked answers become correct; wrong ones stay wrong. */
export function withEveryoneCorrect(check: Check, rule: FlagRule, now: number): Check {
	const next = copy(check, now);
	const width = check.questions.length;
	for (let i = 0; i < check.pupilIds.length; i++) {
		if (check.absent[i] === 1) continue;
		for (let q = i * width; q < (i + 1) * width; q++) {
			if (next.marks[q] === MARK.unmarked) next.marks[q] = MARK.correct;
		}
	}
	return withRules(next, rule);
}

export function withAbsent(
	check: Check,
	pupilId: string,
	absent: boolean,
	rule: FlagRule,
	now: number
): Check {
	const next = copy(check, now);
	next.absent[indexOf(check, pupilId)] = absent ? 1 : 0;
	return withRules(next, rule);
}

const OVERRIDE_CODE: Record<Override, number> = {
	none: OVERRIDE.none,
	flag: OVERRIDE.flag,
	unflag: OVERRIDE.unflag
};

/** The teacher's judgement always wins over the rule, and is kept with its reason. */
export function withOverride(
	check: Check,
	pupilId: string,
	override: Override,
	reason: string | null,
	now: number
): Check {
	const next = copy(check, now);
	next.overrides[indexOf(check, pupilId)] = OVERRIDE_CODE[override];
	const trimmed = reason?.trim() ?? '';
	if (override === 'none' || trimmed === '') delete next.overrideReasons[pupilId];
	else next.overrideReasons[pupilId] = trimmed;
	return next;
}

/** The next mark when a cell is tapped: correct, then wrong, then not answered, round again. */
export function nextMark(code: number): number {
	switch (code) {
		case MARK.correct:
			return MARK.incorrect;
		case MARK.incorrect:
			return MARK.notAnswered;
		default:
			return MARK.correct;
	}
}
