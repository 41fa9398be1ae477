import type { Override } from '$lib/domain/codes';
import {
	withAbsent,
	withEveryoneCorrect,
	withMark,
	withNextMark,
	withOverride
} from '$lib/domain/marking';
import { CheckSchema, type Check } from '$lib/domain/model/check';
import { SETTINGS_KEY } from '$lib/domain/settings';
import { db } from './database';
import { GROUPING_TABLES, regroupIfMarked } from './groups';
import { mustGet } from './records';
import { validate, ValidationError } from './validate';

/**
 * Every tap is its own transaction: read the check, apply one step, write it back, and let the
 * unlocked groups follow the flags. Taps in quick succession (or from two tabs) queue up
 * rather than overwrite each other.
 */
async function change(checkId: string, step: (check: Check, now: number) => Check): Promise<void> {
	await db.transaction('rw', GROUPING_TABLES, async () => {
		const [check, settings] = await Promise.all([
			mustGet(db.checks, checkId),
			db.settings.get(SETTINGS_KEY)
		]);
		if (!settings) throw new ValidationError(['That check is not on this device.']);
		const now = Date.now();
		const next = validate(CheckSchema, step(check, now));
		await db.checks.put(next);
		await regroupIfMarked(next, settings, now);
	});
}

export function setMark(checkId: string, pupilId: string, questionId: string, code: number) {
	return change(checkId, (check, now) => withMark(check, pupilId, questionId, code, now));
}

/** A tap on a cell: the mark after the one it shows now. */
export function cycleMark(checkId: string, pupilId: string, questionId: string) {
	return change(checkId, (check, now) => withNextMark(check, pupilId, questionId, now));
}

export function markEveryoneCorrect(checkId: string) {
	return change(checkId, (check, now) => withEveryoneCorrect(check, now));
}

export function setAbsent(checkId: string, pupilId: string, absent: boolean) {
	return change(checkId, (check, now) => withAbsent(check, pupilId, absent, now));
}

export function setOverride(
	checkId: string,
	pupilId: string,
	override: Override,
	reason: string | null
) {
	return change(checkId, (check, now) => withOverride(check, pupilId, override, reason, now));
}
