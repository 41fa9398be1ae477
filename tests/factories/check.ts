import type { KeystoneId } from '$lib/domain/keystones';
import { newCheck, type Check, type Question } from '$lib/domain/model/check';
import { MARK_CODE, type Mark } from '$lib/domain/tickets';

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
	return [...row].map((char) => MARK_CODE[SHORT[char]]);
}

/** A check whose tickets are written as text rows, e.g. { p1: '✓x✓✓', p2: 'absent' }. */
export function markedCheck(
	questions: Question[],
	rows: Record<string, string>,
	date = '2026-11-23'
): Check {
	const pupilIds = Object.keys(rows);
	const check = newCheck(
		{ id: `check-${date}`, classId: 'class-1', date, title: 'Test', questions },
		pupilIds,
		0
	);
	pupilIds.forEach((pupilId, i) => {
		const row = rows[pupilId];
		if (row === 'absent') check.absent[i] = 1;
		else check.marks.set(marks(row), i * questions.length);
	});
	return check;
}
