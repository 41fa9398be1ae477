import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { easterSunday, halfTermBefore, halfTermOf, halfTermsBetween, schoolYear } from './terms';

describe('Easter Sunday', () => {
	it('falls where the almanacs put it', () => {
		expect(easterSunday(2024)).toBe('2024-03-31');
		expect(easterSunday(2025)).toBe('2025-04-20');
		expect(easterSunday(2026)).toBe('2026-04-05');
		expect(easterSunday(2027)).toBe('2027-03-28');
		expect(easterSunday(2038)).toBe('2038-04-25');
		expect(easterSunday(2285)).toBe('2285-03-22');
	});
});

describe('the half-terms of a school year', () => {
	it('follow the usual English pattern for 2026 to 2027', () => {
		expect(schoolYear(2026)).toEqual([
			{ id: '2026-autumn-1', name: 'Autumn 1 2026–27', from: '2026-09-01', to: '2026-11-01' },
			{ id: '2026-autumn-2', name: 'Autumn 2 2026–27', from: '2026-11-02', to: '2026-12-31' },
			{ id: '2026-spring-1', name: 'Spring 1 2026–27', from: '2027-01-01', to: '2027-02-21' },
			{ id: '2026-spring-2', name: 'Spring 2 2026–27', from: '2027-02-22', to: '2027-04-04' },
			{ id: '2026-summer-1', name: 'Summer 1 2026–27', from: '2027-04-05', to: '2027-06-06' },
			{ id: '2026-summer-2', name: 'Summer 2 2026–27', from: '2027-06-07', to: '2027-08-31' }
		]);
	});

	it('start back on a Monday after each holiday', () => {
		for (const startYear of [2024, 2025, 2026, 2030, 2038]) {
			for (const half of schoolYear(startYear).slice(1)) {
				if (half.id.endsWith('spring-1')) continue;
				expect(new Date(`${half.from}T12:00`).getDay(), half.id).toBe(1);
			}
		}
	});

	it('cover every day of the year once, holidays with the half-term before', () => {
		const halves = [...schoolYear(2025), ...schoolYear(2026), ...schoolYear(2027)];
		for (let i = 1; i < halves.length; i++) {
			expect(halves[i].from).toBe(addDays(halves[i - 1].to, 1));
			expect(halves[i].from < halves[i].to).toBe(true);
		}
	});
});

describe('finding a half-term', () => {
	it('by a day in it, in term or in a holiday', () => {
		expect(halfTermOf('2026-11-23').id).toBe('2026-autumn-2');
		expect(halfTermOf('2026-10-28').id).toBe('2026-autumn-1');
		expect(halfTermOf('2026-09-01').id).toBe('2026-autumn-1');
		expect(halfTermOf('2026-08-31').id).toBe('2025-summer-2');
		expect(halfTermOf('2026-12-31').id).toBe('2026-autumn-2');
		expect(halfTermOf('2027-01-01').id).toBe('2026-spring-1');
		expect(halfTermOf('2027-04-01').id).toBe('2026-spring-2');
	});

	it('the one before, across the summer too', () => {
		expect(halfTermBefore(halfTermOf('2026-11-23')).id).toBe('2026-autumn-1');
		expect(halfTermBefore(halfTermOf('2026-09-10')).id).toBe('2025-summer-2');
	});

	it('every one between two days', () => {
		expect(halfTermsBetween('2026-10-12', '2026-11-23').map((half) => half.id)).toEqual([
			'2026-autumn-1',
			'2026-autumn-2'
		]);
		expect(halfTermsBetween('2026-11-03', '2026-11-04')).toHaveLength(1);
	});
});
