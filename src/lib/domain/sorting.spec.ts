import { describe, expect, it } from 'vitest';
import { byCode, byName, bySlot } from './sorting';

describe('the orders a school uses', () => {
	it('lists classes and pupils by name, numbers in order', () => {
		const names = ['10A', '3K', 'ada', 'Ben'].map((name) => ({ name }));
		expect(names.sort(byName).map((n) => n.name)).toEqual(['3K', '10A', 'ada', 'Ben']);
	});

	it('lists objective codes in a natural order', () => {
		expect(['5F-10', '3NF-2', '5F-2', '3NF-10'].sort(byCode)).toEqual([
			'3NF-2',
			'3NF-10',
			'5F-2',
			'5F-10'
		]);
	});

	it('lists groups in the order of their slots, those with none last', () => {
		const slots = [{ id: 'late' }, { id: 'early' }];
		const groups = [{ slotId: null }, { slotId: 'early' }, { slotId: 'gone' }, { slotId: 'late' }];
		expect(groups.sort(bySlot(slots)).map((g) => g.slotId)).toEqual([
			'late',
			'early',
			null,
			'gone'
		]);
	});
});
