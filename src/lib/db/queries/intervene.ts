import type { Check } from '$lib/domain/model/check';
import type { Group } from '$lib/domain/model/group';
import type { Adult, Pupil, SchoolClass } from '$lib/domain/model/roster';
import { pupilNames } from '$lib/domain/pupilNames';
import { byName } from '$lib/domain/sorting';
import { db } from '../database';

export interface SessionCard {
	group: Group;
	check: Check;
	schoolClass: SchoolClass | null;
	adult: Adult | null;
	pupils: Pupil[];
	/** The group's pupils' names as shown: a mark where two on the check share a name. */
	names: Map<string, string>;
}

export async function groupRunners(): Promise<Adult[]> {
	const adults = await db.adults.toArray();
	return adults.filter((adult) => adult.runsGroups && !adult.archived).sort(byName);
}

/** Each group with what its card needs to show. */
async function sessionsOf(groups: Group[]): Promise<SessionCard[]> {
	const [checks, classes, adults] = await Promise.all([
		db.checks.bulkGet(groups.map((group) => group.checkId)),
		db.classes.bulkGet(groups.map((group) => group.classId)),
		db.adults.bulkGet(groups.map((group) => group.adultId ?? ''))
	]);
	// Every pupil on each check: a mark is needed wherever two of them share a name.
	const onCheck = await db.pupils.bulkGet([
		...new Set(checks.flatMap((check) => check?.pupilIds ?? []))
	]);
	const pupilById = new Map(onCheck.filter((p) => p !== undefined).map((p) => [p.id, p]));
	return groups.flatMap((group, i) => {
		const check = checks[i];
		if (!check) return [];
		const classmates = check.pupilIds.flatMap((id) => pupilById.get(id) ?? []);
		return [
			{
				group,
				check,
				schoolClass: classes[i] ?? null,
				adult: adults[i] ?? null,
				pupils: group.pupilIds.flatMap((id) => pupilById.get(id) ?? []),
				names: pupilNames(classmates)
			}
		];
	});
}

/** One adult's groups on one day. */
export async function sessionsFor(date: string, adultId: string): Promise<SessionCard[]> {
	return sessionsOf(await db.groups.where('[date+adultId]').equals([date, adultId]).toArray());
}

/** Every group of one slot on one day, for printing the session cards. */
export async function sessionsInSlot(date: string, slotId: string): Promise<SessionCard[]> {
	const groups = await db.groups.where('date').equals(date).toArray();
	const cards = await sessionsOf(groups.filter((group) => group.slotId === slotId));
	return cards.sort((a, b) => (a.adult?.name ?? '').localeCompare(b.adult?.name ?? '', 'en-GB'));
}
