import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '$factories/check';
import { seedClass } from '$factories/school';
import { db } from '../database';
import { reviewData } from './review';

describe('reading the year for Review', () => {
	it('reads every check in date order, however old or new, and counts them all', async () => {
		await seedClass({ id: 'class-1', name: '5B', pupils: ['Ada', 'Ben'] });
		const pupils = (await db.pupils.toArray()).map((pupil) => pupil.id);
		const dates = ['2023-09-04', '2026-11-23', '2026-11-16', '2025-06-10', '2027-01-04'];
		for (const date of dates) {
			await db.checks.put({
				...markedCheck([question(1, 'fluency')], { [pupils[0]]: '✓', [pupils[1]]: 'x' }, date),
				classId: 'class-1'
			});
		}
		const { facts, records } = await reviewData('2026-11-23');
		expect(records.checks).toHaveLength(5);
		expect(facts.checks.map((check) => check.date)).toEqual([...dates].sort());
		expect(facts.count).toBe(10);
		expect(records.pupils).toHaveLength(2);
	});

	it('is empty for a school with no checks', async () => {
		const { facts, records } = await reviewData('2026-11-23');
		expect(facts.checks).toEqual([]);
		expect(records.checks).toEqual([]);
	});
});
