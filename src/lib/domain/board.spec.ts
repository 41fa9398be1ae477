import { describe, expect, it } from 'vitest';
import { freeSlots, isWaiting, slotChoices, waitingGroups, type Placed } from './board';

const group = (
	id: string,
	adultId: string | null,
	slotId: string | null,
	pupilIds: string[]
): Placed => ({ id, adultId, slotId, pupilIds });

const slots = ['slot-1', 'slot-2', 'slot-3'];
const day = [
	group('a', 'green', 'slot-1', ['p1', 'p2']),
	group('b', 'green', 'slot-2', ['p3']),
	group('c', null, null, ['p4', 'p5', 'p6']),
	group('d', 'price', null, ['p1']),
	group('e', null, 'slot-1', ['p7', 'p8'])
];

describe('today’s board', () => {
	it('shows first the groups that no adult can take yet, the most pupils first', () => {
		expect(isWaiting(day[0])).toBe(false);
		const waiting = waitingGroups(day);
		expect(waiting.groups.map((g) => g.id)).toEqual(['c', 'e', 'd']);
		expect(waiting.pupils).toBe(6);
	});

	it('offers each slot for an adult, saying why one cannot be used', () => {
		// Group d (pupil p1) to Mrs Green: she is busy in slots 1 and 2; p1 is busy in slot 1 too.
		expect(slotChoices(day[3], 'green', slots, day)).toEqual([
			{ slotId: 'slot-1', clash: 'adult-busy' },
			{ slotId: 'slot-2', clash: 'adult-busy' },
			{ slotId: 'slot-3', clash: null }
		]);
		// To Mr Price, slot 1 clashes only because p1 is already in a group then.
		expect(slotChoices(day[3], 'price', slots, day)).toEqual([
			{ slotId: 'slot-1', clash: 'pupil-busy' },
			{ slotId: 'slot-2', clash: null },
			{ slotId: 'slot-3', clash: null }
		]);
	});

	it('does not count a group against itself when it is moved', () => {
		expect(slotChoices(day[0], 'green', slots, day)[0]).toEqual({ slotId: 'slot-1', clash: null });
	});

	it('counts each adult’s free slots', () => {
		expect(freeSlots('green', slots, day)).toEqual(['slot-3']);
		expect(freeSlots('price', slots, day)).toEqual(slots);
		expect(freeSlots('khan', slots, day)).toEqual(slots);
	});
});
