import { describe, expect, it } from 'vitest';
import { FREE_TRIES, formatWait, isIdle, nextTryAt, waitAfter } from './timing';

const MINUTE = 60_000;

describe('locking after a time without a tap', () => {
	it('locks once the chosen minutes have passed, not before', () => {
		expect(isIdle(0, 5 * MINUTE - 1, 5)).toBe(false);
		expect(isIdle(0, 5 * MINUTE, 5)).toBe(true);
		expect(isIdle(10 * MINUTE, 11 * MINUTE, 1)).toBe(true);
		expect(isIdle(10 * MINUTE, 11 * MINUTE, 2)).toBe(false);
	});
});

describe('waiting after wrong PINs', () => {
	it('lets the first few wrong PINs be tried again at once', () => {
		for (let wrong = 0; wrong < FREE_TRIES; wrong++) expect(waitAfter(wrong)).toBe(0);
	});

	it('then waits 30 seconds, doubling with each wrong PIN, up to 15 minutes', () => {
		const waits = [3, 4, 5, 6, 7, 8, 9, 50].map(waitAfter);
		expect(waits).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000, 900_000]);
	});

	it('counts the wait from the last wrong PIN', () => {
		expect(nextTryAt(0, null)).toBe(0);
		expect(nextTryAt(2, 1_000)).toBe(1_000);
		expect(nextTryAt(3, 1_000)).toBe(31_000);
	});

	it('makes guessing every 4-digit PIN take months', () => {
		let total = 0;
		for (let wrong = 1; wrong < 10_000; wrong++) total += waitAfter(wrong);
		expect(total / (24 * 60 * MINUTE)).toBeGreaterThan(90);
	});

	it('says the wait in words, rounded up', () => {
		expect(formatWait(200)).toBe('1 second');
		expect(formatWait(29_001)).toBe('30 seconds');
		expect(formatWait(60_000)).toBe('1 minute');
		expect(formatWait(61_000)).toBe('2 minutes');
		expect(formatWait(900_000)).toBe('15 minutes');
	});
});
