import {
	nextMark,
	withAbsent,
	withEveryoneCorrect,
	withMark,
	withOverride
} from '$lib/domain/marking';
import { CheckSchema, type Check } from '$lib/domain/model/check';
import type { FlagRule } from '$lib/domain/model/settings';
import type { Override } from '$lib/domain/tickets';
import { db } from './database';
import { GROUPING_TABLES, regroupIfMarked } from './groups';
import { validate, ValidationError } from './validate';

/**
 * Every tap is its own transaction: read the check, apply one step, write it back, and let the
 * unlocked groups follow the flags. Taps in quick succession (or from two tabs) queue up
 * rather than overwrite each other.
 */
async function change(
	checkId: string,
	step: (check: Check, rule: FlagRule, now: number) => Check
): Promise<void> {
	await db.transaction('rw', GROUPING_TABLES, async () => {
		const [check, settings] = await Promise.all([
			db.checks.get(checkId),
			db.settings.get('school')
		]);
		if (!check || !settings) throw new ValidationError(['That check is not on this device.']);
		const now = Date.now();
		const next = validate(CheckSchema, step(check, settings.flagRule, now));
		await db.checks.put(next);
		await regroupIfMarked(next, settings, now);
	});
}

export function setMark(checkId: string, pupilId: string, questionId: string, code: number) {
	return change(checkId, (check, rule, now) =>
		withMark(check, pupilId, questionId, code, rule, now)
	);
}

/** A tap on a cell: the mark after the one it shows now. */
export function cycleMark(checkId: string, pupilId: string, questionId: string) {
	return change(checkId, (check, rule, now) => {
		const p = check.pupilIds.indexOf(pupilId);
		const q = check.questions.findIndex((question) => question.id === questionId);
		const current = check.marks[p * check.questions.length + q];
		return withMark(check, pupilId, questionId, nextMark(current), rule, now);
	});
}

export function markEveryoneCorrect(checkId: string) {
	return change(checkId, (check, rule, now) => withEveryoneCorrect(check, rule, now));
}

export function setAbsent(checkId: string, pupilId: string, absent: boolean) {
	return change(checkId, (check, rule, now) => withAbsent(check, pupilId, absent, rule, now));
}

export function setOverride(
	checkId: string,
	pupilId: string,
	override: Override,
	reason: string | null
) {
	return change(checkId, (check, _rule, now) =>
		withOverride(check, pupilId, override, reason, now)
	);
}
