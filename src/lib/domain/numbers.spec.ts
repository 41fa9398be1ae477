import { describe, expect, it } from 'vitest';
import { isAcceptedNumber, parseNumberAnswer } from './numbers';

describe('number answers', () => {
	it('reads whole numbers, decimals, fractions and mixed numbers', () => {
		expect(parseNumberAnswer('12')).toEqual({ value: 12, form: '12' });
		expect(parseNumberAnswer(' 0.50 ')).toEqual({ value: 0.5, form: '0.5' });
		expect(parseNumberAnswer('.5')).toEqual({ value: 0.5, form: '0.5' });
		expect(parseNumberAnswer('1,000')).toEqual({ value: 1000, form: '1000' });
		expect(parseNumberAnswer('−3')).toEqual({ value: -3, form: '-3' });
		expect(parseNumberAnswer('3 / 4')).toEqual({ value: 0.75, form: '3/4' });
		expect(parseNumberAnswer('½')).toEqual({ value: 0.5, form: '1/2' });
		expect(parseNumberAnswer('2½')).toEqual({ value: 2.5, form: '2 1/2' });
		expect(parseNumberAnswer('2 1/2')).toEqual({ value: 2.5, form: '2 1/2' });
	});

	it('refuses what is not a number', () => {
		for (const text of ['', ' ', 'seven', '1,00', '3/0', '1.2.3', '-', '12cm', '1/2/3']) {
			expect(parseNumberAnswer(text), text).toBeNull();
		}
	});

	it('accepts an answer written as one of the accepted ones, however it is spaced', () => {
		const accepted = ['0.5', '½'];
		expect(isAcceptedNumber('0.50', accepted)).toBe(true);
		expect(isAcceptedNumber('1/2', accepted)).toBe(true);
		expect(isAcceptedNumber(' 1 / 2 ', accepted)).toBe(true);
		// The same value written another way is not accepted unless the teacher lists it.
		expect(isAcceptedNumber('2/4', accepted)).toBe(false);
		expect(isAcceptedNumber('0.6', accepted)).toBe(false);
		expect(isAcceptedNumber('half', accepted)).toBe(false);
	});
});
