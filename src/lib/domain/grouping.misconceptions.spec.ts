import { describe, expect, it } from 'vitest';
import { answeredCheck, choiceQuestion, marks, question } from '$factories/check';
import { CONFIDENCE, MARKS } from './codes';
import { flaggedTicketAt, planCheckGroups, rebuiltGroups } from './groupPlan';
import { planGroups, type FlaggedTicket } from './grouping';
import { withMark } from './marking';
import { groupId } from './model/group';

const BIGGER = 'bigger denominator, bigger fraction';
const ADDS = 'adds the denominators';
const compare = choiceQuestion(1, 'representation', [
	['1/2', null],
	['1/3', BIGGER],
	['2/5', ADDS]
]);
const order = choiceQuestion(2, 'representation', [
	['1/5, 1/4, 1/2', null],
	['1/2, 1/4, 1/5', BIGGER],
	['1/4, 1/2, 1/5', null]
]);
const explain = question(3, 'thinking');

describe('groups by misconception and confidence', () => {
	it('put pupils who chose the same misconception together, on any question, and name it', () => {
		const check = answeredCheck([compare, order, explain], {
			ada: ['2s', '1s', '✓'],
			ben: ['1s', '2t', '✓'],
			cai: ['3s', '1s', '✓'],
			dan: ['3t', '1s', '✓']
		});
		const groups = planGroups(
			check.questions,
			check.pupilIds.map((_, p) => flaggedTicketAt(check, p)),
			6
		);
		expect(groups).toEqual([
			{
				keystoneId: 'representation',
				questionId: 'q1',
				misconception: ADDS,
				pupilIds: ['cai', 'dan']
			},
			{
				keystoneId: 'representation',
				questionId: 'q1',
				misconception: BIGGER,
				pupilIds: ['ada', 'ben']
			}
		]);
	});

	it('list the confidently wrong first, then those who thought so, then guesses', () => {
		const ticket = (pupilId: string, said: number): FlaggedTicket => ({
			pupilId,
			marks: marks('x✓✓'),
			misconceptions: [BIGGER, null, null],
			confidence: [said, 0, 0]
		});
		const { sure, guessing } = CONFIDENCE.code;
		const groups = planGroups(
			[compare, order, explain],
			[
				ticket('a', guessing),
				ticket('b', 0),
				ticket('c', sure),
				ticket('d', CONFIDENCE.code['think-so'])
			],
			6
		);
		expect(groups[0].pupilIds).toEqual(['c', 'd', 'b', 'a']);
		// Split evenly, the confidently wrong are in the first group the adults are given.
		expect(
			planGroups(
				[compare, order, explain],
				[ticket('a', guessing), ticket('b', guessing), ticket('c', sure), ticket('d', sure)],
				2
			).map((group) => group.pupilIds)
		).toEqual([
			['c', 'd'],
			['a', 'b']
		]);
	});

	it('never join a lone pupil to a group that names a misconception they did not choose', () => {
		const tickets: FlaggedTicket[] = [
			{ pupilId: 'a', marks: marks('x✓✓'), misconceptions: [BIGGER, null, null] },
			{ pupilId: 'b', marks: marks('x✓✓'), misconceptions: [BIGGER, null, null] },
			{ pupilId: 'c', marks: marks('✓x✓'), misconceptions: [null, null, null] }
		];
		expect(planGroups([compare, order, explain], tickets, 6).map((g) => g.pupilIds)).toEqual([
			['a', 'b'],
			['c']
		]);
	});

	it('give a misconception group an id of its own, the same on every device', () => {
		const check = answeredCheck([compare, order], {
			ada: ['2s', '1s'],
			ben: ['2g', '1s'],
			cai: ['1s', '3s']
		});
		const planned = planCheckGroups({
			check,
			maxGroupSize: 6,
			runners: ['ta-1'],
			slotIds: ['slot-1', 'slot-2'],
			kept: [],
			before: [],
			elsewhere: [],
			history: new Map(),
			windowStart: '2026-11-10'
		});
		expect(planned.map((g) => [g.id, g.misconception ?? null, g.pupilIds])).toEqual([
			[groupId(check.id, 'q1', 1, BIGGER), BIGGER, ['ada', 'ben']],
			[groupId(check.id, 'q2', 1), null, ['cai']]
		]);
		expect(groupId(check.id, 'q1', 1, ' Bigger  denominator, bigger fraction')).toBe(planned[0].id);
		const [written] = rebuiltGroups(check, planned, [], new Set(), 5);
		expect(written.misconception).toBe(BIGGER);
		expect(
			rebuiltGroups(check, planned, rebuiltGroups(check, planned, [], new Set(), 5), new Set(), 6)
		).toEqual([]);
	});

	it('do not group by a misconception once the teacher has marked the answer right', () => {
		const check = answeredCheck([compare, explain], {
			ada: ['2s', 'x'],
			ben: ['2s', '✓'],
			cai: ['2t', '✓']
		});
		const corrected = withMark(check, 'ada', 'q1', MARKS.code.correct, 9);
		const planned = planCheckGroups({
			check: corrected,
			maxGroupSize: 6,
			runners: [],
			slotIds: [],
			kept: [],
			before: [],
			elsewhere: [],
			history: new Map(),
			windowStart: '2026-11-10'
		});
		expect(planned.map((g) => [g.misconception ?? null, g.pupilIds])).toEqual([
			[BIGGER, ['ben', 'cai']],
			[null, ['ada']]
		]);
	});

	it('make no group of a misconception only one pupil chose: that pupil groups by question', () => {
		const tickets: FlaggedTicket[] = [
			{ pupilId: 'a', marks: marks('x✓✓'), misconceptions: [BIGGER, null, null] },
			{ pupilId: 'b', marks: marks('x✓✓'), misconceptions: [ADDS, null, null] },
			{ pupilId: 'c', marks: marks('x✓✓'), misconceptions: [null, null, null] }
		];
		expect(planGroups([compare, order, explain], tickets, 6)).toEqual([
			{ keystoneId: 'representation', questionId: 'q1', pupilIds: ['a', 'b', 'c'] }
		]);
	});
});
