import { changesGroups } from '$lib/domain/groupPlan';
import type { MarkingStep } from '$lib/domain/marking';
import { CheckSchema, type Check } from '$lib/domain/model/check';
import { SETTINGS_KEY } from '$lib/domain/settings';
import { db } from './database';
import { GROUPING_TABLES, rebuildGroupsOf } from './groups';
import { mustGet } from './records';
import { validate, ValidationError } from './validate';

/**
 * Every change to a check's marks is its own transaction: read the check, apply one step,
 * write it back, and let the unlocked groups follow the flags when the step changed them (a
 * tap that flags nobody new costs no regrouping). Taps in quick succession (or from two tabs)
 * queue up rather than overwrite each other. The step is one of the pure `with*` steps of
 * domain/marking; `now` is when the teacher made the change. Returns the check as stored, for
 * the marking screen to show at once.
 */
export async function changeCheck(
	checkId: string,
	step: MarkingStep,
	now = Date.now()
): Promise<Check> {
	return db.transaction('rw', GROUPING_TABLES, async () => {
		const [check, settings] = await Promise.all([
			mustGet(db.checks, checkId),
			db.settings.get(SETTINGS_KEY)
		]);
		if (!settings) throw new ValidationError(['That check is not on this device.']);
		const next = validate(CheckSchema, step(check, now));
		await db.checks.put(next);
		if (changesGroups(check, next)) await rebuildGroupsOf(next, settings, now);
		return next;
	});
}
