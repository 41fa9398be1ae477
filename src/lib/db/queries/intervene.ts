import type { Check } from '$lib/domain/model/check';
import { isLive } from '$lib/domain/tombstones';
import type { Group } from '$lib/domain/model/group';
import type { Adult, Pupil, SchoolClass } from '$lib/domain/model/roster';
import { everySlot, SETTINGS_KEY } from '$lib/domain/settings';
import type { OutcomeBook } from '$lib/domain/outcomes';
import { byName, bySlot } from '$lib/domain/sorting';
import { db } from '../database';
import { pupilsOnChecks } from './names';
import { outcomesOn } from './outcomes';

export interface SessionCard {
	group: Group;
	check: Check;
	schoolClass: SchoolClass | null;
	adult: Adult | null;
	pupils: Pupil[];
	/** The group's pupils' names as shown: a mark where two on the check share a name. */
	names: Map<string, string>;
	/** What has been recorded so far for the group's pupils, by any adult. */
	outcomes: OutcomeBook;
}

/** The adults who may run groups on a day: those who run groups, and anyone given one. */
export async function groupRunners(date: string): Promise<Adult[]> {
	const [adults, groups] = await Promise.all([
		db.adults.toArray(),
		db.groups.where('date').equals(date).toArray()
	]);
	const given = new Set(groups.filter(isLive).map((group) => group.adultId));
	return adults
		.filter(
			(adult) => !adult.archived && isLive(adult) && (adult.runsGroups || given.has(adult.id))
		)
		.sort(byName);
}

/** Each group with what its card needs to show. */
async function sessionsOf(date: string, groups: Group[]): Promise<SessionCard[]> {
	const live = groups.filter(isLive);
	const [checks, classes, adults, outcomes] = await Promise.all([
		db.checks.bulkGet(live.map((group) => group.checkId)),
		db.classes.bulkGet(live.map((group) => group.classId)),
		db.adults.bulkGet(live.map((group) => group.adultId ?? '')),
		outcomesOn([date])
	]);
	const { pupils, names } = await pupilsOnChecks(checks.filter((check) => check !== undefined));
	return live.flatMap((group, i) => {
		const check = checks[i];
		if (!check || !isLive(check)) return [];
		return [
			{
				group,
				check,
				schoolClass: classes[i] ?? null,
				adult: adults[i] ?? null,
				pupils: group.pupilIds.flatMap((id) => pupils.get(id) ?? []),
				names: names.get(check.id) ?? new Map(),
				outcomes
			}
		];
	});
}

/** One adult's groups on one day, in the order of the slots. */
export async function sessionsFor(date: string, adultId: string): Promise<SessionCard[]> {
	const [groups, settings] = await Promise.all([
		db.groups
			.where('date')
			.equals(date)
			.toArray()
			.then((groups) => groups.filter((group) => group.adultId === adultId)),
		db.settings.get(SETTINGS_KEY)
	]);
	const inSlotOrder = bySlot(settings ? everySlot(settings) : []);
	return sessionsOf(date, groups.sort(inSlotOrder));
}

export interface AdultCards {
	adult: Adult;
	sessions: SessionCard[];
}

/** Everything one adult's session cards of the day print; null when there is no such adult. */
export async function adultCards(date: string, adultId: string): Promise<AdultCards | null> {
	const [adult, sessions] = await Promise.all([db.adults.get(adultId), sessionsFor(date, adultId)]);
	return adult ? { adult, sessions } : null;
}
