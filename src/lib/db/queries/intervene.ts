import type { Check } from '$lib/domain/model/check';
import { isLive } from '$lib/domain/model/common';
import type { Group } from '$lib/domain/model/group';
import type { Adult, Pupil, SchoolClass } from '$lib/domain/model/roster';
import type { OutcomeBook } from '$lib/domain/outcomes';
import { byName } from '$lib/domain/sorting';
import { db } from '../database';
import { outcomesOn } from './outcomes';

export interface SessionCard {
	group: Group;
	check: Check;
	schoolClass: SchoolClass | null;
	adult: Adult | null;
	pupils: Pupil[];
	/** What has been recorded so far for the group's pupils, by any adult. */
	outcomes: OutcomeBook;
}

export async function groupRunners(): Promise<Adult[]> {
	const adults = await db.adults.toArray();
	return adults
		.filter((adult) => adult.runsGroups && !adult.archived && isLive(adult))
		.sort(byName);
}

/** Each group with what its card needs to show. */
async function sessionsOf(date: string, groups: Group[]): Promise<SessionCard[]> {
	const live = groups.filter(isLive);
	const [checks, classes, pupils, adults, outcomes] = await Promise.all([
		db.checks.bulkGet(live.map((group) => group.checkId)),
		db.classes.bulkGet(live.map((group) => group.classId)),
		db.pupils.bulkGet(live.flatMap((group) => group.pupilIds)),
		db.adults.bulkGet(live.map((group) => group.adultId ?? '')),
		outcomesOn([date])
	]);
	const pupilById = new Map(pupils.filter((p) => p !== undefined).map((p) => [p.id, p]));
	return live.flatMap((group, i) => {
		const check = checks[i];
		if (!check || !isLive(check)) return [];
		return [
			{
				group,
				check,
				schoolClass: classes[i] ?? null,
				adult: adults[i] ?? null,
				pupils: group.pupilIds
					.map((id) => pupilById.get(id))
					.filter((pupil) => pupil !== undefined),
				outcomes
			}
		];
	});
}

/** One adult's groups on one day. */
export async function sessionsFor(date: string, adultId: string): Promise<SessionCard[]> {
	return sessionsOf(
		date,
		await db.groups.where('[date+adultId]').equals([date, adultId]).toArray()
	);
}

/** Every group of one slot on one day, for printing the session cards. */
export async function sessionsInSlot(date: string, slotId: string): Promise<SessionCard[]> {
	const groups = await db.groups.where('date').equals(date).toArray();
	const cards = await sessionsOf(
		date,
		groups.filter((group) => group.slotId === slotId)
	);
	return cards.sort((a, b) => (a.adult?.name ?? '').localeCompare(b.adult?.name ?? '', 'en-GB'));
}
