import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '$factories/check';
import { seedClass } from '$factories/school';
import { db } from '../database';
import { checkDates, reviewData } from './review';

async function seedChecks(dates: string[]): Promise<void> {
	await seedClass({ id: 'class-1', name: '5B', pupils: ['Ada', 'Ben'] });
	const pupils = (await db.pupils.toArray()).map((pupil) => pupil.id);
	for (const date of dates) {
		await db.checks.put({
			...markedCheck([question(1, 'fluency')], { [pupils[0]]: '✓', [pupils[1]]: 'x' }, date),
			classId: 'class-1'
		});
	}
}

describe('reading the year for Review', () => {
	it('reads only the checks of the dates asked for, both ends included', async () => {
		await seedChecks(['2025-08-31', '2025-09-01', '2026-03-02', '2026-08-31', '2026-09-01']);
		const range = { from: '2025-09-01', to: '2026-08-31' };
		const { facts, records, range: read } = await reviewData('2026-11-23', range);
		expect(records.checks.map((check) => check.date).sort()).toEqual([
			'2025-09-01',
			'2026-03-02',
			'2026-08-31'
		]);
		expect(facts.count).toBe(6);
		expect(read).toEqual(range);
	});

	it('knows the first and last day with a live check', async () => {
		expect(await checkDates()).toBeNull();
		await seedChecks(['2026-11-23', '2024-10-07', '2025-06-10']);
		const [oldest] = await db.checks.where('date').equals('2024-10-07').toArray();
		await db.checks.put({ ...oldest, deletedAt: 1 });
		expect(await checkDates()).toEqual({ from: '2025-06-10', to: '2026-11-23' });
	});

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
