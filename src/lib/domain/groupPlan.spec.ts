import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '$factories/check';
import { MARKS } from './codes';
import { changesGroups, planCheckGroups, rebuiltGroups, type CheckGroupsInput } from './groupPlan';
import { withAbsent, withMark, withOverride } from './marking';
import { groupId, type Group } from './model/group';

const questions = [question(1, 'fluency', { essential: true }), question(2, 'representation')];
const check = markedCheck(questions, { ada: 'x✓', ben: 'x✓', cai: '✓x', dan: '✓✓' });

function plan(extra: Partial<CheckGroupsInput> = {}) {
	return planCheckGroups({
		check,
		// Groups of two at most: one group for each need here.
		maxGroupSize: 2,
		runners: ['ta-1', 'ta-2'],
		slotIds: ['slot-1', 'slot-2'],
		kept: [],
		before: [],
		elsewhere: [],
		history: new Map(),
		windowStart: '2026-11-10',
		...extra
	});
}

const stored = (planned: ReturnType<typeof plan>, at: number): Group[] =>
	rebuiltGroups(check, planned, [], new Set(), at);

describe('the groups of a check, made again', () => {
	it('have ids made from the check, the need and the place', () => {
		expect(plan().map((g) => g.id)).toEqual([
			groupId(check.id, 'q1', 1),
			groupId(check.id, 'q2', 1)
		]);
	});

	it('skip the ids of kept groups', () => {
		const kept = [
			{ id: groupId(check.id, 'q1', 1), adultId: 'ta-1', slotId: 'slot-1', pupilIds: ['ada'] }
		];
		// Ben (q1) and Cai (q2) are left, and meet together on the essential q1.
		expect(plan({ kept }).map((g) => [g.id, g.pupilIds])).toEqual([
			[groupId(check.id, 'q1', 2), ['ben', 'cai']]
		]);
	});

	it('keep the adult and slot a group had, where they are still free', () => {
		const before = [{ id: groupId(check.id, 'q2', 1), adultId: 'ta-2', slotId: 'slot-2' }];
		expect(plan({ before }).find((g) => g.questionId === 'q2')).toMatchObject({
			adultId: 'ta-2',
			slotId: 'slot-2'
		});
	});

	it('write only the groups whose pupils, adult or slot changed, and tombstone the rest', () => {
		const first = stored(plan(), 1);
		expect(rebuiltGroups(check, plan({ before: first }), first, new Set(), 2)).toEqual([]);

		// Cai is right after all: the q2 group is no longer needed.
		const corrected = withMark(check, 'cai', 'q2', 1, 3);
		const again = plan({ check: corrected, before: first });
		const writes = rebuiltGroups(corrected, again, first, new Set(), 4);
		expect(writes).toEqual([{ ...first[1], updatedAt: 4, deletedAt: 4 }]);
	});
});

describe('a change to a check, and its groups', () => {
	const { correct, incorrect } = MARKS.code;
	const four = [...questions, question(3, 'thinking'), question(4, 'coherence')];
	// Ada is flagged (the essential q1); Ben has one wrong of four, not enough; Cai is right.
	const marked = markedCheck(four, { ada: 'x✓✓✓', ben: '✓x✓✓', cai: '✓✓✓✓' });

	it('leaves them alone when nobody’s flag or flagged ticket changes', () => {
		expect(changesGroups(marked, withMark(marked, 'cai', 'q2', incorrect, 2))).toBe(false);
		expect(changesGroups(marked, withMark(marked, 'ben', 'q2', correct, 2))).toBe(false);
		expect(changesGroups(marked, withAbsent(marked, 'cai', true, 2))).toBe(false);
	});

	it('changes them when a pupil is flagged or no longer is', () => {
		expect(changesGroups(marked, withMark(marked, 'ben', 'q3', incorrect, 2))).toBe(true);
		expect(changesGroups(marked, withMark(marked, 'ada', 'q1', correct, 2))).toBe(true);
		expect(changesGroups(marked, withOverride(marked, 'cai', 'flag', 'Guessed', 2))).toBe(true);
		expect(changesGroups(marked, withAbsent(marked, 'ada', true, 2))).toBe(true);
	});

	it('changes them when a flagged pupil’s ticket says something else', () => {
		expect(changesGroups(marked, withMark(marked, 'ada', 'q2', incorrect, 2))).toBe(true);
	});

	it('makes them once the last pupil is marked, and not before', () => {
		const marking = markedCheck(four, { ada: 'x✓✓✓', ben: '✓x✓✓', cai: '✓✓..' });
		const almost = withMark(marking, 'cai', 'q3', correct, 2);
		expect(changesGroups(marking, almost)).toBe(false);
		expect(changesGroups(almost, withMark(almost, 'cai', 'q4', correct, 3))).toBe(true);
	});
});
