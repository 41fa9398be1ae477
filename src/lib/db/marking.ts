import { changesGroups } from '$lib/domain/groupPlan';
import type { MarkingStep } from '$lib/domain/marking';
import { CheckSchema, type Check } from '$lib/domain/model/check';
import { SETTINGS_KEY } from '$lib/domain/settings';
import { db } from './database';
import { GROUPING_TABLES, rebuildGroupsOf } from './groups';
import { liveCheck } from './queries/check';
import { mustGet } from './records';
import { validate } from './validate';

/**
 * Every change to a check's marks is its own transaction: read the check, apply one step and
 * write it back. Taps in quick succession (or from two tabs) queue up rather than overwrite
 * each other. The step is one of the pure `with*` steps of domain/marking; `now` is when the
 * teacher made the change. Returns the check as stored, for the marking screen to show at once.
 *
 * A step that changes who is flagged, or what they need, also notes in the same transaction
 * that the check's groups are due to follow it (a tap that flags nobody new costs no
 * regrouping): followFlags rebuilds them when the taps pause, in a transaction of its own, so
 * that the flagged list shows without waiting for the groups, and a tab closed in between
 * leaves the note for the next start.
 */
export async function changeCheck(
	checkId: string,
	step: MarkingStep,
	now = Date.now()
): Promise<{ check: Check; regroup: boolean }> {
	return db.transaction('rw', db.checks, db.regroups, async () => {
		const check = await mustGet(db.checks, checkId);
		const next = validate(CheckSchema, step(check, now));
		const regroup = changesGroups(check, next);
		await Promise.all([
			db.checks.put(next),
			regroup ? db.regroups.put({ id: checkId, at: now }) : undefined
		]);
		return { check: next, regroup };
	});
}

/**
 * The groups follow the flags: rebuilds the groups of every check whose taps are noted as due,
 * each as of its latest tap, and clears the notes, in one transaction. A check deleted
 * meanwhile is left as it is.
 */
export async function followFlags(): Promise<void> {
	await db.transaction('rw', [...GROUPING_TABLES, db.regroups], async () => {
		const due = await db.regroups.toArray();
		const settings = await db.settings.get(SETTINGS_KEY);
		for (const { id, at } of due) {
			const check = await liveCheck(id);
			if (settings && check) await rebuildGroupsOf(check, settings, at);
		}
		await db.regroups.bulkDelete(due.map((row) => row.id));
	});
}
