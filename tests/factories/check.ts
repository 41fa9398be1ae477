import { withAnswer, withAnswersTakenIn, type AnswerTap } from '$lib/domain/answers';
import { MARKS, type Confidence, type Mark } from '$lib/domain/codes';
import { emptyPupilAnswers } from '$lib/domain/model/answers';
import type { KeystoneId } from '$lib/domain/keystones';
import {
	blankQuestion,
	newCheck,
	type Check,
	type Question,
	type SavedQuestion
} from '$lib/domain/model/check';
import { type FlagRule } from '$lib/domain/model/settings';
import { DEFAULT_FLAG_RULE } from '$lib/domain/school';
import { nextCheck, ticketAt, type Ticket } from '$lib/domain/tickets';

/** A question for tests: keystone and essential mark are what the rules read. */
export function question(
	n: number,
	keystoneId: KeystoneId,
	extra: Partial<Question> = {}
): Question {
	return { ...blankQuestion(`q${n}`, keystoneId), prompt: `Question ${n}`, ...extra };
}

const SHORT: Record<string, Mark> = {
	'.': 'unmarked',
	'✓': 'correct',
	x: 'incorrect',
	'-': 'not-answered'
};

/** Marks written as text, one character per question: ✓ correct, x incorrect, - not answered. */
export function marks(row: string): number[] {
	return [...row].map((char) => MARKS.code[SHORT[char]]);
}

/**
 * A check whose tickets are written as text rows, e.g. { p1: '✓x✓✓', p2: 'absent' }, marked
 * and judged by its rule as the teacher's taps would be.
 */
export function markedCheck(
	questions: Question[],
	rows: Record<string, string>,
	date = '2026-11-23',
	rule: FlagRule = DEFAULT_FLAG_RULE
): Check {
	const pupilIds = Object.keys(rows);
	const check = newCheck(
		{ id: `check-${date}`, classId: 'class-1', date, title: 'Test', questions },
		pupilIds,
		rule,
		0
	);
	return nextCheck(check, 1, (ticket) => {
		for (const pupilId of pupilIds) {
			const row = rows[pupilId];
			const edit = ticket(pupilId);
			if (row === 'absent') edit.absent(true);
			else marks(row).forEach((code, q) => edit.mark(q, code));
		}
	});
}

/** A question saved in the school's bank. */
export function savedQuestion(extra: Partial<SavedQuestion> = {}): SavedQuestion {
	return {
		id: 'bank-1',
		prompt: 'What is 3/4 of 12?',
		keystoneId: 'fluency',
		objective: null,
		essential: false,
		answer: '9',
		kind: 'marked',
		options: [],
		accepted: [],
		updatedAt: 5,
		deletedAt: null,
		...extra
	};
}

/**
 * A multiple-choice question for tests: options written as [text, misconception], the first
 * option the correct one unless `correct` says another.
 */
export function choiceQuestion(
	n: number,
	keystoneId: KeystoneId,
	options: [string, string | null][],
	extra: Partial<Question> & { correct?: number } = {}
): Question {
	const { correct = 0, ...rest } = extra;
	return question(n, keystoneId, {
		kind: 'choice',
		options: options.map(([text, misconception], o) => ({
			text,
			correct: o === correct,
			misconception: o === correct ? null : misconception
		})),
		...rest
	});
}

/** A number question for tests, with its answer and the other ways of writing it accepted. */
export function numberQuestion(
	n: number,
	keystoneId: KeystoneId,
	answer: string,
	accepted: string[] = []
): Question {
	return question(n, keystoneId, { kind: 'number', answer, accepted });
}

/** A blank check for tests of pupils answering on tablets. */
export function blankCheck(questions: Question[], pupilIds: string[], rule = DEFAULT_FLAG_RULE) {
	return newCheck(
		{ id: 'check-1', classId: 'class-1', date: '2026-11-23', title: 'Test', questions },
		pupilIds,
		rule,
		0
	);
}

const SAID: Record<string, Exclude<Confidence, 'unrecorded'>> = {
	s: 'sure',
	t: 'think-so',
	g: 'guessing'
};

/**
 * A check answered by its pupils on a tablet, each pupil's answers written as text, one a
 * question: "2s" is option 2, sure ("t" think so, "g" guessing, nothing: not said); a number
 * question's answer is written as the number with its confidence after a space ("0.5 g"); a
 * question the teacher marks takes ✓, x or -, as in `marks`.
 */
export function answeredCheck(
	questions: Question[],
	rows: Record<string, string[]>,
	rule: FlagRule = DEFAULT_FLAG_RULE
): Check {
	const pupilIds = Object.keys(rows);
	let answers = emptyPupilAnswers('check-1', 'tablet-1', [], 0);
	let now = 1;
	for (const pupilId of pupilIds) {
		rows[pupilId].forEach((cell, q) => {
			const question = questions[q];
			if (question.kind === 'marked') return;
			const [given, said] =
				question.kind === 'number' ? cell.split(' ') : [cell.slice(0, 1), cell.slice(1)];
			const tap: AnswerTap =
				question.kind === 'number' ? { number: given } : { choice: Number(given) };
			answers = withAnswer(answers, pupilId, question.id, tap, now++);
			if (said)
				answers = withAnswer(answers, pupilId, question.id, { confidence: SAID[said] }, now++);
		});
	}
	const taken = withAnswersTakenIn(blankCheck(questions, pupilIds, rule), [answers], now);
	return nextCheck(taken, now + 1, (ticket) => {
		for (const pupilId of pupilIds) {
			rows[pupilId].forEach((cell, q) => {
				if (questions[q].kind === 'marked') ticket(pupilId).mark(q, marks(cell)[0]);
			});
		}
	});
}

/** Every pupil's ticket of a check, in the class's order: how tests read a whole check. */
export function ticketsOf(check: Check): Ticket[] {
	return check.pupilIds.map((_, p) => ticketAt(check, p));
}
