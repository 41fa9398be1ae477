import type { PupilAnswers } from '$lib/domain/model/answers';
import type { Check } from '$lib/domain/model/check';
import { isLive } from '$lib/domain/tombstones';
import type { Group } from '$lib/domain/model/group';
import type { Adult, Pupil, SchoolClass } from '$lib/domain/model/roster';
import type { OutcomeBook } from '$lib/domain/outcomes';
import { byName } from '$lib/domain/sorting';
import { db } from '../database';
import { liveRecords } from '../records';
import { answersToCheck } from './answering';
import { pupilsOnChecks } from './names';
import { outcomesOn } from './outcomes';

export interface CheckView {
	check: Check;
	schoolClass: SchoolClass | null;
	/** Every pupil on the check, archived or moved since included. */
	pupils: Map<string, Pupil>;
	/** Each pupil's name as shown, with a mark where two on the check share one. */
	names: Map<string, string>;
	groups: Group[];
	/** The outcomes recorded for the check's pupils so far. */
	outcomes: OutcomeBook;
	/** Adults who can be given a group: everyone current, those who run groups first. */
	adults: Adult[];
	/** Each tablet's record of the pupils' answers to the check. */
	answers: PupilAnswers[];
}

/** The check with this id, or null when it is not on this device or has been deleted. */
export async function liveCheck(checkId: string): Promise<Check | null> {
	const check = await db.checks.get(checkId);
	return check && isLive(check) ? check : null;
}

export async function checkView(checkId: string): Promise<CheckView | null> {
	const check = await liveCheck(checkId);
	return check && { check, ...(await checkContext(check)) };
}

/** What a check's screen shows besides the check. */
export type CheckContext = Omit<CheckView, 'check'>;

/**
 * Everything about a check but the check itself, so that a live query of it is not run again
 * by each tap on the check: only by a change to its pupils, groups, outcomes, adults or answers.
 */
export async function checkContext(
	check: Pick<Check, 'id' | 'classId' | 'date' | 'pupilIds'>
): Promise<CheckContext> {
	const [schoolClass, { pupils, names }, groups, outcomes, adults, answers] = await Promise.all([
		db.classes.get(check.classId),
		pupilsOnChecks([check]),
		liveRecords(db.groups.where('checkId').equals(check.id)),
		outcomesOn([check.date]),
		db.adults.toArray(),
		answersToCheck(check.id).then((records) => records.filter(isLive))
	]);
	return {
		schoolClass: schoolClass ?? null,
		pupils,
		names: names.get(check.id) ?? new Map<string, string>(),
		groups,
		outcomes,
		adults: adults
			.filter((adult) => !adult.archived && isLive(adult))
			.sort((a, b) => Number(b.runsGroups) - Number(a.runsGroups) || byName(a, b)),
		answers
	};
}
