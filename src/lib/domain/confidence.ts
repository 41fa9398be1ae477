import { CONFIDENCE, MARKS } from './codes';
import { guessedRight } from './flags';
import type { Check } from './model/check';
import { confidenceAt, isAbsentAt, isFlaggedAt, marksAt, pupilIndex } from './tickets';

/**
 * What pupils said about how sure they were, beside what they got right: a pupil who is
 * confidently wrong needs the group most; one who guessed right is not yet secure.
 */

/** The questions a pupil got wrong while saying they were sure. */
export function confidentlyWrong(
	marks: ArrayLike<number>,
	confidence: ArrayLike<number>
): number[] {
	const questions: number[] = [];
	for (let q = 0; q < confidence.length; q++) {
		if (confidence[q] === CONFIDENCE.code.sure && marks[q] === MARKS.code.incorrect) {
			questions.push(q);
		}
	}
	return questions;
}

/** A pupil's confidently wrong answers on a check, by question index. */
export function confidentlyWrongOn(check: Check, pupilId: string): number[] {
	const p = pupilIndex(check, pupilId);
	return p < 0 ? [] : confidentlyWrong(marksAt(check, p), confidenceAt(check, p));
}

/** A pupil to check tomorrow: right, but they said they were guessing. */
export interface GuessedRight {
	pupilId: string;
	/** The questions they guessed right, by index. */
	questions: number[];
}

/**
 * The present pupils who are not flagged but got a question right while guessing: not yet
 * secure, so they are checked again tomorrow (the flag rule can flag them instead).
 */
export function checkTomorrow(check: Check): GuessedRight[] {
	const found: GuessedRight[] = [];
	check.pupilIds.forEach((pupilId, p) => {
		if (isAbsentAt(check, p) || isFlaggedAt(check, p)) return;
		const questions = guessedRight(marksAt(check, p), confidenceAt(check, p));
		if (questions.length > 0) found.push({ pupilId, questions });
	});
	return found;
}

/**
 * Flagged pupils in the order they need the group: those confidently wrong first, the rest as
 * they were. Pure and stable, so the list does not jump about as marks come in.
 */
export function confidentlyWrongFirst<T extends { pupilId: string }>(
	check: Check,
	flagged: readonly T[]
): T[] {
	const sure = (item: T) => (confidentlyWrongOn(check, item.pupilId).length > 0 ? 0 : 1);
	return flagged
		.map((item, i) => ({ item, i }))
		.sort((a, b) => sure(a.item) - sure(b.item) || a.i - b.i)
		.map(({ item }) => item);
}
