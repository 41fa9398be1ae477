import { describe, expect, it } from 'vitest';
import { createClass, setClassArchived, updateClass } from './classes';
import { db } from './database';
import { ValidationError } from './validate';

describe('classes', () => {
	it('are created with a name, a year group and perhaps a teacher', async () => {
		const id = await createClass({ name: ' 5B ', yearGroup: 5, teacherId: null });
		expect(await db.classes.get(id)).toMatchObject({
			name: '5B',
			yearGroup: 5,
			teacherId: null,
			archived: false
		});
	});

	it('refuse a name already taken, whatever its case, and a year outside 3–9', async () => {
		await createClass({ name: '5B', yearGroup: 5, teacherId: null });
		await expect(createClass({ name: '5b', yearGroup: 5, teacherId: null })).rejects.toThrow(
			'There is already a class called 5B.'
		);
		await expect(createClass({ name: '11C', yearGroup: 11, teacherId: null })).rejects.toThrow(
			ValidationError
		);
		expect(await db.classes.count()).toBe(1);
	});

	it('are renamed, keeping what was there when the new name is taken', async () => {
		const fiveB = await createClass({ name: '5B', yearGroup: 5, teacherId: null });
		await createClass({ name: '6H', yearGroup: 6, teacherId: null });
		await updateClass(fiveB, { name: '5 Oak', yearGroup: 5, teacherId: 'adult-1' });
		expect(await db.classes.get(fiveB)).toMatchObject({ name: '5 Oak', teacherId: 'adult-1' });
		const before = await db.classes.get(fiveB);
		await expect(updateClass(fiveB, { name: '6h', yearGroup: 6, teacherId: null })).rejects.toThrow(
			'There is already a class called 6H.'
		);
		expect(await db.classes.get(fiveB)).toEqual(before);
	});

	it('are archived and restored, and say so when they have gone', async () => {
		const id = await createClass({ name: '5B', yearGroup: 5, teacherId: null });
		await setClassArchived(id, true);
		expect((await db.classes.get(id))?.archived).toBe(true);
		await setClassArchived(id, false);
		expect((await db.classes.get(id))?.archived).toBe(false);
		await expect(setClassArchived('gone', true)).rejects.toThrow(
			'This class is no longer on this device.'
		);
	});
});
