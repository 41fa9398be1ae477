import { CONFIDENCE, isMissed, MARKS, RULES } from './codes';
import type { Question } from './model/check';
import type { FlagRule } from './model/settings';

export type FlagReason =
	| { kind: 'essential-missed'; questions: number[] }
	| { kind: 'below-threshold'; correct: number; answered: number }
	| { kind: 'none-answered' }
	| { kind: 'guessed-right'; questions: number[] }
	| { kind: 'earlier-rule' };

export interface FlagDecision {
	status: 'pending' | 'clear' | 'flagged';
	reasons: FlagReason[];
}

/** The questions a pupil got right on a tablet while saying they were guessing. */
export function guessedRight(marks: ArrayLike<number>, confidence: ArrayLike<number>): number[] {
	const questions: number[] = [];
	for (let q = 0; q < confidence.length; q++) {
		if (confidence[q] === CONFIDENCE.code.guessing && marks[q] === MARKS.code.correct) {
			questions.push(q);
		}
	}
	return questions;
}

/**
 * The flag rule, applied to one present pupil's marks. A pupil is flagged when they miss an
 * essential question, or score below the threshold on what they answered. Questions not
 * attempted do not count against the score but an essential one not attempted is missed.
 * Where the rule says so, a right answer the pupil said was a guess flags them too.
 */
export function applyFlagRule(
	marks: ArrayLike<number>,
	questions: readonly Pick<Question, 'essential'>[],
	rule: FlagRule,
	confidence: ArrayLike<number> = []
): FlagDecision {
	let answered = 0;
	let correct = 0;
	const essentialMissed: number[] = [];
	for (let q = 0; q < questions.length; q++) {
		const code = marks[q];
		if (code === MARKS.code.unmarked) return { status: 'pending', reasons: [] };
		if (code !== MARKS.code['not-answered']) answered++;
		if (code === MARKS.code.correct) correct++;
		if (rule.essentialMissFlags && questions[q].essential && isMissed(code)) {
			essentialMissed.push(q);
		}
	}
	const reasons: FlagReason[] = [];
	if (essentialMissed.length > 0)
		reasons.push({ kind: 'essential-missed', questions: essentialMissed });
	if (answered === 0) reasons.push({ kind: 'none-answered' });
	else if (correct * 100 < rule.threshold * answered) {
		reasons.push({ kind: 'below-threshold', correct, answered });
	}
	const guessed = rule.flagGuessedRight ? guessedRight(marks, confidence) : [];
	if (guessed.length > 0) reasons.push({ kind: 'guessed-right', questions: guessed });
	return { status: reasons.length > 0 ? 'flagged' : 'clear', reasons };
}

export function describeReason(
	reason: FlagReason,
	questionLabel: (index: number) => string
): string {
	switch (reason.kind) {
		case 'essential-missed':
			return `missed essential ${reason.questions.map(questionLabel).join(', ')}`;
		case 'below-threshold':
			return `${reason.correct} of ${reason.answered} answered correctly`;
		case 'none-answered':
			return 'answered no questions';
		case 'guessed-right':
			return `right but guessing on ${reason.questions.map(questionLabel).join(', ')}`;
		case 'earlier-rule':
			return 'flagged by the rule the school used when it was marked';
	}
}

/** The rule's code for one pupil: absent pupils are never flagged by the rule. */
export function judge(
	marks: ArrayLike<number>,
	absent: boolean,
	questions: readonly Pick<Question, 'essential'>[],
	rule: FlagRule,
	confidence: ArrayLike<number> = []
): number {
	return absent
		? RULES.code.clear
		: RULES.code[applyFlagRule(marks, questions, rule, confidence).status];
}
