import { describe, expect, it } from 'vitest';
import { cardSheets, sheetsOf, SLIPS_PER_SHEET } from './print';

describe('printing on A4', () => {
	it('puts four slips on every sheet, whatever the size of the class', () => {
		const slips = (n: number) => Array.from({ length: n }, (_, i) => i);
		expect(sheetsOf(slips(28), SLIPS_PER_SHEET).map((sheet) => sheet.length)).toEqual([
			4, 4, 4, 4, 4, 4, 4
		]);
		expect(sheetsOf(slips(30), SLIPS_PER_SHEET).map((sheet) => sheet.length)).toEqual([
			4, 4, 4, 4, 4, 4, 4, 2
		]);
		expect(sheetsOf(slips(1), SLIPS_PER_SHEET)).toEqual([[0]]);
		expect(sheetsOf([], SLIPS_PER_SHEET)).toEqual([]);
		expect(sheetsOf(slips(30), SLIPS_PER_SHEET).flat()).toEqual(slips(30));
	});

	it('puts two session cards on a sheet, in order', () => {
		const cards = [3, 6, 2, 4, 5];
		expect(cardSheets(cards, (pupils) => pupils)).toEqual([[3, 6], [2, 4], [5]]);
	});

	it('gives a card for a large group a sheet of its own, keeping the order', () => {
		const cards = [3, 12, 2, 4, 9];
		expect(cardSheets(cards, (pupils) => pupils)).toEqual([[3], [12], [2, 4], [9]]);
	});
});
