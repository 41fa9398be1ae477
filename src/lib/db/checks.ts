import { withAnswersTakenIn, withAnswersToMarkAgain } from '$lib/domain/answers';
import {
	CheckDraftSchema,
	CheckSchema,
	newCheck,
	type Check,
	type CheckDraft,
	type Question
} from '$lib/domain/model/check';
import { isLive } from '$lib/domain/tombstones';
import { SETTINGS_KEY } from '$lib/domain/settings';
import { byName } from '$lib/domain/sorting';
import { hasMarks, judgedAgain } from '$lib/domain/tickets';
import { db } from './database';
import { ANSWER_TABLES } from './answers';
import { saveToBank } from './bank';
import { moveGroupsOf, regroupIfMarked } from './groups';
import { answersToCheck } from './queries/answering';
import { liveCheck } from './queries/check';
import { hasOutcomes } from './queries/outcomes';
import { liveRecords, mustGet } from './records';
import { validate, ValidationError } from './validate';

/** The questions of a draft the teacher ticked to keep in the question bank. */
const ticked = (draft: CheckDraft, toBank: readonly string[]) =>
	draft.questions.filter((question) => toBank.includes(question.id));

/** A check as made or changed today: whole, and dated no later than today. */
function validDraft(draft: CheckDraft, today: string) {
	const valid = validate(CheckDraftSchema, draft);
	if (valid.date > today) throw new ValidationError(['A check cannot be dated in the future.']);
	return valid;
}

/**
 * Makes a check for a class's current pupils and returns its id. It is judged from now on by
 * the school's flag rule of today, whatever the rule becomes later. The questions whose ids are
 * in `toBank` go into the question bank with it, or neither is saved.
 */
export async function createCheck(
	draft: CheckDraft,
	today: string,
	toBank: readonly string[] = []
): Promise<string> {
	const valid = validDraft(draft, today);
	const id = crypto.randomUUID();
	const tables = [db.checks, db.classes, db.pupils, db.settings, db.bank];
	await db.transaction('rw', tables, async () => {
		const [schoolClass, settings] = await Promise.all([
			db.classes.get(valid.classId),
			db.settings.get(SETTINGS_KEY)
		]);
		if (!schoolClass || !isLive(schoolClass) || !settings) {
			throw new ValidationError(['That class is not on this device.']);
		}
		if (schoolClass.archived) {
			throw new ValidationError([
				`${schoolClass.name} is archived. Restore it in Roster before making a check for it.`
			]);
		}
		const pupils = (await db.pupils.where('classId').equals(valid.classId).toArray())
			.filter((pupil) => !pupil.archived && isLive(pupil))
			.sort(byName);
		const check = newCheck(
			{ ...valid, id },
			pupils.map((pupil) => pupil.id),
			settings.flagRule,
			Date.now()
		);
		await db.checks.add(validate(CheckSchema, check));
		await saveToBank(ticked(valid, toBank));
	});
	return id;
}

/** Why the questions cannot change so once marking has started, or null when they can. */
function changeAfterMarking(
	before: readonly Question[],
	after: readonly Question[]
): string | null {
	const same =
		after.length === before.length && after.every((question, q) => question.id === before[q].id);
	if (!same) return 'Questions cannot be added, removed or reordered once marking has started.';
	const changed = after.findIndex(
		(question, q) =>
			question.kind !== before[q].kind || question.options.length !== before[q].options.length
	);
	return changed < 0
		? null
		: `Question ${changed + 1}: its kind and its number of options cannot change once marking has started.`;
}

/**
 * Rewords a check's title and questions. Questions can be added or removed only while nothing
 * is marked, so that no pupil's marks end up against a different question. A question made
 * essential, or no longer, judges the class again by the check's own rule. A new correct option
 * or new accepted answers mark the pupils' answers to that question again. The questions whose
 * ids are in `toBank` go into the question bank with the change, or neither is saved.
 */
export async function updateCheck(
	checkId: string,
	draft: CheckDraft,
	today: string,
	toBank: readonly string[] = []
): Promise<void> {
	const valid = validDraft(draft, today);
	await db.transaction('rw', [...ANSWER_TABLES, db.bank], async () => {
		const check = await mustGet(db.checks, checkId);
		const settings = await db.settings.get(SETTINGS_KEY);
		if (!settings) throw new ValidationError(['That check is not on this device.']);
		const refused = changeAfterMarking(check.questions, valid.questions);
		if (refused && hasMarks(check)) throw new ValidationError([refused]);
		const redated = valid.date !== check.date;
		// The outcomes are filed under the day they were recorded for.
		if (redated && (await hasOutcomes(check))) {
			throw new ValidationError([
				'This check has intervention outcomes recorded, so its date cannot change.'
			]);
		}
		const sameQuestions = refused === null;
		const now = Date.now();
		const edited: Check = {
			...check,
			...valid,
			classId: check.classId,
			editedAt: now,
			updatedAt: now,
			...(sameQuestions
				? {}
				: {
						marks: new Uint8Array(check.pupilIds.length * valid.questions.length),
						choices: new Uint8Array(0),
						confidence: new Uint8Array(0),
						takenAt: new Float64Array(0)
					})
		};
		const essentials = (questions: typeof valid.questions) =>
			questions.map((question) => question.essential).join();
		const judged =
			essentials(check.questions) === essentials(valid.questions) ? edited : judgedAgain(edited);
		const marked = withAnswersToMarkAgain(judged, check.questions);
		const next =
			marked === judged ? judged : withAnswersTakenIn(marked, await answersToCheck(check.id), now);
		await db.checks.put(validate(CheckSchema, next));
		if (redated) await moveGroupsOf(check.id, next.date, now);
		await regroupIfMarked(next, settings, now);
		await saveToBank(ticked(valid, toBank));
	});
}

/**
 * Deletes a check with its groups, as tombstones that other devices learn of: only while none
 * of its pupils has an outcome recorded.
 */
export async function deleteCheck(checkId: string): Promise<void> {
	await db.transaction('rw', db.checks, db.groups, db.outcomes, async () => {
		const check = await liveCheck(checkId);
		if (!check) return;
		if (await hasOutcomes(check)) {
			throw new ValidationError([
				'This check has intervention outcomes recorded, so it is kept as part of the record.'
			]);
		}
		const now = Date.now();
		const groups = await liveRecords(db.groups.where('checkId').equals(checkId));
		await db.groups.bulkPut(groups.map((group) => ({ ...group, deletedAt: now, updatedAt: now })));
		await db.checks.put({ ...check, deletedAt: now, updatedAt: now });
	});
}
