import { describe, expect, it } from 'vitest';
import {
	EAL_WORDS,
	parseSen,
	parseYear,
	parseYesNo,
	PUPIL_PREMIUM_WORDS,
	yearFromClassName
} from './values';

describe('cell values of MIS exports', () => {
	it('reads SEN status in its many spellings', () => {
		for (const none of ['', ' ', 'N', 'No Special Educational Need', 'none', 'No SEN']) {
			expect(parseSen(none), none).toBe('none');
		}
		for (const support of ['K', 'k', 'SEN Support', 'K - SEN Support', 'sen support']) {
			expect(parseSen(support), support).toBe('K');
		}
		for (const plan of [
			'E',
			'EHC Plan',
			'EHCP',
			'E - EHC Plan',
			'Education, Health and Care Plan'
		]) {
			expect(parseSen(plan), plan).toBe('E');
		}
		expect(parseSen('Statement')).toBeNull();
		expect(parseSen('Maybe')).toBeNull();
	});

	it('reads yes and no as Yes/No, Y/N, T/F, True/False, 1/0 and blank', () => {
		for (const yes of ['Yes', 'y', 'T', 'TRUE', '1']) expect(parseYesNo(yes), yes).toBe(true);
		for (const no of ['No', 'n', 'F', 'false', '0', '']) expect(parseYesNo(no), no).toBe(false);
		expect(parseYesNo('EAL')).toBeNull();
		expect(parseYesNo('Perhaps')).toBeNull();
	});

	it("reads a column's own words: Bromcom's EAL column holds EAL or nothing", () => {
		expect(parseYesNo('EAL', EAL_WORDS)).toBe(true);
		expect(parseYesNo('', EAL_WORDS)).toBe(false);
		expect(parseYesNo('PP', PUPIL_PREMIUM_WORDS)).toBe(true);
		expect(parseYesNo('Not eligible', PUPIL_PREMIUM_WORDS)).toBe(false);
	});

	it('reads year groups as 5, 05, Y5, Yr 5, Year 5 or NC Year 5', () => {
		for (const five of ['5', '05', 'Y5', 'y 5', 'Yr 5', 'Year 5', 'year5', 'NC Year 5']) {
			expect(parseYear(five), five).toBe(5);
		}
		expect(parseYear('Year 14')).toBe(14);
		expect(parseYear('Reception')).toBeNull();
		expect(parseYear('5B')).toBeNull();
	});

	it('finds the year in a class name when it is one Keep Up is for', () => {
		expect(yearFromClassName('5B')).toBe(5);
		expect(yearFromClassName('8M2')).toBe(8);
		expect(yearFromClassName('10A')).toBeNull();
		expect(yearFromClassName('Oak')).toBeNull();
	});
});
