import { MARK, RULE, type Question } from './model/check';
import type { FlagRule } from './model/settings';
import { isMissed } from './tickets';

export type FlagReason =
	| { kind: 'essential-missed'; questions: number[] }
	| { kind: 'below-threshold'; correct: number; answered: number }
	| { kind: 'none-answered' };

export interface FlagDecision {
	status: 'pending' | 'clear' | 'flagged';
	reasons: FlagReason[];
}

/**
 * The flag rule, applied to one present pupil's marks. A pupil is flagged when they miss an
 * essential question, or score below the threshold on what they answered. Questions not
 * attempted do not count against the score but an essential one not attempted is missed.
 */
export function applyFlagRule(
	marks: ArrayLike<number>,
	questions: readonly Pick<Question, 'essential'>[],
	rule: FlagRule
): FlagDecision {
	let answered = 0;
	let correct = 0;
	const essentialMissed: number[] = [];
	for (let q = 0; q < questions.length; q++) {
		const code = marks[q];
		if (code === MARK.unmarked) return { status: 'pending', reasons: [] };
		if (code !== MARK.notAnswered) answered++;
		if (code === MARK.correct) correct++;
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
	return { status: reasons.length > 0 ? 'flagged' : 'clear', reasons };
}

function ruleCode(decision: FlagDecision): number {
	return RULE[decision.status];
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
	}
}

/** The rule's answer for every pupil on a check; absent pupils are never flagged by the rule. */
export function ruleCodes(
	check: {
		questions: readonly Pick<Question, 'essential'>[];
		marks: Uint8Array;
		absent: Uint8Array;
	},
	rule: FlagRule
): Uint8Array<ArrayBuffer> {
	const width = check.questions.length;
	const codes = new Uint8Array(check.absent.length);
	for (let i = 0; i < codes.length; i++) {
		codes[i] =
			check.absent[i] === 1
				? RULE.clear
				: ruleCode(
						applyFlagRule(check.marks.subarray(i * width, (i + 1) * width), check.questions, rule)
					);
	}
	return codes;
}
