import { describe, expect, it } from 'vitest';
import {
	addDays,
	dateSpans,
	formatLongDate,
	formatShortDate,
	isSchoolDay,
	lastSchoolDays,
	schoolDayNumber,
	schoolDaysBetween,
	weekStart
} from './dates';

describe('school dates', () => {
	it('counts Mondays to Fridays only', () => {
		expect(isSchoolDay('2026-11-23')).toBe(true);
		expect(isSchoolDay('2026-11-22')).toBe(false);
		expect(schoolDaysBetween('2026-11-20', '2026-11-24')).toEqual([
			'2026-11-20',
			'2026-11-23',
			'2026-11-24'
		]);
		expect(lastSchoolDays('2026-11-22', 2)).toEqual(['2026-11-19', '2026-11-20']);
	});

	it('numbers school days so that differences count school days', () => {
		expect(schoolDayNumber('2026-11-23') - schoolDayNumber('2026-11-20')).toBe(1);
		expect(schoolDayNumber('2026-11-26') - schoolDayNumber('2026-11-16')).toBe(8);
		expect(schoolDayNumber('2026-11-22')).toBe(schoolDayNumber('2026-11-20'));
	});

	it('starts weeks on Monday and crosses month ends', () => {
		expect(weekStart('2026-11-29')).toBe('2026-11-23');
		expect(weekStart('2026-11-23')).toBe('2026-11-23');
		expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
	});

	it('writes dates the British way', () => {
		expect(formatLongDate('2026-11-23')).toBe('Monday 23 November 2026');
		expect(formatShortDate('2026-11-23')).toBe('23 Nov');
	});
});

describe('date spans', () => {
	it('cut a range into consecutive runs that cover it exactly', () => {
		expect(dateSpans('2026-11-02', '2026-11-11', 3)).toEqual([
			['2026-11-02', '2026-11-05'],
			['2026-11-06', '2026-11-09'],
			['2026-11-10', '2026-11-11']
		]);
		expect(dateSpans('2026-11-23', '2026-11-23', 8)).toEqual([['2026-11-23', '2026-11-23']]);
		expect(dateSpans('2026-10-30', '2026-11-02', 2)).toEqual([
			['2026-10-30', '2026-10-31'],
			['2026-11-01', '2026-11-02']
		]);
	});
});
