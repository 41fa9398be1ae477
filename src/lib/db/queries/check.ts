import type { PupilAnswers } from '$lib/domain/model/answers';
import type { Check } from '$lib/domain/model/check';
import { isLive } from '$lib/domain/model/common';
import type { Group } from '$lib/domain/model/group';
import type { Adult, Pupil, SchoolClass } from '$lib/domain/model/roster';
import type { OutcomeBook } from '$lib/domain/outcomes';
import { byName } from '$lib/domain/sorting';
import { db } from '../database';
import { outcomesOn } from './outcomes';

export interface CheckView {
	check: Check;
	schoolClass: SchoolClass | null;
	/** Every pupil on the check, archived or moved since included. */
	pupils: Map<string, Pupil>;
	groups: Group[];
	/** The outcomes recorded for the check's pupils so far. */
	outcomes: OutcomeBook;
	/** Adults who can be given a group: everyone current, those who run groups first. */
	adults: Adult[];
	/** Each tablet's record of the pupils' answers to the check. */
	answers: PupilAnswers[];
}

export async function checkView(checkId: string): Promise<CheckView | null> {
	const check = await db.checks.get(checkId);
	if (!check || !isLive(check)) return null;
	const [schoolClass, pupils, groups, outcomes, adults, answers] = await Promise.all([
		db.classes.get(check.classId),
		db.pupils.bulkGet(check.pupilIds),
		db.groups.where('checkId').equals(check.id).filter(isLive).toArray(),
		outcomesOn([check.date]),
		db.adults.toArray(),
		db.answers.where('checkId').equals(check.id).filter(isLive).toArray()
	]);
	return {
		check,
		schoolClass: schoolClass ?? null,
		pupils: new Map(pupils.filter((p) => p !== undefined).map((p) => [p.id, p])),
		groups,
		outcomes,
		adults: adults
			.filter((adult) => !adult.archived && isLive(adult))
			.sort((a, b) => Number(b.runsGroups) - Number(a.runsGroups) || byName(a, b)),
		answers
	};
}
