import { beforeEach, describe, expect, it } from 'vitest';
import { question } from '$factories/check';
import { seedSchool } from '$factories/school';
import { isLive } from '$lib/domain/tombstones';
import { SETTINGS_KEY } from '$lib/domain/settings';
import { groupId } from '$lib/domain/model/group';
import { referenceProblems } from '$lib/domain/model/references';
import { createCheck, updateCheck } from './checks';
import { db } from './database';
import { assignGroup, giveGroup, movePupilToGroup, rebuildGroups, setLocked } from './groups';
import { cycleMark, markEveryoneCorrect, setOverride } from '$factories/marking';
import { recordOutcome } from './outcomes';
import { outcomesOn } from './queries/outcomes';
import { readSchool } from './school';

const TODAY = '2026-11-23';
const questions = [
	question(1, 'fluency', { essential: true }),
	question(2, 'representation'),
	question(3, 'thinking')
];
const pupils = (prefix: string, n: number) =>
	Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

beforeEach(async () => {
	await seedSchool(
		[
			{ id: '5b', name: '5B', pupils: pupils('Bee', 10) },
			{ id: '6h', name: '6H', pupils: pupils('Hay', 10) }
		],
		['Mrs Green', 'Mr Price']
	);
	// Groups of two at most, so that these tests see one group for each need.
	await db.settings.update(SETTINGS_KEY, { maxGroupSize: 2 });
});

async function markedCheck(classId: string, wrong: [number, number][], date = TODAY) {
	const id = await createCheck({ classId, date, title: 'Fractions', questions }, TODAY);
	const check = (await db.checks.get(id))!;
	await markEveryoneCorrect(id);
	for (const [pupil, q] of wrong) await cycleMark(id, check.pupilIds[pupil], `q${q}`);
	return { id, pupilIds: check.pupilIds };
}

const groupsOf = (checkId: string) =>
	db.groups.where('checkId').equals(checkId).filter(isLive).toArray();

describe('groups follow the marks', () => {
	it('appear once the class is marked, one per shared need, with an adult and a slot', async () => {
		const { id, pupilIds } = await markedCheck('5b', [
			[0, 1],
			[1, 1],
			[2, 2],
			[2, 3]
		]);
		const groups = await groupsOf(id);
		expect(groups.map((g) => [g.questionId, g.pupilIds, g.adultId, g.slotId]).sort()).toEqual([
			['q1', [pupilIds[0], pupilIds[1]].sort(), 'ta-2', 'slot-1'],
			['q2', [pupilIds[2]], 'ta-1', 'slot-1']
		]);
	});

	it('follow later changes of mark and the teacher’s overrides', async () => {
		const { id, pupilIds } = await markedCheck('5b', [[0, 1]]);
		expect((await groupsOf(id)).flatMap((g) => g.pupilIds)).toEqual([pupilIds[0]]);
		await setOverride(id, pupilIds[0], 'unflag', null);
		await setOverride(id, pupilIds[5], 'flag', 'Unsure');
		expect((await groupsOf(id)).flatMap((g) => g.pupilIds)).toEqual([pupilIds[5]]);
	});

	it('keep locked groups when the rest are rebuilt', async () => {
		const { id, pupilIds } = await markedCheck('5b', [
			[0, 1],
			[1, 1],
			[2, 2]
		]);
		const locked = (await groupsOf(id)).find((g) => g.pupilIds.includes(pupilIds[0]))!;
		await setLocked(locked.id, true);
		await cycleMark(id, pupilIds[3], 'q1');
		await rebuildGroups(id);
		const groups = await groupsOf(id);
		expect(groups.find((g) => g.id === locked.id)?.pupilIds).toEqual([pupilIds[0], pupilIds[1]]);
		expect(groups.flatMap((g) => g.pupilIds).sort()).toEqual(
			[pupilIds[0], pupilIds[1], pupilIds[2], pupilIds[3]].sort()
		);
	});

	it('share the day’s adults between classes without double-booking', async () => {
		await markedCheck('5b', [
			[0, 1],
			[1, 1],
			[2, 2]
		]);
		await markedCheck('6h', [
			[0, 1],
			[1, 3]
		]);
		const groups = await db.groups.where('date').equals(TODAY).filter(isLive).toArray();
		const bookings = groups.filter((g) => g.adultId).map((g) => `${g.slotId}|${g.adultId}`);
		expect(new Set(bookings).size).toBe(bookings.length);
		// 6H's two lone pupils meet together: three groups in all.
		expect(groups).toHaveLength(3);
	});
});

describe('a check given another date', () => {
	const redate = (id: string, date: string) =>
		updateCheck(id, { classId: '5b', date, title: 'Fractions', questions }, TODAY);

	it('takes its groups to that day, those no longer needed too', async () => {
		const { id, pupilIds } = await markedCheck('5b', [
			[0, 1],
			[1, 1],
			[2, 2]
		]);
		await setOverride(id, pupilIds[2], 'unflag', null);
		await redate(id, '2026-11-20');
		const groups = await db.groups.where('date').equals('2026-11-20').toArray();
		expect(groups.map((group) => [group.checkId, isLive(group)]).sort()).toEqual([
			[id, false],
			[id, true]
		]);
		expect(await db.groups.where('date').equals(TODAY).count()).toBe(0);
		expect(referenceProblems((await readSchool())!)).toEqual([]);
	});

	it('keeps its day once an adult has recorded an outcome of its groups', async () => {
		const { id, pupilIds } = await markedCheck('5b', [[0, 1]]);
		const [group] = await groupsOf(id);
		await recordOutcome(group.id, pupilIds[0], { attended: 'attended' });
		const before = await readSchool();
		await expect(redate(id, '2026-11-20')).rejects.toThrow(
			'This check has intervention outcomes recorded, so its date cannot change.'
		);
		expect(await readSchool()).toEqual(before);
		await redate(id, TODAY);
	});
});

describe('editing groups', () => {
	it('moves a pupil to another group, or to a group of their own, locking both', async () => {
		const { id, pupilIds } = await markedCheck('5b', [
			[0, 1],
			[1, 1],
			[2, 2]
		]);
		const [q1, q2] = ['q1', 'q2'].map(async (q) =>
			(await groupsOf(id)).find((g) => g.questionId === q)!
		);
		await movePupilToGroup(pupilIds[0], (await q1).id, (await q2).id);
		let groups = await groupsOf(id);
		expect(groups.find((g) => g.questionId === 'q2')?.pupilIds).toEqual([pupilIds[2], pupilIds[0]]);
		expect(groups.every((g) => g.locked)).toBe(true);

		await movePupilToGroup(pupilIds[1], (await q1).id, null);
		groups = await groupsOf(id);
		expect(groups.map((g) => g.pupilIds.length).sort()).toEqual([1, 2]);
		expect(groups.find((g) => g.pupilIds.includes(pupilIds[1]))?.adultId).toBeNull();
	});

	it('refuses an adult who already has a group in that slot, and a pupil in two groups of a slot', async () => {
		await markedCheck('5b', [
			[0, 1],
			[1, 1],
			[2, 2]
		]);
		const [first, second] = await db.groups.filter(isLive).toArray();
		await expect(assignGroup(second.id, first.adultId, first.slotId)).rejects.toThrow(
			/already has a group in that slot/
		);
		const otherCheck = await markedCheck('5b', [[0, 3]]);
		const mine = (await groupsOf(otherCheck.id))[0];
		const taken = (await db.groups.filter(isLive).toArray()).find(
			(g) => g.checkId !== otherCheck.id && g.pupilIds.includes(mine.pupilIds[0])
		)!;
		await expect(assignGroup(mine.id, null, taken.slotId)).rejects.toThrow(
			/Bee 1 is already in another group in that slot/
		);
	});
});

describe('giving a group to an adult from the board', () => {
	it('gives a waiting group to a teacher who does not usually run groups, and locks it', async () => {
		const { id } = await markedCheck('5b', [[0, 1]]);
		const [group] = await groupsOf(id);
		await assignGroup(group.id, null, null);
		await giveGroup(group.id, { adultId: 'teacher-1', slotId: 'slot-3' });
		expect(await db.groups.get(group.id)).toMatchObject({
			adultId: 'teacher-1',
			slotId: 'slot-3',
			locked: true
		});
	});

	it('needs both an adult and a slot, and changes nothing without them', async () => {
		const { id } = await markedCheck('5b', [[0, 1]]);
		const [group] = await groupsOf(id);
		await expect(giveGroup(group.id, { adultId: '', slotId: 'slot-1' })).rejects.toThrow(
			'Choose who takes the group'
		);
		await expect(giveGroup(group.id, { adultId: 'ta-1', slotId: '' })).rejects.toThrow(
			'Choose a slot'
		);
		expect(await db.groups.get(group.id)).toEqual(group);
	});

	it('refuses an adult who has left, an adult not on the device, and a slot the school lacks', async () => {
		const { id } = await markedCheck('5b', [[0, 1]]);
		const [group] = await groupsOf(id);
		await db.adults.update('ta-2', { archived: true });
		await expect(assignGroup(group.id, 'ta-2', 'slot-3')).rejects.toThrow(
			'Mr Price has been archived, so cannot take a group.'
		);
		await expect(assignGroup(group.id, 'nobody', 'slot-3')).rejects.toThrow(
			'That adult is no longer on this device.'
		);
		await expect(assignGroup(group.id, 'ta-1', 'slot-9')).rejects.toThrow(
			'That slot is not one of the school’s slots.'
		);
		expect(await db.groups.get(group.id)).toEqual(group);
	});
});

describe('outcomes', () => {
	it('are kept per tap, even two at once, in the adult’s own record, never the check', async () => {
		const { id, pupilIds } = await markedCheck('5b', [[0, 1]]);
		const [group] = await groupsOf(id);
		const check = await db.checks.get(id);
		await Promise.all([
			recordOutcome(group.id, pupilIds[0], { attended: 'attended' }),
			recordOutcome(group.id, pupilIds[0], { recheck: 'correct' }),
			recordOutcome(group.id, pupilIds[0], { security: 'secure', note: ' Used counters ' })
		]);
		expect((await outcomesOn([TODAY])).outcome(id, pupilIds[0])).toEqual({
			pupilId: pupilIds[0],
			attended: 'attended',
			recheck: 'correct',
			security: 'secure',
			note: 'Used counters'
		});
		const [sheet] = await db.outcomes.toArray();
		expect(sheet.adultId).toBe(group.adultId);
		expect(await db.checks.get(id)).toEqual(check);
		expect(await db.groups.get(group.id)).toEqual(group);
		await expect(setLocked(group.id, false)).rejects.toThrow(/stays locked/);
		await expect(assignGroup(group.id, null, null)).rejects.toThrow(/stays with them/);
	});

	it('are refused for a pupil who is not in the group, or a group with no adult', async () => {
		const { id, pupilIds } = await markedCheck('5b', [[0, 1]]);
		const [group] = await groupsOf(id);
		await expect(recordOutcome(group.id, pupilIds[4], { attended: 'attended' })).rejects.toThrow(
			'Bee 5 is not in this group.'
		);
		await assignGroup(group.id, null, null);
		await expect(recordOutcome(group.id, pupilIds[0], { attended: 'attended' })).rejects.toThrow(
			/no adult yet/
		);
		expect(await db.outcomes.count()).toBe(0);
	});

	it('are never dropped by a rebuild', async () => {
		const { id, pupilIds } = await markedCheck('5b', [[0, 1]]);
		const [group] = await groupsOf(id);
		await recordOutcome(group.id, pupilIds[0], { attended: 'attended' });
		await cycleMark(id, pupilIds[0], 'q1');
		await rebuildGroups(id);
		expect((await db.groups.get(group.id))?.pupilIds).toEqual([pupilIds[0]]);
		await expect(movePupilToGroup(pupilIds[0], group.id, null)).rejects.toThrow(
			/already has an outcome/
		);
	});
});

describe('a group’s repeat marks', () => {
	it('come from the pupils’ earlier flags still open, and not from one an outcome closed', async () => {
		// Bee 1 and Bee 2 missed the essential fluency question on Thursday, and were right on
		// Friday; Bee 1's re-check on Thursday closed the flag.
		const thursday = await markedCheck(
			'5b',
			[
				[0, 1],
				[1, 1]
			],
			'2026-11-19'
		);
		const [group] = await groupsOf(thursday.id);
		await recordOutcome(group.id, thursday.pupilIds[0], { recheck: 'correct' });
		await markedCheck('5b', [], '2026-11-20');

		const today = await markedCheck('5b', [
			[0, 1],
			[1, 1]
		]);
		const [again] = await groupsOf(today.id);
		expect(again.pupilIds).toEqual(today.pupilIds.slice(0, 2));
		expect(again.repeat).toEqual([today.pupilIds[1]]);
	});
});

describe('groups two devices can share', () => {
	it('have ids made from their check, need and place, so the same marks give the same ids', async () => {
		const { id, pupilIds } = await markedCheck('5b', [
			[0, 1],
			[1, 1],
			[2, 2]
		]);
		expect((await groupsOf(id)).map((g) => g.id).sort()).toEqual([
			groupId(id, 'q1', 1),
			groupId(id, 'q2', 1)
		]);
		expect(pupilIds).toHaveLength(10);
	});

	it('are left untouched by a rebuild when their pupils did not change', async () => {
		const { id, pupilIds } = await markedCheck('5b', [
			[0, 1],
			[1, 1],
			[2, 2]
		]);
		const before = await groupsOf(id);
		// A correction that changes only the q2 group: Bee 4 also missed q2.
		await cycleMark(id, pupilIds[3], 'q2');
		const after = await groupsOf(id);
		const q1 = (groups: typeof before) => groups.find((g) => g.questionId === 'q1');
		expect(q1(after)).toEqual(q1(before));
		const q2 = after.find((g) => g.questionId === 'q2')!;
		expect(q2.id).toBe(groupId(id, 'q2', 1));
		expect(q2.pupilIds.sort()).toEqual([pupilIds[2], pupilIds[3]].sort());
	});

	it('that are no longer needed become tombstones, and come back under the same id', async () => {
		const { id, pupilIds } = await markedCheck('5b', [[2, 2]]);
		const [group] = await groupsOf(id);
		// Wrong, then not answered, then right: no longer flagged.
		await cycleMark(id, pupilIds[2], 'q2');
		await cycleMark(id, pupilIds[2], 'q2');
		expect(await groupsOf(id)).toEqual([]);
		expect((await db.groups.get(group.id))?.deletedAt).not.toBeNull();
		await cycleMark(id, pupilIds[2], 'q2');
		expect((await groupsOf(id)).map((g) => [g.id, g.deletedAt])).toEqual([[group.id, null]]);
	});

	it('never put one pupil in two groups of a slot', async () => {
		await markedCheck('5b', [
			[0, 1],
			[1, 2]
		]);
		await markedCheck('5b', [
			[0, 3],
			[1, 3]
		]);
		const groups = await db.groups.where('date').equals(TODAY).filter(isLive).toArray();
		const seats = groups.flatMap((g) =>
			g.slotId ? g.pupilIds.map((p) => `${g.slotId}|${p}`) : []
		);
		expect(new Set(seats).size).toBe(seats.length);
	});
});
