import { CheckDraftSchema, CheckSchema, newCheck, type CheckDraft } from '$lib/domain/model/check';
import { withRules } from '$lib/domain/marking';
import { byName } from '$lib/domain/sorting';
import { db } from './database';
import { GROUPING_TABLES, regroupIfMarked } from './groups';
import { validate, ValidationError } from './validate';

/** Makes a check for a class's current pupils and returns its id. */
export async function createCheck(draft: CheckDraft, today: string): Promise<string> {
	const valid = validate(CheckDraftSchema, draft);
	if (valid.date > today) throw new ValidationError(['A check cannot be dated in the future.']);
	const id = crypto.randomUUID();
	await db.transaction('rw', db.checks, db.classes, db.pupils, async () => {
		const schoolClass = await db.classes.get(valid.classId);
		if (!schoolClass) throw new ValidationError(['That class is not on this device.']);
		if (schoolClass.archived) {
			throw new ValidationError([
				`${schoolClass.name} is archived. Restore it in Roster before making a check for it.`
			]);
		}
		const pupils = (await db.pupils.where('classId').equals(valid.classId).toArray())
			.filter((pupil) => !pupil.archived)
			.sort(byName);
		const check = newCheck(
			{ ...valid, id },
			pupils.map((pupil) => pupil.id),
			Date.now()
		);
		await db.checks.add(validate(CheckSchema, check));
	});
	return id;
}

/**
 * Rewords a check's title and questions. Questions can be added or removed only while nothing
 * is marked, so that no pupil's marks end up against a different question.
 */
export async function updateCheck(
	checkId: string,
	draft: CheckDraft,
	today: string
): Promise<void> {
	const valid = validate(CheckDraftSchema, draft);
	if (valid.date > today) throw new ValidationError(['A check cannot be dated in the future.']);
	await db.transaction('rw', GROUPING_TABLES, async () => {
		const check = await db.checks.get(checkId);
		const settings = await db.settings.get('school');
		if (!check || !settings) throw new ValidationError(['That check is not on this device.']);
		const sameQuestions =
			valid.questions.length === check.questions.length &&
			valid.questions.every((question, q) => question.id === check.questions[q].id);
		const anyMarks = check.marks.some((code) => code !== 0) || check.absent.some((a) => a === 1);
		if (!sameQuestions && anyMarks) {
			throw new ValidationError([
				'Questions cannot be added, removed or reordered once marking has started.'
			]);
		}
		const marks = sameQuestions
			? check.marks
			: new Uint8Array(check.pupilIds.length * valid.questions.length);
		const next = withRules(
			{ ...check, ...valid, classId: check.classId, marks, updatedAt: Date.now() },
			settings.flagRule
		);
		await db.checks.put(validate(CheckSchema, next));
		await regroupIfMarked(next, settings, next.updatedAt);
	});
}

/** Deletes a check with its groups: only while none of its groups has an outcome recorded. */
export async function deleteCheck(checkId: string): Promise<void> {
	await db.transaction('rw', db.checks, db.groups, async () => {
		const check = await db.checks.get(checkId);
		if (!check) return;
		if (check.attended.some((code) => code !== 0)) {
			throw new ValidationError([
				'This check has intervention outcomes recorded, so it is kept as part of the record.'
			]);
		}
		await db.groups.where('checkId').equals(checkId).delete();
		await db.checks.delete(checkId);
	});
}
