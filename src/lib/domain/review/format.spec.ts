import { describe, expect, it } from 'vitest';
import { isSmall, percent, points, pupilCount } from './format';

describe('review figures in words', () => {
	it('never show 0% or NaN for no data', () => {
		expect(percent(null)).toBe('no data');
		expect(percent(0)).toBe('0%');
		expect(percent(0.236)).toBe('24%');
		expect(points(null)).toBe('no data');
	});

	it('sign the gaps', () => {
		expect(points(12.4)).toBe('+12 pp');
		expect(points(-3.6)).toBe('−4 pp');
		expect(points(0.2)).toBe('0 pp');
	});

	it('say when a figure comes from fewer than five pupils', () => {
		expect(isSmall(4)).toBe(true);
		expect(isSmall(5)).toBe(false);
		expect(isSmall(0)).toBe(false);
		expect(pupilCount(3)).toBe('3 pupils: too few to compare');
		expect(pupilCount(1)).toBe('1 pupil: too few to compare');
		expect(pupilCount(28)).toBe('28 pupils');
	});
});
