import { describe, expect, it } from 'vitest';
import { describeDates, schoolYearOf, schoolYearsBetween, schoolYearStarting } from './schoolYears';

describe('the school year of a day', () => {
	it('runs from 1 September to 31 August and is named by both years', () => {
		expect(schoolYearStarting(2026)).toEqual({
			startYear: 2026,
			name: '2026–27',
			from: '2026-09-01',
			to: '2027-08-31'
		});
		expect(schoolYearStarting(2099).name).toBe('2099–00');
	});

	it('starts on 1 September and keeps the summer holiday in the year before', () => {
		expect(schoolYearOf('2026-09-01').name).toBe('2026–27');
		expect(schoolYearOf('2026-08-31').name).toBe('2025–26');
		expect(schoolYearOf('2026-11-23').name).toBe('2026–27');
		expect(schoolYearOf('2027-01-01').name).toBe('2026–27');
		expect(schoolYearOf('2027-07-22').name).toBe('2026–27');
	});
});

describe('the school years of a range', () => {
	it('lists every year with a day in the range, newest first', () => {
		expect(schoolYearsBetween('2024-10-07', '2026-11-23').map((year) => year.name)).toEqual([
			'2026–27',
			'2025–26',
			'2024–25'
		]);
		expect(schoolYearsBetween('2026-09-01', '2026-09-01').map((year) => year.name)).toEqual([
			'2026–27'
		]);
	});

	it('is empty when the range ends before it starts', () => {
		expect(schoolYearsBetween('2026-11-23', '2025-08-31')).toEqual([]);
	});
});

describe('saying which dates are shown', () => {
	it('names a school year, or a run of whole school years', () => {
		expect(describeDates('2026-09-01', '2027-08-31')).toBe('the school year 2026–27');
		expect(describeDates('2024-09-01', '2027-08-31')).toBe('the school years 2024–25 to 2026–27');
	});

	it('gives other dates by their first and last day', () => {
		expect(describeDates('2026-09-01', '2026-10-31')).toBe(
			'Tuesday 1 September 2026 to Saturday 31 October 2026'
		);
	});
});
