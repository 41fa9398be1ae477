import { describe, expect, it } from 'vitest';
import { formatCountdown, slotMinutes } from './timer';

describe('the session timer', () => {
	it('lasts as long as the slot', () => {
		expect(slotMinutes('13:15', '13:35')).toBe(20);
		expect(slotMinutes('13:50', '14:10')).toBe(20);
	});

	it('counts down in minutes and seconds, stopping at zero', () => {
		expect(formatCountdown(20 * 60_000)).toBe('20:00');
		expect(formatCountdown(61_500)).toBe('1:02');
		expect(formatCountdown(900)).toBe('0:01');
		expect(formatCountdown(-5000)).toBe('0:00');
	});
});
