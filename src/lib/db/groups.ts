import { lastSchoolDays } from '$lib/domain/dates';
import { PERSISTENT_WINDOW_DAYS } from '$lib/domain/grouping';
import { planCheckGroups, rebuiltGroups } from '$lib/domain/groupPlan';
import { historyOf } from '$lib/domain/history';
import type { Check } from '$lib/domain/model/check';
import { isLive } from '$lib/domain/tombstones';
import {
	groupId,
	GroupChoiceSchema,
	GroupSchema,
	type Group,
	type GroupChoice
} from '$lib/domain/model/group';
import { type Settings } from '$lib/domain/model/settings';
import { everySlot, SETTINGS_KEY } from '$lib/domain/settings';
import type { OutcomeBook } from '$lib/domain/outcomes';
import { isFullyMarked } from '$lib/domain/progress';
import { pupilNamesByClass } from '$lib/domain/pupilNames';
import { byName } from '$lib/domain/sorting';
import { db } from './database';
import { outcomesOn } from './queries/outcomes';
import { liveRecords, mustGet } from './records';
import { validate, ValidationError } from './validate';

/** The tables a rebuild reads and writes: marking includes them in its own transactions. */
export const GROUPING_TABLES = [db.checks, db.groups, db.adults, db.settings, db.outcomes] as const;

/** A group has met once any of its pupils has an outcome: it is kept as it is from then on. */
function hasMet(group: Group, outcomes: OutcomeBook): boolean {
	return group.pupilIds.some((pupilId) => outcomes.isRecorded(group.checkId, pupilId));
}

/**
 * Rebuilds a check's groups from its flags, inside the caller's transaction. Groups that are
 * locked (by the teacher, or by a change made by hand) or have met are kept; the rest are made
 * again, and only those whose pupils, adult or slot changed are written.
 */
export async function rebuildGroupsOf(
	check: Check,
	settings: Settings,
	now: number
): Promise<void> {
	const window = lastSchoolDays(check.date, PERSISTENT_WINDOW_DAYS);
	const [groups, adults, classChecks, outcomes] = await Promise.all([
		db.groups.where('date').equals(check.date).toArray(),
		db.adults.toArray(),
		liveRecords(
			db.checks
				.where('[classId+date]')
				.between([check.classId, window[0]], [check.classId, check.date], true, true)
		),
		outcomesOn(window)
	]);
	const mine = groups.filter((group) => group.checkId === check.id);
	const live = mine.filter(isLive);
	const kept = live.filter((group) => group.locked || hasMet(group, outcomes));
	const keptIds = new Set(kept.map((group) => group.id));
	const earlier = classChecks.filter(
		(other) =>
			other.id !== check.id && (other.date < check.date || other.createdAt < check.createdAt)
	);
	const planned = planCheckGroups({
		check,
		maxGroupSize: settings.maxGroupSize,
		runners: adults
			.filter((adult) => adult.runsGroups && !adult.archived && isLive(adult))
			.sort(byName)
			.map((adult) => adult.id),
		slotIds: settings.slots.map((slot) => slot.id),
		kept,
		before: live.filter((group) => !keptIds.has(group.id)),
		elsewhere: groups.filter((group) => group.checkId !== check.id && isLive(group)),
		history: historyOf(earlier, check.pupilIds, outcomes),
		windowStart: window[0]
	});
	const writes = rebuiltGroups(check, planned, mine, keptIds, now);
	await db.groups.bulkPut(writes.map((group) => validate(GroupSchema, group)));
}

/**
 * Takes a check's groups, tombstones too, to the day the check has been moved to, inside the
 * caller's transaction: the groups of a day, which the adults' screens and the regrouping read,
 * are found by their date.
 */
export async function moveGroupsOf(checkId: string, date: string, now: number): Promise<void> {
	const groups = await db.groups.where('checkId').equals(checkId).toArray();
	await db.groups.bulkPut(groups.map((group) => ({ ...group, date, updatedAt: now })));
}

/** After marking: once every present pupil is marked, the groups follow the flags. */
export async function regroupIfMarked(
	check: Check,
	settings: Settings,
	now: number
): Promise<void> {
	if (isFullyMarked(check)) await rebuildGroupsOf(check, settings, now);
}

/** The teacher's "rebuild the rest": every unlocked group of the check made again. */
export async function rebuildGroups(checkId: string): Promise<void> {
	await db.transaction('rw', GROUPING_TABLES, async () => {
		const [check, settings] = await Promise.all([
			mustGet(db.checks, checkId),
			db.settings.get(SETTINGS_KEY)
		]);
		if (!settings) throw new ValidationError(['That check is not on this device.']);
		await rebuildGroupsOf(check, settings, Date.now());
	});
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
		(other) =>
			isLive(other) &&
			other.id !== group.id &&
			other.id !== leaving &&
			other.slotId === group.slotId
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

/** The id of a new group of a check for this need: the next place not yet taken. */
async function freeGroupId(checkId: string, questionId: string): Promise<string> {
	const taken = new Set(await db.groups.where('checkId').equals(checkId).primaryKeys());
	let place = 1;
	while (taken.has(groupId(checkId, questionId, place))) place++;
	return groupId(checkId, questionId, place);
}

/**
 * Moves a pupil to another group of the same check, or into a new group of their own. Both
 * groups are locked: a change made by hand is kept when the rest are rebuilt.
 */
export async function movePupilToGroup(
	pupilId: string,
	fromId: string,
	toId: string | null
): Promise<void> {
	await db.transaction('rw', db.groups, db.outcomes, db.adults, db.pupils, async () => {
		const names = await nameBook();
		const from = await mustGet(db.groups, fromId);
		if (!from.pupilIds.includes(pupilId)) {
			throw new ValidationError([`${names.get(pupilId) ?? 'That pupil'} is not in that group.`]);
		}
		if ((await outcomesOn([from.date])).isRecorded(from.checkId, pupilId)) {
			throw new ValidationError([
				`${names.get(pupilId) ?? 'That pupil'} already has an outcome recorded in this group.`
			]);
		}
		const now = Date.now();
		const to: Group = toId
			? await mustGet(db.groups, toId)
			: {
					...from,
					id: await freeGroupId(from.checkId, from.questionId),
					pupilIds: [],
					adultId: null,
					slotId: null,
					repeat: [],
					persistent: [],
					createdAt: now,
					deletedAt: null
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
		await db.groups.put(
			remaining.length === 0
				? { ...from, locked: true, updatedAt: now, deletedAt: now }
				: validate(GroupSchema, {
						...from,
						pupilIds: remaining,
						repeat: from.repeat.filter((id) => id !== pupilId),
						persistent: from.persistent.filter((id) => id !== pupilId),
						locked: true,
						updatedAt: now
					})
		);
	});
}

/** Refuses an adult who is not on this device or has left, and a slot the school does not have. */
async function refuseUnknown(adultId: string | null, slotId: string | null): Promise<void> {
	const [adult, settings] = await Promise.all([
		adultId === null ? null : db.adults.get(adultId),
		db.settings.get(SETTINGS_KEY)
	]);
	if (adultId !== null && (!adult || !isLive(adult))) {
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
 * or takes either away, and locks it. An adult is never given two groups in one slot, and a
 * group that has met stays with the adult who ran it.
 */
export async function assignGroup(
	groupId: string,
	adultId: string | null,
	slotId: string | null
): Promise<void> {
	await db.transaction(
		'rw',
		[db.groups, db.outcomes, db.adults, db.pupils, db.settings],
		async () => {
			const group = await mustGet(db.groups, groupId);
			const names = await nameBook();
			const moved = group.adultId !== adultId || group.slotId !== slotId;
			if (moved && hasMet(group, await outcomesOn([group.date]))) {
				throw new ValidationError([
					`This group has outcomes recorded by ${names.get(group.adultId ?? '') ?? 'its adult'}, so it stays with them.`
				]);
			}
			await refuseUnknown(adultId, slotId);
			await saveGroup({ ...group, adultId, slotId, locked: true, updatedAt: Date.now() }, names);
		}
	);
}

/** The board's "give this group to": an adult and a slot, both chosen. */
export async function giveGroup(groupId: string, choice: GroupChoice): Promise<void> {
	const { adultId, slotId } = validate(GroupChoiceSchema, choice);
	await assignGroup(groupId, adultId, slotId);
}

export async function setLocked(groupId: string, locked: boolean): Promise<void> {
	await db.transaction('rw', db.groups, db.outcomes, async () => {
		const group = await mustGet(db.groups, groupId);
		if (!locked && hasMet(group, await outcomesOn([group.date]))) {
			throw new ValidationError(['A group with outcomes recorded stays locked.']);
		}
		await db.groups.put(validate(GroupSchema, { ...group, locked, updatedAt: Date.now() }));
	});
}
