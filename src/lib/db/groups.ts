import { lastSchoolDays } from '$lib/domain/dates';
import { PERSISTENT_WINDOW_DAYS } from '$lib/domain/grouping';
import { planCheckGroups } from '$lib/domain/groupPlan';
import { historyOf } from '$lib/domain/history';
import type { Check } from '$lib/domain/model/check';
import {
	GroupChoiceSchema,
	GroupSchema,
	type Group,
	type GroupChoice
} from '$lib/domain/model/group';
import { everySlot, type Settings } from '$lib/domain/model/settings';
import { markingProgress } from '$lib/domain/progress';
import { pupilNamesByClass } from '$lib/domain/pupilNames';
import { byName } from '$lib/domain/sorting';
import { db } from './database';
import { validate, ValidationError } from './validate';

/** The tables a rebuild reads and writes: marking includes them in its own transactions. */
export const GROUPING_TABLES = [db.checks, db.groups, db.adults, db.settings] as const;

/**
 * Rebuilds a check's unlocked groups from its flags, inside the caller's transaction. Locked
 * groups (locked by the teacher, changed by hand, or with outcomes recorded) are kept.
 */
export async function rebuildGroupsOf(
	check: Check,
	settings: Settings,
	now: number
): Promise<void> {
	const [groups, adults, classChecks] = await Promise.all([
		db.groups.where('date').equals(check.date).toArray(),
		db.adults.toArray(),
		db.checks
			.where('[classId+date]')
			.between(
				[check.classId, lastSchoolDays(check.date, PERSISTENT_WINDOW_DAYS)[0]],
				[check.classId, check.date],
				true,
				true
			)
			.toArray()
	]);
	const mine = groups.filter((group) => group.checkId === check.id);
	const kept = mine.filter((group) => group.locked);
	const earlier = classChecks.filter(
		(other) =>
			other.id !== check.id && (other.date < check.date || other.createdAt < check.createdAt)
	);
	const planned = planCheckGroups({
		check,
		maxGroupSize: settings.maxGroupSize,
		runners: adults
			.filter((adult) => adult.runsGroups && !adult.archived)
			.sort(byName)
			.map((adult) => adult.id),
		slotIds: settings.slots.map((slot) => slot.id),
		kept,
		elsewhere: groups.filter((group) => group.checkId !== check.id),
		history: historyOf(earlier, check.pupilIds),
		windowStart: lastSchoolDays(check.date, PERSISTENT_WINDOW_DAYS)[0]
	});
	await db.groups.bulkDelete(mine.filter((group) => !group.locked).map((group) => group.id));
	await db.groups.bulkAdd(
		planned.map((group) =>
			validate(GroupSchema, {
				...group,
				id: crypto.randomUUID(),
				checkId: check.id,
				classId: check.classId,
				date: check.date,
				locked: false,
				createdAt: now,
				updatedAt: now
			})
		)
	);
}

/** After marking: once every present pupil is marked, the groups follow the flags. */
export async function regroupIfMarked(
	check: Check,
	settings: Settings,
	now: number
): Promise<void> {
	const { marked, present } = markingProgress(check);
	if (marked === present) await rebuildGroupsOf(check, settings, now);
}

/** The teacher's "rebuild the rest": every unlocked group of the check made again. */
export async function rebuildGroups(checkId: string): Promise<void> {
	await db.transaction('rw', GROUPING_TABLES, async () => {
		const [check, settings] = await Promise.all([
			db.checks.get(checkId),
			db.settings.get('school')
		]);
		if (!check || !settings) throw new ValidationError(['That check is not on this device.']);
		await rebuildGroupsOf(check, settings, Date.now());
	});
}

async function groupOrRefuse(groupId: string): Promise<Group> {
	const group = await db.groups.get(groupId);
	if (!group) throw new ValidationError(['That group is no longer on this device.']);
	return group;
}

function hasOutcome(check: Check, pupilId: string): boolean {
	const i = check.pupilIds.indexOf(pupilId);
	return i >= 0 && (check.attended[i] !== 0 || check.recheck[i] !== 0 || check.security[i] !== 0);
}

/**
 * Refuses a slot where the adult already has a group or a pupil is already in one. `leaving`
 * is the group a pupil is being moved out of.
 */
async function refuseClash(
	group: Group,
	names: Map<string, string>,
	leaving: string | null
): Promise<void> {
	if (group.slotId === null) return;
	const sameSlot = (await db.groups.where('date').equals(group.date).toArray()).filter(
		(other) => other.id !== group.id && other.id !== leaving && other.slotId === group.slotId
	);
	const busyAdult = sameSlot.find(
		(other) => group.adultId !== null && other.adultId === group.adultId
	);
	if (busyAdult) {
		throw new ValidationError([
			`${names.get(group.adultId ?? '') ?? 'That adult'} already has a group in that slot.`
		]);
	}
	const busyPupil = group.pupilIds.find((pupilId) =>
		sameSlot.some((other) => other.pupilIds.includes(pupilId))
	);
	if (busyPupil) {
		throw new ValidationError([
			`${names.get(busyPupil) ?? 'A pupil'} is already in another group in that slot.`
		]);
	}
}

/** Adults' names, and pupils' names as shown (with a mark where two in a class share one). */
async function nameBook(): Promise<Map<string, string>> {
	const [adults, pupils] = await Promise.all([db.adults.toArray(), db.pupils.toArray()]);
	return new Map([
		...adults.map((adult): [string, string] => [adult.id, adult.name]),
		...pupilNamesByClass(pupils)
	]);
}

async function saveGroup(
	group: Group,
	names: Map<string, string>,
	leaving: string | null = null
): Promise<void> {
	await refuseClash(group, names, leaving);
	await db.groups.put(validate(GroupSchema, group));
}

/**
 * Moves a pupil to another group of the same check, or into a new group of their own. Both
 * groups are locked: a change made by hand is kept when the rest are rebuilt.
 */
export async function movePupil(
	pupilId: string,
	fromId: string,
	toId: string | null
): Promise<void> {
	await db.transaction('rw', db.groups, db.checks, db.adults, db.pupils, async () => {
		const names = await nameBook();
		const from = await groupOrRefuse(fromId);
		const check = await db.checks.get(from.checkId);
		if (!from.pupilIds.includes(pupilId) || !check) {
			throw new ValidationError([`${names.get(pupilId) ?? 'That pupil'} is not in that group.`]);
		}
		if (hasOutcome(check, pupilId)) {
			throw new ValidationError([
				`${names.get(pupilId) ?? 'That pupil'} already has an outcome recorded in this group.`
			]);
		}
		const now = Date.now();
		const to: Group = toId
			? await groupOrRefuse(toId)
			: {
					...from,
					id: crypto.randomUUID(),
					pupilIds: [],
					adultId: null,
					slotId: null,
					repeat: [],
					persistent: [],
					createdAt: now
				};
		if (to.checkId !== from.checkId) {
			throw new ValidationError(['A pupil can only move between groups of the same check.']);
		}
		const remaining = from.pupilIds.filter((id) => id !== pupilId);
		await saveGroup(
			{
				...to,
				pupilIds: [...to.pupilIds, pupilId],
				repeat: from.repeat.includes(pupilId) ? [...to.repeat, pupilId] : to.repeat,
				persistent: from.persistent.includes(pupilId) ? [...to.persistent, pupilId] : to.persistent,
				locked: true,
				updatedAt: now
			},
			names,
			from.id
		);
		if (remaining.length === 0) await db.groups.delete(from.id);
		else {
			await db.groups.put(
				validate(GroupSchema, {
					...from,
					pupilIds: remaining,
					repeat: from.repeat.filter((id) => id !== pupilId),
					persistent: from.persistent.filter((id) => id !== pupilId),
					locked: true,
					updatedAt: now
				})
			);
		}
	});
}

/** Refuses an adult who is not on this device or has left, and a slot the school does not have. */
async function refuseUnknown(adultId: string | null, slotId: string | null): Promise<void> {
	const [adult, settings] = await Promise.all([
		adultId === null ? null : db.adults.get(adultId),
		db.settings.get('school')
	]);
	if (adultId !== null && !adult) {
		throw new ValidationError(['That adult is no longer on this device.']);
	}
	if (adult?.archived) {
		throw new ValidationError([`${adult.name} has been archived, so cannot take a group.`]);
	}
	if (slotId !== null && !(settings && everySlot(settings).some((slot) => slot.id === slotId))) {
		throw new ValidationError(['That slot is not one of the school’s slots.']);
	}
}

/**
 * Gives a group an adult (who runs groups, or any other adult such as a teacher) and a slot,
 * or takes either away, and locks it. An adult is never given two groups in one slot.
 */
export async function assignGroup(
	groupId: string,
	adultId: string | null,
	slotId: string | null
): Promise<void> {
	await db.transaction('rw', db.groups, db.adults, db.pupils, db.settings, async () => {
		const group = await groupOrRefuse(groupId);
		await refuseUnknown(adultId, slotId);
		await saveGroup(
			{ ...group, adultId, slotId, locked: true, updatedAt: Date.now() },
			await nameBook()
		);
	});
}

/** The board's "give this group to": an adult and a slot, both chosen. */
export async function giveGroup(groupId: string, choice: GroupChoice): Promise<void> {
	const { adultId, slotId } = validate(GroupChoiceSchema, choice);
	await assignGroup(groupId, adultId, slotId);
}

export async function setLocked(groupId: string, locked: boolean): Promise<void> {
	await db.transaction('rw', db.groups, db.checks, async () => {
		const group = await groupOrRefuse(groupId);
		const check = await db.checks.get(group.checkId);
		if (!locked && check && group.pupilIds.some((pupilId) => hasOutcome(check, pupilId))) {
			throw new ValidationError(['A group with outcomes recorded stays locked.']);
		}
		await db.groups.put(validate(GroupSchema, { ...group, locked, updatedAt: Date.now() }));
	});
}
