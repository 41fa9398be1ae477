import { describe, expect, it } from 'vitest';
import {
	formatCountdown,
	pauseRun,
	readRun,
	slotMinutes,
	startRun,
	timeLeft,
	TIMER_AT_REST
} from './timer';

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

	it('counts what has run across pauses, and never more than the whole time', () => {
		const total = 20 * 60_000;
		let run = startRun(TIMER_AT_REST, 1_000);
		expect(timeLeft(total, run, 61_000)).toBe(total - 60_000);
		run = pauseRun(total, run, 61_000);
		expect(run).toEqual({ ran: 60_000, startedAt: null });
		expect(timeLeft(total, run, 999_999)).toBe(total - 60_000);
		run = startRun(run, 100_000);
		expect(startRun(run, 200_000)).toBe(run);
		expect(pauseRun(total, run, 100_000 + total)).toEqual({ ran: total, startedAt: null });
	});

	it('reads back a timer kept on the device only for the same day', () => {
		const kept = { date: '2026-11-23', ran: 5_000, startedAt: 9_000 };
		expect(readRun(kept, '2026-11-23')).toEqual({ ran: 5_000, startedAt: 9_000 });
		expect(readRun(kept, '2026-11-24')).toBeNull();
		expect(readRun({ ...kept, ran: 'lots' }, '2026-11-23')).toBeNull();
		expect(readRun(null, '2026-11-23')).toBeNull();
	});
});
