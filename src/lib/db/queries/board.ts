import type { Check } from '$lib/domain/model/check';
import type { Group } from '$lib/domain/model/group';
import type { Adult, Pupil, SchoolClass } from '$lib/domain/model/roster';
import { byName } from '$lib/domain/sorting';
import { db } from '../database';
import { pupilsOnChecks } from './names';

export interface BoardGroup {
	group: Group;
	check: Check | null;
	schoolClass: SchoolClass | null;
	/** The group's pupils, with their names as shown (a mark where two in a class share one). */
	pupils: { pupil: Pupil; name: string }[];
}

export interface BoardDay {
	groups: BoardGroup[];
	/** Everyone who can be given a group: current adults, by name. */
	adults: Adult[];
}

/** Every group of one day across the school, for the board of whoever organises it. */
export async function boardDay(date: string): Promise<BoardDay> {
	const [groups, adults, classes] = await Promise.all([
		db.groups.where('date').equals(date).toArray(),
		db.adults.toArray(),
		db.classes.toArray()
	]);
	const checks = await db.checks.bulkGet([...new Set(groups.map((group) => group.checkId))]);
	const checkById = new Map(checks.flatMap((check) => (check ? [[check.id, check] as const] : [])));
	const { pupils, names } = await pupilsOnChecks([...checkById.values()]);
	const classById = new Map(classes.map((schoolClass) => [schoolClass.id, schoolClass]));
	return {
		groups: groups.map((group) => ({
			group,
			check: checkById.get(group.checkId) ?? null,
			schoolClass: classById.get(group.classId) ?? null,
			pupils: group.pupilIds.flatMap((id) => {
				const pupil = pupils.get(id);
				if (!pupil) return [];
				return [{ pupil, name: names.get(group.checkId)?.get(id) ?? pupil.name }];
			})
		})),
		adults: adults.filter((adult) => !adult.archived).sort(byName)
	};
}
