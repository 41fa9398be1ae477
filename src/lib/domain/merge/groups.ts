import type { Group } from '../model/group';
import { byDateThenMade } from '../sorting';
import { contentOf, laterOf } from './order';

export interface GroupsMerge {
	groups: Group[];
	/** Checks whose groups came from the other device. */
	fromThere: string[];
	/** Checks whose groups differ and were kept as this device has them. */
	fromHere: string[];
}

function byCheck(groups: readonly Group[]): Map<string, Group[]> {
	const sets = new Map<string, Group[]>();
	for (const group of groups) sets.set(group.checkId, [...(sets.get(group.checkId) ?? []), group]);
	return sets;
}

const lastChange = (set: readonly Group[]) => Math.max(...set.map((group) => group.updatedAt));
const setContent = (set: readonly Group[]) =>
	contentOf([...set].sort((a, b) => (a.id < b.id ? -1 : 1)));

/**
 * The groups of two devices. A check's groups are made together, so they are taken together:
 * all from whichever device changed them last. A group only the other device had is kept as a
 * tombstone, so no pupil ends up in two groups of one check and both devices agree.
 */
export function mergeGroups(here: readonly Group[], there: readonly Group[]): GroupsMerge {
	const ours = byCheck(here);
	const theirs = byCheck(there);
	const groups: Group[] = [];
	const fromThere: string[] = [];
	const fromHere: string[] = [];
	for (const checkId of new Set([...ours.keys(), ...theirs.keys()])) {
		const [a, b] = [ours.get(checkId), theirs.get(checkId)];
		if (!a || !b) {
			if (b) fromThere.push(checkId);
			groups.push(...(a ?? b ?? []));
			continue;
		}
		if (setContent(a) === setContent(b)) {
			groups.push(...a);
			continue;
		}
		const winner = laterOf(a, b, lastChange, setContent);
		(winner === b ? fromThere : fromHere).push(checkId);
		const at = lastChange(winner);
		const ids = new Set(winner.map((group) => group.id));
		groups.push(
			...winner,
			...(winner === a ? b : a)
				.filter((group) => !ids.has(group.id))
				.map((group) =>
					group.deletedAt === null ? { ...group, deletedAt: at, updatedAt: at } : group
				)
		);
	}
	return { groups, fromThere, fromHere };
}

/**
 * Groups made on different devices can book the same adult, or the same pupil, twice in one
 * slot. The group booked first keeps its place; a later one that clashes loses its adult and
 * slot, to be given another, and is never dropped. Groups that have met (`met`) keep theirs.
 * The same groups give the same answer on every device.
 */
export function unbookClashes(
	groups: readonly Group[],
	met: (group: Group) => boolean = () => false
): { groups: Group[]; unbooked: Group[] } {
	const order = groups
		.filter((group) => group.deletedAt === null && group.slotId !== null)
		.sort((a, b) => Number(met(b)) - Number(met(a)) || byDateThenMade(a, b));
	const busy = new Map<string, Group>();
	const changed = new Map<string, Group>();
	for (const group of order) {
		const slot = `${group.date}|${group.slotId}`;
		const keys = [
			...(group.adultId === null ? [] : [`${slot}|adult|${group.adultId}`]),
			...group.pupilIds.map((pupilId) => `${slot}|pupil|${pupilId}`)
		];
		const clash = keys.map((key) => busy.get(key)).find((other) => other !== undefined);
		if (clash && !met(group)) {
			changed.set(group.id, {
				...group,
				adultId: null,
				slotId: null,
				updatedAt: Math.max(group.updatedAt, clash.updatedAt) + 1
			});
			continue;
		}
		for (const key of keys) busy.set(key, group);
	}
	return {
		groups: groups.map((group) => changed.get(group.id) ?? group),
		unbooked: [...changed.values()]
	};
}
