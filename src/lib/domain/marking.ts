import { MARKS, type Override } from './codes';
import type { Check } from './model/check';
import { isAbsentAt, marksAt, nextCheck, questionIndex } from './tickets';

/**
 * Marking a check, as pure steps on the packed record: each returns the next record and
 * leaves the old one untouched. Only the pupils changed are judged again, by the check's own
 * flag rule, so a change of the school's rule since never re-judges anyone else.
 */

/** One change to a check's marks: the next record from the one before, at a moment. */
export type MarkingStep = (check: Check, now: number) => Check;

function questionOrRefuse(check: Check, questionId: string): number {
	const q = questionIndex(check, questionId);
	if (q < 0) throw new Error('That question is not on this check.');
	return q;
}

export function withMark(
	check: Check,
	pupilId: string,
	questionId: string,
	code: number,
	now: number
): Check {
	const q = questionOrRefuse(check, questionId);
	return nextCheck(check, now, (ticket) => ticket(pupilId).mark(q, code));
}

/** A tap on a cell: the mark after the one it shows now. */
export function withNextMark(check: Check, pupilId: string, questionId: string, now: number) {
	const q = questionOrRefuse(check, questionId);
	return nextCheck(check, now, (ticket) => {
		const edit = ticket(pupilId);
		edit.mark(q, nextMark(edit.markOf(q)));
	});
}

/** The fast path: every present pupil's unmarked answers become correct; wrong ones stay wrong. */
export function withEveryoneCorrect(check: Check, now: number): Check {
	return nextCheck(check, now, (ticket) => {
		check.pupilIds.forEach((pupilId, p) => {
			if (isAbsentAt(check, p)) return;
			const marks = marksAt(check, p);
			if (!marks.includes(MARKS.code.unmarked)) return;
			const edit = ticket(pupilId);
			marks.forEach((code, q) => {
				if (code === MARKS.code.unmarked) edit.mark(q, MARKS.code.correct);
			});
		});
	});
}

export function withAbsent(check: Check, pupilId: string, absent: boolean, now: number): Check {
	return nextCheck(check, now, (ticket) => ticket(pupilId).absent(absent));
}

/** The teacher's judgement always wins over the rule, and is kept with its reason. */
export function withOverride(
	check: Check,
	pupilId: string,
	override: Override,
	reason: string | null,
	now: number
): Check {
	return nextCheck(check, now, (ticket) => ticket(pupilId).override(override, reason));
}

/** The next mark when a cell is tapped: correct, then wrong, then not answered, round again. */
export function nextMark(code: number): number {
	switch (code) {
		case MARKS.code.correct:
			return MARKS.code.incorrect;
		case MARKS.code.incorrect:
			return MARKS.code['not-answered'];
		default:
			return MARKS.code.correct;
	}
}
