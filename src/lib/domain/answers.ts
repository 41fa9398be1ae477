import { CONFIDENCE, MARKS, type Confidence } from './codes';
import type { Check, Question } from './model/check';
import type { PupilAnswers } from './model/answers';
import { isLive } from './tombstones';
import {
	acceptedAnswers,
	correctOption,
	isAnsweredOnTablet,
	optionLetter
} from './model/questions';
import { isAcceptedNumber } from './numbers';
import { isAbsentAt, nextCheck } from './tickets';

/**
 * The one way into a tablet's packed answers: reading what a pupil answered, making the next
 * record when they tap, marking answers automatically and taking them into the teacher's check.
 */

/** One pupil's answer to one question on one tablet. */
export interface PupilAnswer {
	pupilId: string;
	questionId: string;
	deviceId: string;
	/** The option chosen, 1 for the first; 0 for none. */
	choice: number;
	/** The number typed; empty for none. */
	number: string;
	confidence: Confidence;
	/** When the answer was given, 0 if not yet (the pupil may have said only how sure they are). */
	answeredAt: number;
	confidentAt: number;
}

/** What a pupil has given for one question so far, as their screen shows it. */
export type Given = Pick<PupilAnswer, 'choice' | 'number' | 'confidence'>;

/** Nothing given yet. */
export const NOTHING_GIVEN: Given = { choice: 0, number: '', confidence: 'unrecorded' };

/** An option chosen or a number given. */
export function hasAnswer(given: Given): boolean {
	return given.choice > 0 || given.number !== '';
}

/** An answer given, and how sure: the question is done and the next one can come. */
export function isComplete(given: Given): boolean {
	return hasAnswer(given) && given.confidence !== 'unrecorded';
}

/** What one tap records: an option, a number, a question left blank, or how sure. */
export type AnswerTap =
	| { choice: number }
	| { number: string }
	| { blank: true }
	| { confidence: Exclude<Confidence, 'unrecorded'> };

function cellOf(answers: PupilAnswers, pupilId: string, questionId: string): number {
	const p = answers.pupilIds.indexOf(pupilId);
	const q = answers.questionIds.indexOf(questionId);
	return p < 0 || q < 0 ? -1 : p * answers.questionIds.length + q;
}

function answerAt(answers: PupilAnswers, cell: number): PupilAnswer {
	const width = answers.questionIds.length;
	return {
		pupilId: answers.pupilIds[Math.floor(cell / width)],
		questionId: answers.questionIds[cell % width],
		deviceId: answers.deviceId,
		choice: answers.choices[cell],
		number: answers.numbers[cell],
		confidence: CONFIDENCE.nameOf(answers.confidence[cell]),
		answeredAt: answers.answeredAt[cell],
		confidentAt: answers.confidentAt[cell]
	};
}

/** Every answer or confidence a tablet holds. */
export function answersIn(answers: PupilAnswers): PupilAnswer[] {
	const found: PupilAnswer[] = [];
	for (let cell = 0; cell < answers.choices.length; cell++) {
		if (answers.answeredAt[cell] > 0 || answers.confidentAt[cell] > 0) {
			found.push(answerAt(answers, cell));
		}
	}
	return found;
}

/** A pupil's answer to a question on this tablet, or null when they have given none. */
export function answerOf(
	answers: PupilAnswers | null | undefined,
	pupilId: string,
	questionId: string
): PupilAnswer | null {
	if (!answers) return null;
	const cell = cellOf(answers, pupilId, questionId);
	return cell < 0 ? null : answerAt(answers, cell);
}

/** The record with room for this pupil and question: a new row or column is added at the end. */
function withRoom(answers: PupilAnswers, pupilId: string, questionId: string): PupilAnswers {
	const pupilIds = answers.pupilIds.includes(pupilId)
		? answers.pupilIds
		: [...answers.pupilIds, pupilId];
	const questionIds = answers.questionIds.includes(questionId)
		? answers.questionIds
		: [...answers.questionIds, questionId];
	if (pupilIds === answers.pupilIds && questionIds === answers.questionIds) {
		return {
			...answers,
			choices: answers.choices.slice(),
			numbers: [...answers.numbers],
			confidence: answers.confidence.slice(),
			answeredAt: answers.answeredAt.slice(),
			confidentAt: answers.confidentAt.slice()
		};
	}
	const cells = pupilIds.length * questionIds.length;
	const next: PupilAnswers = {
		...answers,
		pupilIds,
		questionIds,
		choices: new Uint8Array(cells),
		numbers: Array.from({ length: cells }, () => ''),
		confidence: new Uint8Array(cells),
		answeredAt: new Float64Array(cells),
		confidentAt: new Float64Array(cells)
	};
	const oldWidth = answers.questionIds.length;
	for (let cell = 0; cell < answers.choices.length; cell++) {
		const to = Math.floor(cell / oldWidth) * questionIds.length + (cell % oldWidth);
		next.choices[to] = answers.choices[cell];
		next.numbers[to] = answers.numbers[cell];
		next.confidence[to] = answers.confidence[cell];
		next.answeredAt[to] = answers.answeredAt[cell];
		next.confidentAt[to] = answers.confidentAt[cell];
	}
	return next;
}

/**
 * The tablet's next record after a pupil's tap. The old record is left untouched. Leaving a
 * question blank never replaces an answer already given.
 */
export function withAnswer(
	answers: PupilAnswers,
	pupilId: string,
	questionId: string,
	tap: AnswerTap,
	now: number
): PupilAnswers {
	const next = withRoom(answers, pupilId, questionId);
	const cell = cellOf(next, pupilId, questionId);
	if ('confidence' in tap) {
		next.confidence[cell] = CONFIDENCE.code[tap.confidence];
		next.confidentAt[cell] = now;
	} else if ('blank' in tap) {
		if (next.answeredAt[cell] > 0) return answers;
		next.answeredAt[cell] = now;
	} else {
		next.choices[cell] = 'choice' in tap ? tap.choice : 0;
		next.numbers[cell] = 'number' in tap ? tap.number.trim() : '';
		next.answeredAt[cell] = now;
	}
	// Each change of a tablet's record is later than the one before, even within a millisecond:
	// a merge can then tell two copies apart by when they were changed.
	return { ...next, updatedAt: Math.max(now, answers.updatedAt + 1) };
}

/** The mark an answer earns: right, wrong, or not answered when the pupil left it blank. */
export function autoMark(question: Question, answer: Pick<PupilAnswer, 'choice' | 'number'>) {
	if (question.kind === 'choice') {
		if (answer.choice === 0) return MARKS.code['not-answered'];
		return answer.choice - 1 === correctOption(question)
			? MARKS.code.correct
			: MARKS.code.incorrect;
	}
	if (answer.number === '') return MARKS.code['not-answered'];
	return isAcceptedNumber(answer.number, acceptedAnswers(question))
		? MARKS.code.correct
		: MARKS.code.incorrect;
}

/** Of two answers, the one given later; between answers given at once, the later tablet's id. */
function later(a: PupilAnswer | undefined, b: PupilAnswer, at: (x: PupilAnswer) => number) {
	if (!a) return b;
	if (at(a) !== at(b)) return at(a) > at(b) ? a : b;
	return a.deviceId >= b.deviceId ? a : b;
}

interface Latest {
	answer?: PupilAnswer;
	confidence?: PupilAnswer;
}

/** Every pupil's latest answer and latest confidence to each question, across the tablets. */
function latestAnswers(records: readonly PupilAnswers[]): Map<string, Latest> {
	const latest = new Map<string, Latest>();
	for (const record of records) {
		if (!isLive(record)) continue;
		for (const answer of answersIn(record)) {
			const key = `${answer.pupilId}|${answer.questionId}`;
			const known = latest.get(key) ?? {};
			if (answer.answeredAt > 0) known.answer = later(known.answer, answer, (x) => x.answeredAt);
			if (answer.confidentAt > 0) {
				known.confidence = later(known.confidence, answer, (x) => x.confidentAt);
			}
			latest.set(key, known);
		}
	}
	return latest;
}

/**
 * The teacher's check with the pupils' answers from every tablet taken in: each answer marked
 * automatically, with the option chosen and how sure the pupil was. An answer is taken in once,
 * so the teacher's later correction of its mark stays until the pupil answers again; a pupil
 * marked absent who answers since is present. Only the pupils whose answers are new are judged
 * again and stamped. Nothing new gives the same check back, so taking in again is free.
 */
export function withAnswersTakenIn(
	check: Check,
	records: readonly PupilAnswers[],
	now: number
): Check {
	const latest = latestAnswers(records.filter((record) => record.checkId === check.id));
	const width = check.questions.length;
	const edits: { pupilId: string; p: number; q: number; latest: Latest }[] = [];
	check.pupilIds.forEach((pupilId, p) => {
		check.questions.forEach((question, q) => {
			if (!isAnsweredOnTablet(question)) return;
			const found = latest.get(`${pupilId}|${question.id}`);
			if (!found?.answer) return;
			const cell = p * width + q;
			const takenAt = check.takenAt[cell] ?? 0;
			const sure = CONFIDENCE.code[found.confidence?.confidence ?? 'unrecorded'];
			if (found.answer.answeredAt > takenAt || sure !== (check.confidence[cell] ?? 0)) {
				edits.push({ pupilId, p, q, latest: found });
			}
		});
	});
	if (edits.length === 0) return check;
	return nextCheck(check, now, (ticket) => {
		for (const { pupilId, p, q, latest: found } of edits) {
			const edit = ticket(pupilId);
			const answer = found.answer;
			if (answer && answer.answeredAt > edit.takenAtOf(q)) {
				edit.answer(q, autoMark(check.questions[q], answer), answer.choice, answer.answeredAt);
				if (isAbsentAt(check, p)) edit.absent(false);
			}
			edit.confidence(q, CONFIDENCE.code[found.confidence?.confidence ?? 'unrecorded']);
		}
	});
}

/** A pupil who answered the same check on more than one tablet. */
export interface AnsweredTwice {
	pupilId: string;
	/** Each tablet's answers of this pupil, the tablets in the order they were first used. */
	tablets: { deviceId: string; answers: PupilAnswer[] }[];
}

/**
 * Pupils whose answers to a check are on two or more tablets: the latest answer to each
 * question is the one marked, and the teacher is shown both, never left to find out.
 */
export function answeredOnSeveralTablets(
	check: Pick<Check, 'id' | 'pupilIds'>,
	records: readonly PupilAnswers[]
): AnsweredTwice[] {
	const tablets = records
		.filter((record) => record.checkId === check.id && isLive(record))
		.sort((a, b) => a.createdAt - b.createdAt || (a.deviceId < b.deviceId ? -1 : 1));
	const twice: AnsweredTwice[] = [];
	for (const pupilId of check.pupilIds) {
		const seen = tablets
			.map((record) => ({
				deviceId: record.deviceId,
				answers: answersIn(record).filter(
					(answer) => answer.pupilId === pupilId && answer.answeredAt > 0
				)
			}))
			.filter((tablet) => tablet.answers.length > 0);
		if (seen.length > 1) twice.push({ pupilId, tablets: seen });
	}
	return twice;
}

/** What a question's answers are marked against: its correct option, or its accepted answers. */
function markingKey(question: Question): string {
	if (question.kind === 'choice') return `choice ${correctOption(question)}`;
	if (question.kind === 'number') {
		return `number ${acceptedAnswers(question)
			.map((text) => text.trim())
			.join('|')}`;
	}
	return 'marked';
}

/**
 * After the teacher changes the correct option or the accepted answers of a question, the
 * pupils' answers to it are to be marked again: they are set to be taken in afresh.
 */
export function withAnswersToMarkAgain(check: Check, before: readonly Question[]): Check {
	if (check.takenAt.length === 0) return check;
	const width = check.questions.length;
	const changed = check.questions
		.map((question, q) => ({ question, q }))
		.filter(({ question, q }) => before[q] && markingKey(before[q]) !== markingKey(question))
		.map(({ q }) => q);
	if (changed.length === 0) return check;
	const takenAt = check.takenAt.slice();
	for (let p = 0; p < check.pupilIds.length; p++) {
		for (const q of changed) takenAt[p * width + q] = 0;
	}
	return { ...check, takenAt };
}

/** What the pupil has given after a tap. */
export function givenAfter(given: Given, tap: AnswerTap): Given {
	if ('confidence' in tap) return { ...given, confidence: tap.confidence };
	if ('choice' in tap) return { ...given, choice: tap.choice, number: '' };
	if ('number' in tap) return { ...given, choice: 0, number: tap.number.trim() };
	return given;
}

/**
 * Whether the pupil's screen goes on to the next question after a tap: when the question has
 * just been done (an answer and how sure), or when they say again how sure they are. Changing
 * the option of a question already done waits for them to say how sure they are of the new one.
 */
export function goesOn(before: Given, tap: AnswerTap): boolean {
	const after = givenAfter(before, tap);
	return isComplete(after) && (!isComplete(before) || 'confidence' in tap);
}

/** An answer in words for the teacher: "B (1/3)", "0.5", or "left blank". */
export function answerWords(question: Question, answer: Pick<Given, 'choice' | 'number'>): string {
	if (question.kind === 'choice' && answer.choice > 0) {
		const option = question.options[answer.choice - 1];
		return `${optionLetter(answer.choice - 1)}${option ? ` (${option.text})` : ''}`;
	}
	return answer.number !== '' ? answer.number : 'left blank';
}
