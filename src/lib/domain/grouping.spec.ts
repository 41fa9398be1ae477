import { describe, expect, it } from 'vitest';
import { marks, question } from '$factories/check';
import {
	assignAdults,
	balancedSizes,
	needMarks,
	planGroups,
	primaryNeed,
	type FlaggedTicket
} from './grouping';

const questions = [
	question(1, 'fluency'),
	question(2, 'coherence', { essential: true }),
	question(3, 'representation'),
	question(4, 'fluency')
];

function flagged(rows: Record<string, string>): FlaggedTicket[] {
	return Object.entries(rows).map(([pupilId, row]) => ({ pupilId, marks: marks(row) }));
}

describe('step 1: the primary need', () => {
	it('is the first missed essential question before any other', () => {
		expect(primaryNeed(marks('xx✓✓'), questions)).toBe(1);
	});

	it('is otherwise the first missed question in ticket order', () => {
		expect(primaryNeed(marks('✓✓xx'), questions)).toBe(2);
		expect(primaryNeed(marks('✓✓✓-'), questions)).toBe(3);
	});

	it('is the first essential question for a pupil flagged by the teacher with nothing missed', () => {
		expect(primaryNeed(marks('✓✓✓✓'), questions)).toBe(1);
		expect(primaryNeed(marks('✓✓'), [question(1, 'fluency'), question(2, 'thinking')])).toBe(0);
	});
});

describe('step 2: groups by shared need, split evenly', () => {
	it('splits 8 with a maximum of 6 into 4 + 4, not 6 + 2', () => {
		expect(balancedSizes(8, 6)).toEqual([4, 4]);
		const rows = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`p${i}`, '✓x✓✓']));
		expect(planGroups(questions, flagged(rows), 6).map((g) => g.pupilIds.length)).toEqual([4, 4]);
	});

	it('keeps sizes within one of each other', () => {
		expect(balancedSizes(13, 6)).toEqual([5, 4, 4]);
		expect(balancedSizes(6, 6)).toEqual([6]);
		expect(balancedSizes(7, 3)).toEqual([3, 2, 2]);
	});

	it('groups pupils with the same primary need and names the focus', () => {
		const groups = planGroups(
			questions,
			flagged({ a: 'x✓✓✓', b: 'x✓x✓', c: '✓x✓✓', d: 'xx✓✓' }),
			4
		);
		expect(groups).toEqual([
			{ keystoneId: 'fluency', questionId: 'q1', pupilIds: ['a', 'b'] },
			{ keystoneId: 'coherence', questionId: 'q2', pupilIds: ['c', 'd'] }
		]);
	});
});

describe('step 3: lone pupils', () => {
	it('join a group of the same keystone when there is room', () => {
		const groups = planGroups(questions, flagged({ a: 'x✓✓✓', b: 'x✓✓✓', c: '✓✓✓x' }), 6);
		expect(groups).toEqual([
			{ keystoneId: 'fluency', questionId: 'q1', pupilIds: ['a', 'b', 'c'] }
		]);
	});

	it('stay 1:1 when the only group of their keystone is full', () => {
		const rows = { a: 'x✓✓✓', b: 'x✓✓✓', c: '✓✓✓x' };
		const groups = planGroups(questions, flagged(rows), 2);
		expect(groups.map((g) => g.pupilIds)).toEqual([['a', 'b'], ['c']]);
	});

	it('join another group with room when no group shares their keystone', () => {
		const groups = planGroups(questions, flagged({ a: 'x✓✓✓', b: 'x✓✓✓', c: '✓✓x✓' }), 6);
		expect(groups).toEqual([
			{ keystoneId: 'fluency', questionId: 'q1', pupilIds: ['a', 'b', 'c'] }
		]);
		const full = planGroups(questions, flagged({ a: 'x✓✓✓', b: 'x✓✓✓', c: '✓✓x✓' }), 2);
		expect(full.map((g) => g.pupilIds)).toEqual([['a', 'b'], ['c']]);
	});

	it('pair up on the more foundational question when both are alone', () => {
		const groups = planGroups(questions, flagged({ a: 'x✓✓✓', c: '✓✓✓x' }), 6);
		expect(groups).toEqual([{ keystoneId: 'fluency', questionId: 'q1', pupilIds: ['a', 'c'] }]);
	});
});

describe('step 3, continued: small groups meet together', () => {
	it('makes one group of three from three pupils who each missed a different question', () => {
		const groups = planGroups(questions, flagged({ a: 'x✓✓✓', b: '✓x✓✓', c: '✓✓x✓' }), 6);
		expect(groups).toEqual([
			{ keystoneId: 'coherence', questionId: 'q2', pupilIds: ['a', 'b', 'c'] }
		]);
	});

	it('combines groups under half the maximum up to the maximum, largest first', () => {
		const rows = {
			a: '✓x✓✓',
			b: '✓x✓✓',
			c: '✓✓x✓',
			d: '✓✓x✓',
			e: 'x✓✓✓',
			f: 'x✓✓✓',
			g: '✓✓✓x'
		};
		// q2: a b · q3: c d · q1 and q4 (fluency): e f g. Max 4: groups under 2 meet together.
		const groups = planGroups(questions, flagged(rows), 4);
		expect(groups.map((g) => [g.questionId, g.pupilIds])).toEqual([
			['q1', ['e', 'f', 'g']],
			['q2', ['a', 'b']],
			['q3', ['c', 'd']]
		]);
		const six = planGroups(questions, flagged(rows), 6);
		expect(six.map((g) => g.pupilIds.length).sort()).toEqual([3, 4]);
	});

	it('leaves a group of one only when no group has room', () => {
		const rows = { a: '✓x✓✓', b: '✓x✓✓', c: '✓x✓✓', d: '✓✓x✓' };
		expect(planGroups(questions, flagged(rows), 4).map((g) => g.pupilIds)).toEqual([
			['a', 'b', 'c', 'd']
		]);
		expect(planGroups(questions, flagged(rows), 3).map((g) => g.pupilIds)).toEqual([
			['a', 'b', 'c'],
			['d']
		]);
	});
});

describe('determinism', () => {
	it('gives the same groups for the same tickets in any order', () => {
		const rows = flagged({
			f: 'x✓✓✓',
			b: 'x✓x✓',
			h: '✓x✓✓',
			a: 'xx✓✓',
			d: '✓✓x✓',
			c: 'x✓✓x',
			g: 'x✓✓✓',
			e: '✓✓✓x'
		});
		const first = planGroups(questions, rows, 3);
		for (let shuffle = 0; shuffle < 5; shuffle++) {
			const shuffled = [...rows].sort(() => Math.sin(shuffle * 7 + rows.length) - 0.2);
			expect(planGroups(questions, shuffled.reverse(), 3)).toEqual(first);
			expect(assignAdults(planGroups(questions, shuffled, 3), ['ta1'], ['s1'])).toEqual(
				assignAdults(first, ['ta1'], ['s1'])
			);
		}
	});
});

describe('step 4: adults and slots', () => {
	const group = (size: number, name: string) => ({
		keystoneId: 'fluency' as const,
		questionId: 'q1',
		pupilIds: Array.from({ length: size }, (_, i) => `${name}${i}`)
	});

	it('go round-robin, largest group first, each adult once a slot', () => {
		const assigned = assignAdults(
			[group(2, 'a'), group(5, 'b'), group(3, 'c')],
			['ta1', 'ta2'],
			['s1', 's2']
		);
		expect(assigned.map((g) => [g.adultId, g.slotId])).toEqual([
			['ta1', 's2'],
			['ta1', 's1'],
			['ta2', 's1']
		]);
	});

	it('leave a group unassigned, never dropped, when no adult is free', () => {
		const assigned = assignAdults([group(2, 'a'), group(3, 'b')], ['ta1'], ['s1']);
		expect(assigned).toHaveLength(2);
		expect(assigned[0]).toMatchObject({ adultId: null, slotId: null, pupilIds: ['a0', 'a1'] });
		expect(assigned[1]).toMatchObject({ adultId: 'ta1', slotId: 's1' });
	});

	it('share the day between classes without double-booking an adult', () => {
		const first = assignAdults([group(4, 'x')], ['ta1', 'ta2'], ['s1', 's2']);
		const second = assignAdults(
			[group(3, 'y'), group(2, 'z')],
			['ta1', 'ta2'],
			['s1', 's2'],
			first
		);
		expect(first[0]).toMatchObject({ adultId: 'ta1', slotId: 's1' });
		expect(second.map((g) => [g.adultId, g.slotId])).toEqual([
			['ta2', 's1'],
			['ta1', 's2']
		]);
	});

	it('never puts a pupil in two groups of the same slot', () => {
		const booked = [{ adultId: 'ta1', slotId: 's1', pupilIds: ['a0'] }];
		const assigned = assignAdults([group(2, 'a')], ['ta1', 'ta2'], ['s1', 's2'], booked);
		expect(assigned[0]).toMatchObject({ adultId: 'ta1', slotId: 's2' });
	});
});

describe('step 5: repeat and persistent', () => {
	it('marks repeat when flagged in the same keystone on the previous check', () => {
		const history = [{ date: '2026-11-20', flaggedIn: 'fluency' as const, open: false }];
		expect(needMarks('fluency', history, '2026-11-10')).toEqual({
			repeat: true,
			persistent: false
		});
		expect(needMarks('thinking', history, '2026-11-10').repeat).toBe(false);
	});

	it('does not mark repeat when the previous check went well', () => {
		const history = [
			{ date: '2026-11-19', flaggedIn: 'fluency' as const, open: false },
			{ date: '2026-11-20', flaggedIn: null, open: false }
		];
		expect(needMarks('fluency', history, '2026-11-10').repeat).toBe(false);
	});

	it('marks repeat when an earlier flag in the keystone is still open', () => {
		const history = [
			{ date: '2026-11-18', flaggedIn: 'fluency' as const, open: true },
			{ date: '2026-11-20', flaggedIn: null, open: false }
		];
		expect(needMarks('fluency', history, '2026-11-10').repeat).toBe(true);
	});

	it('marks persistent at the third flag in one keystone within ten school days', () => {
		const twice = [
			{ date: '2026-11-12', flaggedIn: 'fluency' as const, open: false },
			{ date: '2026-11-17', flaggedIn: 'fluency' as const, open: false }
		];
		expect(needMarks('fluency', twice, '2026-11-10').persistent).toBe(true);
		expect(needMarks('fluency', twice.slice(1), '2026-11-10').persistent).toBe(false);
		// The first flag is before the ten-day window began.
		expect(needMarks('fluency', twice, '2026-11-13').persistent).toBe(false);
	});
});
