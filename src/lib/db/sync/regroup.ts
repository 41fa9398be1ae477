import { today } from '$lib/domain/dates';
import { unbookClashes } from '$lib/domain/merge/groups';
import { isLive } from '$lib/domain/tombstones';
import { SETTINGS_KEY } from '$lib/domain/settings';
import { takeInAnswers } from '../answers';
import { db } from '../database';
import { GROUPING_TABLES, rebuildGroupsOf } from '../groups';
import { liveCheck } from '../queries/check';
import { outcomesOn } from '../queries/outcomes';

/**
 * After another teacher's groups arrive for a day, a teacher's own groups may book an adult or
 * a pupil twice in a slot. The group booked first keeps its place (the same answer on every
 * device); this teacher's later ones move: unlocked ones are made again around the others,
 * locked ones wait for an adult. Only this teacher's classes are touched: every other group
 * has its own teacher to do the same.
 */
export async function settleClashes(days: readonly string[], teacherIds: readonly string[]) {
	// Groups of days gone by met or did not: they are history, kept as they were.
	const coming = days.filter((day) => day >= today());
	if (coming.length === 0 || teacherIds.length === 0) return;
	await db.transaction('rw', [...GROUPING_TABLES, db.classes], async () => {
		const settings = await db.settings.get(SETTINGS_KEY);
		if (!settings) return;
		const mine = new Set(
			(
				await db.classes
					.where('teacherId')
					.anyOf([...teacherIds])
					.toArray()
			).map((c) => c.id)
		);
		for (const day of coming) {
			const groups = (await db.groups.where('date').equals(day).toArray()).filter(isLive);
			const outcomes = await outcomesOn([day]);
			const met = (group: (typeof groups)[number]) =>
				group.pupilIds.some((pupilId) => outcomes.isRecorded(group.checkId, pupilId));
			const ours = unbookClashes(groups, met).unbooked.filter((group) => mine.has(group.classId));
			const now = Date.now();
			for (const checkId of new Set(ours.filter((g) => !g.locked).map((g) => g.checkId))) {
				const check = await liveCheck(checkId);
				if (check) await rebuildGroupsOf(check, settings, now);
			}
			await db.groups.bulkPut(ours.filter((group) => group.locked));
		}
	});
}

/**
 * Pupils' answers arrived from a tablet: the class teacher's device takes them into the check,
 * whose one writer it is, and the marks, flags and groups follow as if typed here. A class with
 * no teacher named has them taken in by every teacher's device, each to the same result.
 */
export async function takeInArrivedAnswers(
	checkIds: readonly string[],
	teacherIds: readonly string[]
): Promise<void> {
	if (checkIds.length === 0 || teacherIds.length === 0) return;
	const checks = (await db.checks.bulkGet([...checkIds])).filter((check) => check !== undefined);
	const classes = await db.classes.bulkGet([...new Set(checks.map((check) => check.classId))]);
	const mine = new Set(
		classes
			.filter((c) => c !== undefined && (c.teacherId === null || teacherIds.includes(c.teacherId)))
			.map((c) => c?.id)
	);
	for (const check of checks) {
		if (mine.has(check.classId)) await takeInAnswers(check.id);
	}
}
