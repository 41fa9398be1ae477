import type { Check } from '$lib/domain/model/check';
import type { Group } from '$lib/domain/model/group';
import type { Adult, Pupil, SchoolClass } from '$lib/domain/model/roster';
import { byName } from '$lib/domain/sorting';
import { db } from '../database';

export interface SessionCard {
	group: Group;
	check: Check;
	schoolClass: SchoolClass | null;
	pupils: Pupil[];
}

export async function groupRunners(): Promise<Adult[]> {
	const adults = await db.adults.toArray();
	return adults.filter((adult) => adult.runsGroups && !adult.archived).sort(byName);
}

/** One adult's groups on one day, with what each card needs to show. */
export async function sessionsFor(date: string, adultId: string): Promise<SessionCard[]> {
	const groups = await db.groups.where('[date+adultId]').equals([date, adultId]).toArray();
	const [checks, classes, pupils] = await Promise.all([
		db.checks.bulkGet(groups.map((group) => group.checkId)),
		db.classes.bulkGet(groups.map((group) => group.classId)),
		db.pupils.bulkGet(groups.flatMap((group) => group.pupilIds))
	]);
	const pupilById = new Map(pupils.filter((p) => p !== undefined).map((p) => [p.id, p]));
	return groups.flatMap((group, i) => {
		const check = checks[i];
		if (!check) return [];
		return [
			{
				group,
				check,
				schoolClass: classes[i] ?? null,
				pupils: group.pupilIds.map((id) => pupilById.get(id)).filter((pupil) => pupil !== undefined)
			}
		];
	});
}
