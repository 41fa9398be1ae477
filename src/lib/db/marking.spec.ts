import { beforeEach, describe, expect, it, vi } from 'vitest';
import { question, ticketsOf } from '$factories/check';
import { seedClass } from '$factories/school';
import { MARKS } from '$lib/domain/codes';
import { flagSummary } from '$lib/domain/flagged';
import { withMark } from '$lib/domain/marking';
import { isLive } from '$lib/domain/tombstones';
import { createCheck, deleteCheck, updateCheck } from './checks';
import { db } from './database';
import { assignGroup } from './groups';
import {
	cycleMark,
	markEveryoneCorrect,
	setAbsent,
	setMark,
	setOverride
} from '$factories/marking';
import { changeCheck, followFlags } from './marking';
import { followLeftOverFlags } from './open';
import { recordOutcome } from './outcomes';
import { updateSettings } from './settings';

const TODAY = '2026-11-23';
const draft = (extra = {}) => ({
	classId: 'class-5b',
	date: TODAY,
	title: 'Equivalent fractions',
	questions: [question(1, 'fluency', { essential: true }), question(2, 'representation')],
	...extra
});

beforeEach(async () => {
	await seedClass({ id: 'class-5b', name: '5B', pupils: ['Ben Adams', 'Ada Brown', 'Cai Jones'] });
});

/** A check with Ben flagged by the tap alone: his groups are due, and not yet made. */
async function flagBenWithoutHisGroups() {
	const id = await createCheck(draft(), TODAY);
	const ben = (await db.checks.get(id))!.pupilIds[1];
	await markEveryoneCorrect(id);
	await changeCheck(id, (check, now) => withMark(check, ben, 'q1', MARKS.code.incorrect, now));
	return { id, ben };
}

describe('making a check', () => {
	it('takes the class’s current pupils, in name order', async () => {
		const id = await createCheck(draft(), TODAY);
		const check = await db.checks.get(id);
		const pupils = await db.pupils.bulkGet(check!.pupilIds);
		expect(pupils.map((p) => p?.name)).toEqual(['Ada Brown', 'Ben Adams', 'Cai Jones']);
		expect(check!.marks).toHaveLength(6);
	});

	it('refuses bad input with a message and writes nothing', async () => {
		const attempts: [object, string][] = [
			[{ questions: [question(1, 'fluency', { prompt: ' ' })] }, 'The question is missing.'],
			[
				{ questions: Array.from({ length: 7 }, (_, i) => question(i + 1, 'fluency')) },
				'A check has at most 6 questions.'
			],
			[{ questions: [] }, 'A check needs at least one question.'],
			[
				{ questions: [question(1, 'algebra' as 'fluency')] },
				'"algebra" is not one of the five keystone areas.'
			],
			[{ date: '2026-11-24' }, 'A check cannot be dated in the future.']
		];
		for (const [extra, message] of attempts) {
			await expect(createCheck(draft(extra), TODAY)).rejects.toThrow(message);
		}
		expect(await db.checks.count()).toBe(0);
	});

	it('refuses a check for an archived class', async () => {
		await db.classes.update('class-5b', { archived: true });
		await expect(createCheck(draft(), TODAY)).rejects.toThrow(/5B is archived/);
		expect(await db.checks.count()).toBe(0);
	});

	it('keeps the ticked questions in the question bank with the check, or neither', async () => {
		const made = draft();
		const id = await createCheck(made, TODAY, [made.questions[1].id]);
		expect(await db.checks.get(id)).toBeDefined();
		expect((await db.bank.toArray()).map((saved) => saved.prompt)).toEqual([
			made.questions[1].prompt
		]);

		await db.classes.update('class-5b', { archived: true });
		const refused = draft({ questions: [question(3, 'fluency', { prompt: 'Not kept' })] });
		await expect(createCheck(refused, TODAY, [refused.questions[0].id])).rejects.toThrow(
			/5B is archived/
		);
		expect(await db.bank.count()).toBe(1);
		expect(await db.checks.count()).toBe(1);
	});

	it('keeps ticked questions in the bank with an edit, and neither when the edit is refused', async () => {
		const made = draft();
		const id = await createCheck(made, TODAY);
		await updateCheck(id, made, TODAY, [made.questions[0].id]);
		expect((await db.bank.toArray()).map((saved) => saved.prompt)).toEqual([
			made.questions[0].prompt
		]);
		await cycleMark(id, (await db.checks.get(id))!.pupilIds[0], made.questions[0].id);
		const reordered = { ...made, questions: [...made.questions].reverse() };
		await expect(updateCheck(id, reordered, TODAY, [made.questions[1].id])).rejects.toThrow(
			/once marking has started/
		);
		expect(await db.bank.count()).toBe(1);
	});
});

describe('marking, tap by tap', () => {
	it('keeps every tap, even many at once', async () => {
		const id = await createCheck(draft(), TODAY);
		const check = (await db.checks.get(id))!;
		await markEveryoneCorrect(id);
		await Promise.all([
			cycleMark(id, check.pupilIds[0], 'q1'),
			cycleMark(id, check.pupilIds[1], 'q2'),
			cycleMark(id, check.pupilIds[2], 'q2'),
			cycleMark(id, check.pupilIds[2], 'q2')
		]);
		const marked = ticketsOf((await db.checks.get(id))!);
		expect(marked.map((t) => t.marks)).toEqual([
			['incorrect', 'correct'],
			['correct', 'incorrect'],
			['correct', 'not-answered']
		]);
		expect(marked.map((t) => t.flagged)).toEqual([true, true, false]);
	});

	it('makes the groups again only when a tap changes who is flagged or what they need, reading each range whole', async () => {
		const questions = [1, 2, 3, 4].map((n) => question(n, 'fluency', { essential: n === 1 }));
		const id = await createCheck(draft({ questions }), TODAY);
		const ben = (await db.checks.get(id))!.pupilIds[0];
		await markEveryoneCorrect(id);
		const regrouping = vi.spyOn(db.groups, 'where');

		// One wrong of four flags nobody: the groups, and the history they need, are not read.
		await setMark(id, ben, 'q2', MARKS.code.incorrect);
		expect(regrouping).not.toHaveBeenCalled();
		expect((await db.groups.toArray()).filter(isLive)).toEqual([]);

		// Every read of the regrouping takes its range whole: none steps a cursor record by record.
		const cursors = [
			vi.spyOn(IDBObjectStore.prototype, 'openCursor'),
			vi.spyOn(IDBIndex.prototype, 'openCursor')
		];
		await setMark(id, ben, 'q3', MARKS.code.incorrect);
		expect(regrouping).toHaveBeenCalled();
		for (const cursor of cursors) expect(cursor).not.toHaveBeenCalled();
		for (const cursor of cursors) cursor.mockRestore();
		const groups = (await db.groups.toArray()).filter(isLive);
		expect(groups.map((group) => group.pupilIds)).toEqual([[ben]]);
	});

	it('stores a tap that flags a pupil with a note that the groups are due, and the groups follow it, once', async () => {
		const id = await createCheck(draft(), TODAY);
		const [ada, ben] = (await db.checks.get(id))!.pupilIds;
		await markEveryoneCorrect(id);

		const tap = await changeCheck(
			id,
			(check, now) => withMark(check, ben, 'q1', MARKS.code.incorrect, now),
			1_000
		);
		expect(tap.regroup).toBe(true);
		// The tap is stored and the flagged list can show; the groups are not yet rebuilt.
		expect(flagSummary(tap.check).flagged.map((flag) => flag.pupilId)).toEqual([ben]);
		expect((await db.groups.toArray()).filter(isLive)).toEqual([]);
		expect(await db.regroups.toArray()).toEqual([{ id, at: 1_000 }]);

		// A second tap before the groups follow: they follow the latest, once.
		await changeCheck(
			id,
			(check, now) => withMark(check, ada, 'q1', MARKS.code.incorrect, now),
			2_000
		);
		await followFlags();
		const groups = (await db.groups.toArray()).filter(isLive);
		expect(groups.map((group) => [group.pupilIds.toSorted(), group.updatedAt])).toEqual([
			[[ada, ben].toSorted(), 2_000]
		]);
		expect(await db.regroups.count()).toBe(0);

		// A tap that flags nobody new leaves nothing due.
		const unflagging = await changeCheck(id, (check, now) =>
			withMark(check, ada, 'q2', MARKS.code.correct, now)
		);
		expect(unflagging.regroup).toBe(false);
		expect(await db.regroups.count()).toBe(0);
	});

	it('rebuilds at the next start the groups that a tab closed before they followed its tap', async () => {
		const { ben } = await flagBenWithoutHisGroups();
		// The tab is closed here: only the tap's own transaction was stored.
		await followLeftOverFlags();
		const groups = (await db.groups.toArray()).filter(isLive);
		expect(groups.map((group) => group.pupilIds)).toEqual([[ben]]);
		expect(await db.regroups.count()).toBe(0);
	});

	it('leaves a deleted check as it is when its groups were due to follow a tap', async () => {
		const { id } = await flagBenWithoutHisGroups();
		await deleteCheck(id);
		await followFlags();
		expect((await db.groups.toArray()).filter(isLive)).toEqual([]);
		expect(await db.regroups.count()).toBe(0);
	});

	it('stores absence and overrides', async () => {
		const id = await createCheck(draft(), TODAY);
		const [ada, ben] = (await db.checks.get(id))!.pupilIds;
		await markEveryoneCorrect(id);
		await setAbsent(id, ben, true);
		await setOverride(id, ada, 'flag', 'Unsure in the main lesson');
		const [adaTicket, benTicket] = ticketsOf((await db.checks.get(id))!);
		expect(adaTicket).toMatchObject({ flagged: true, overrideReason: 'Unsure in the main lesson' });
		expect(benTicket).toMatchObject({ absent: true, flagged: false });
	});
});

describe('changing a check', () => {
	it('rewords questions without losing marks', async () => {
		const id = await createCheck(draft(), TODAY);
		await markEveryoneCorrect(id);
		const questions = draft().questions.map((q) => ({ ...q, prompt: `${q.prompt} (reworded)` }));
		await updateCheck(id, draft({ questions }), TODAY);
		const check = (await db.checks.get(id))!;
		expect(check.questions[0].prompt).toBe('Question 1 (reworded)');
		expect([...check.marks].every((code) => code === MARKS.code.correct)).toBe(true);
	});

	it('refuses to add a question once marking has started', async () => {
		const id = await createCheck(draft(), TODAY);
		await markEveryoneCorrect(id);
		const questions = [...draft().questions, question(3, 'variation')];
		await expect(updateCheck(id, draft({ questions }), TODAY)).rejects.toThrow(
			'Questions cannot be added, removed or reordered once marking has started.'
		);
		expect((await db.checks.get(id))!.questions).toHaveLength(2);
	});

	it('can be deleted until outcomes are recorded, leaving tombstones for other devices', async () => {
		const id = await createCheck(draft(), TODAY);
		const [ada] = (await db.checks.get(id))!.pupilIds;
		await markEveryoneCorrect(id);
		await cycleMark(id, ada, 'q1');
		const [group] = await db.groups.toArray();
		await deleteCheck(id);
		expect(await db.checks.filter(isLive).count()).toBe(0);
		expect((await db.checks.get(id))?.deletedAt).not.toBeNull();
		expect((await db.groups.get(group.id))?.deletedAt).not.toBeNull();

		const kept = await createCheck(draft(), TODAY);
		await markEveryoneCorrect(kept);
		await cycleMark(kept, ada, 'q1');
		const live = (await db.groups.filter(isLive).toArray())[0];
		await db.adults.put({
			id: 'ta-1',
			name: 'Mrs Green',
			role: 'ta',
			runsGroups: true,
			archived: false,
			updatedAt: 0,
			deletedAt: null
		});
		await assignGroup(live.id, 'ta-1', 'slot-1');
		await recordOutcome(live.id, ada, { attended: 'attended' });
		await expect(deleteCheck(kept)).rejects.toThrow(/outcomes recorded/);
		expect(await db.checks.filter(isLive).count()).toBe(1);
	});
});

describe('the rule a check is judged by', () => {
	it('stays the one it was made with when the school changes its rule', async () => {
		const id = await createCheck(draft(), TODAY);
		const [ada, ben] = (await db.checks.get(id))!.pupilIds;
		await markEveryoneCorrect(id);
		await cycleMark(id, ada, 'q2');
		// 1 of 2: flagged at 75%. The school then lowers its threshold to 50%.
		await updateSettings({
			flagRule: { essentialMissFlags: true, threshold: 50, flagGuessedRight: false }
		});
		await cycleMark(id, ben, 'q2');
		const check = (await db.checks.get(id))!;
		expect(check.flagRule.threshold).toBe(75);
		expect(ticketsOf(check).map((t) => t.flagged)).toEqual([true, true, false]);
		expect(flagSummary(check).flagged.every((f) => f.reasons.length > 0)).toBe(true);
		const later = await createCheck(draft(), TODAY);
		expect((await db.checks.get(later))!.flagRule.threshold).toBe(50);
	});
});
