import { describe, expect, it } from 'vitest';
import { addAdult, setAdultArchived, updateAdult } from './adults';
import { db } from './database';

describe('adults', () => {
	it('are added with a role and whether they run groups, then changed and archived', async () => {
		const id = await addAdult({ name: 'Mrs Green', role: 'ta', runsGroups: true });
		await updateAdult(id, { name: 'Mrs Green-Hall', role: 'teacher', runsGroups: false });
		expect(await db.adults.get(id)).toMatchObject({
			name: 'Mrs Green-Hall',
			role: 'teacher',
			runsGroups: false,
			archived: false
		});
		await setAdultArchived(id, true);
		expect((await db.adults.get(id))?.archived).toBe(true);
	});

	it('refuse an empty name or an unknown role, changing nothing', async () => {
		await expect(addAdult({ name: ' ', role: 'ta', runsGroups: true })).rejects.toThrow(
			'The name is missing.'
		);
		const id = await addAdult({ name: 'Mr Price', role: 'ta', runsGroups: true });
		const before = await db.adults.get(id);
		await expect(
			updateAdult(id, { name: 'Mr Price', role: 'head' as 'ta', runsGroups: true })
		).rejects.toThrow('The role must be teacher, teaching assistant or maths lead.');
		expect(await db.adults.get(id)).toEqual(before);
	});
});
