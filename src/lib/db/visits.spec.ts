import { describe, expect, it } from 'vitest';
import { seedClass } from '$factories/school';
import { db } from './database';
import { leadingData } from './queries/leading';
import { recordVisit, removeVisit, setFollowedUp, updateVisit, type VisitDraft } from './visits';
import { ValidationError } from './validate';

const draft = (extra: Partial<VisitDraft> = {}): VisitDraft => ({
	date: '2026-11-10',
	classId: '5b',
	yearGroup: null,
	teacherId: 'teacher-1',
	kind: 'coaching',
	keystoneIds: ['representation'],
	working: ' Bar models drawn accurately ',
	nextStep: 'Bar models for every comparison problem',
	evidence: '',
	followUp: '2026-11-24',
	...extra
});

async function problems(action: Promise<unknown>): Promise<string[]> {
	const error = await action.catch((e: unknown) => e);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).problems;
}

describe('visits', () => {
	it('are recorded for a class, with the class’s year group kept', async () => {
		await seedClass({ id: '5b', name: '5B', pupils: ['Ada'] });
		const id = await recordVisit(draft());
		expect(await db.visits.get(id)).toMatchObject({
			classId: '5b',
			yearGroup: 5,
			working: 'Bar models drawn accurately',
			evidence: null,
			followedUpOn: null,
			deletedAt: null
		});
	});

	it('are recorded for a whole year group', async () => {
		const id = await recordVisit(draft({ classId: null, yearGroup: 3, kind: 'learning-walk' }));
		expect(await db.visits.get(id)).toMatchObject({ classId: null, yearGroup: 3 });
	});

	it('refuse no date, no class or year group, a follow-up before the visit and text too long to print', async () => {
		expect(await problems(recordVisit(draft({ date: '', classId: null })))).toEqual([
			'Give the date of the visit.',
			'Choose the class or year group visited.'
		]);
		expect(
			await problems(recordVisit(draft({ classId: null, yearGroup: 5, followUp: '2026-11-01' })))
		).toEqual(['The follow-up date is before the visit.']);
		expect(
			await problems(recordVisit(draft({ classId: null, yearGroup: 5, nextStep: 'x'.repeat(201) })))
		).toEqual(['The next step is longer than 200 characters, more than fits on the printed page.']);
		expect(await problems(recordVisit(draft({ classId: null, yearGroup: 5, kind: '' })))).toEqual([
			'Choose what kind of visit it was.'
		]);
		expect(await problems(recordVisit(draft({ classId: 'gone' })))).toEqual([
			'This class is no longer on this device.'
		]);
		expect(await db.visits.count()).toBe(0);
	});

	it('are edited, followed up, and removed as tombstones that readers skip', async () => {
		await seedClass({ id: '5b', name: '5B', pupils: ['Ada'] });
		const id = await recordVisit(draft());
		const before = await db.visits.get(id);
		await updateVisit(id, draft({ nextStep: 'Share the books', followUp: null }));
		expect(await db.visits.get(id)).toMatchObject({
			nextStep: 'Share the books',
			followUp: null,
			createdAt: before?.createdAt
		});
		await setFollowedUp(id, '2026-11-20');
		expect((await db.visits.get(id))?.followedUpOn).toBe('2026-11-20');
		const unchanged = await db.visits.get(id);
		await expect(updateVisit(id, draft({ followUp: '2026-01-01' }))).rejects.toThrow(
			'The follow-up date is before the visit.'
		);
		expect(await db.visits.get(id)).toEqual(unchanged);

		await removeVisit(id);
		expect((await db.visits.get(id))?.deletedAt).toEqual(expect.any(Number));
		expect((await leadingData()).visits).toEqual([]);
		await expect(setFollowedUp(id, null)).rejects.toThrow('This visit has been removed.');
	});
});
