import type { Group } from './model/group';

/** What the board needs to know of a group to say who can take it, and when. */
export type Placed = Pick<Group, 'id' | 'adultId' | 'slotId' | 'pupilIds'>;

/** A group without an adult or without a slot: nobody runs it yet, so its pupils wait. */
export function isWaiting(group: Pick<Group, 'adultId' | 'slotId'>): boolean {
	return group.adultId === null || group.slotId === null;
}

/** The groups of the day that wait for an adult, the most pupils first, and how many wait. */
export function waitingGroups<T extends Placed>(
	day: readonly T[]
): { groups: T[]; pupils: number } {
	const groups = day
		.filter(isWaiting)
		.sort((a, b) => b.pupilIds.length - a.pupilIds.length || (a.id < b.id ? -1 : 1));
	return { groups, pupils: new Set(groups.flatMap((group) => group.pupilIds)).size };
}

/** Why a slot cannot take the group with the chosen adult, or null when it can. */
export type SlotClash = 'adult-busy' | 'pupil-busy' | null;

export interface SlotChoice {
	slotId: string;
	clash: SlotClash;
}

/**
 * Each slot of the day for giving `group` to `adultId`: a slot is open unless the adult already
 * runs another group in it, or one of the group's pupils is already in another group then.
 */
export function slotChoices(
	group: Placed,
	adultId: string,
	slotIds: readonly string[],
	day: readonly Placed[]
): SlotChoice[] {
	const others = day.filter((other) => other.id !== group.id);
	return slotIds.map((slotId) => {
		const inSlot = others.filter((other) => other.slotId === slotId);
		if (inSlot.some((other) => other.adultId === adultId)) return { slotId, clash: 'adult-busy' };
		const pupils = new Set(inSlot.flatMap((other) => other.pupilIds));
		if (group.pupilIds.some((pupilId) => pupils.has(pupilId))) {
			return { slotId, clash: 'pupil-busy' };
		}
		return { slotId, clash: null };
	});
}

/** The slots of the day in which an adult has no group yet: their capacity. */
export function freeSlots(
	adultId: string,
	slotIds: readonly string[],
	day: readonly Placed[]
): string[] {
	const busy = new Set(
		day.filter((group) => group.adultId === adultId).map((group) => group.slotId)
	);
	return slotIds.filter((slotId) => !busy.has(slotId));
}
