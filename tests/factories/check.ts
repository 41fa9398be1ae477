import { MARKS, type Mark } from '$lib/domain/codes';
import type { KeystoneId } from '$lib/domain/keystones';
import { newCheck, type Check, type Question, type SavedQuestion } from '$lib/domain/model/check';
import { DEFAULT_FLAG_RULE, type FlagRule } from '$lib/domain/model/settings';
import { nextCheck } from '$lib/domain/tickets';

/** A question for tests: keystone and essential mark are what the rules read. */
export function question(
	n: number,
	keystoneId: KeystoneId,
	extra: Partial<Question> = {}
): Question {
	return {
		id: `q${n}`,
		prompt: `Question ${n}`,
		keystoneId,
		objective: null,
		essential: false,
		answer: null,
		kind: 'marked',
		options: [],
		accepted: [],
		...extra
	};
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
