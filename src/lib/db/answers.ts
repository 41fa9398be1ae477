import { withAnswer, withAnswersTakenIn, type AnswerTap } from '$lib/domain/answers';
import { emptyPupilAnswers, pupilAnswersId, PupilAnswersSchema } from '$lib/domain/model/answers';
import { CheckSchema, type Check, type Question } from '$lib/domain/model/check';
import { isLive } from '$lib/domain/tombstones';
import { isAnsweredOnTablet } from '$lib/domain/model/questions';
import { SETTINGS_KEY } from '$lib/domain/settings';
import { NUMBER_EXAMPLE, parseNumberAnswer } from '$lib/domain/numbers';
import { db } from './database';
import { GROUPING_TABLES, regroupIfMarked } from './groups';
import { answersToCheck } from './queries/answering';
import { liveCheck } from './queries/check';
import { mustGet } from './records';
import { validate, ValidationError } from './validate';

/** The tables of a pupil's tap: their tablet's answers, the check, and its groups. */
export const ANSWER_TABLES = [...GROUPING_TABLES, db.answers] as const;

/** Where a pupil's answers go: their check, on this tablet. */
export interface AnswerPlace {
	checkId: string;
	/** This device's id: each tablet writes its own record of answers. */
	deviceId: string;
	pupilId: string;
}

function refuse(tap: AnswerTap, question: Question): void {
	if (
		'choice' in tap &&
		(question.kind !== 'choice' || tap.choice < 1 || tap.choice > question.options.length)
	) {
		throw new ValidationError(['That is not one of the options.']);
	}
	if ('number' in tap && question.kind !== 'number') {
		throw new ValidationError(['This question is answered by choosing an option.']);
	}
	if ('number' in tap && parseNumberAnswer(tap.number) === null) {
		throw new ValidationError([
			tap.number.trim() === ''
				? `Write a number first, ${NUMBER_EXAMPLE}.`
				: `“${tap.number.trim()}” is not a number: write it ${NUMBER_EXAMPLE}.`
		]);
	}
}

/**
 * Takes every tablet's answers on this device into the check, inside the caller's transaction,
 * and lets the groups follow. Writes nothing when nothing is new.
 */
async function takeIn(check: Check, now: number): Promise<boolean> {
	const [records, settings] = await Promise.all([
		answersToCheck(check.id),
		db.settings.get(SETTINGS_KEY)
	]);
	const next = withAnswersTakenIn(check, records, now);
	if (next === check) return false;
	await db.checks.put(validate(CheckSchema, next));
	if (settings) await regroupIfMarked(next, settings, now);
	return true;
}

/** The answers of one pupil on one tablet, with the tablet's record: one transaction. */
async function recordTaps(
	place: AnswerPlace,
	taps: (check: Check) => { questionId: string; tap: AnswerTap }[]
): Promise<void> {
	await db.transaction('rw', ANSWER_TABLES, async () => {
		const check = await mustGet(db.checks, place.checkId);
		if (!check.pupilIds.includes(place.pupilId)) {
			throw new ValidationError(['That pupil is not on this check.']);
		}
		const now = Date.now();
		const stored = await db.answers.get(pupilAnswersId(check.id, place.deviceId));
		const onTablet = check.questions.filter(isAnsweredOnTablet).map((question) => question.id);
		let answers =
			stored && isLive(stored)
				? stored
				: emptyPupilAnswers(check.id, place.deviceId, onTablet, now);
		const before = answers;
		for (const { questionId, tap } of taps(check)) {
			const question = check.questions.find((q) => q.id === questionId);
			if (!question || !isAnsweredOnTablet(question)) {
				throw new ValidationError(['That question is not answered on a tablet.']);
			}
			refuse(tap, question);
			answers = withAnswer(answers, place.pupilId, questionId, tap, now);
		}
		if (answers !== before) await db.answers.put(validate(PupilAnswersSchema, answers));
		await takeIn(check, now);
	});
}

/**
 * A pupil's tap on a tablet: an option, a number, or how sure they are. It is saved at once,
 * marked and taken into the teacher's check in the same transaction, so that the grid shows
 * it and a closed tablet loses nothing.
 */
export function recordAnswer(place: AnswerPlace, questionId: string, tap: AnswerTap) {
	return recordTaps(place, () => [{ questionId, tap }]);
}

/**
 * A pupil has finished: the questions they left without an answer are marked not answered, so
 * that the teacher does not have to.
 */
export function finishAnswers(place: AnswerPlace) {
	return recordTaps(place, (check) => {
		return check.questions
			.filter(isAnsweredOnTablet)
			.map((question) => ({ questionId: question.id, tap: { blank: true } as const }));
	});
}

/**
 * Takes the answers on this device into the check: for answers that came from other tablets
 * (by merge or sync). Idempotent and cheap: an answer is taken in once, and with nothing new
 * nothing is written.
 */
export async function takeInAnswers(checkId: string): Promise<boolean> {
	return db.transaction('rw', ANSWER_TABLES, async () => {
		const check = await liveCheck(checkId);
		if (!check) return false;
		return takeIn(check, Date.now());
	});
}
