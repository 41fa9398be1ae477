import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '$factories/check';
import { createClass } from './classes';
import { db } from './database';
import {
	addPupil,
	deletePupil,
	movePupilToClass,
	setPupilArchived,
	updatePupil,
	type PupilDraft
} from './pupils';

const ada: PupilDraft = {
	name: 'Ada Lovelace',
	upn: ' c886 2345 23101 ',
	sen: 'K',
	disadvantaged: true,
	eal: false
};

async function classWithAda() {
	const classId = await createClass({ name: '5B', yearGroup: 5, teacherId: null });
	return { classId, adaId: await addPupil(classId, ada) };
}

describe('pupils', () => {
	it('are added with a tidy UPN, SEN status, Pupil Premium and EAL', async () => {
		const { classId, adaId } = await classWithAda();
		expect(await db.pupils.get(adaId)).toMatchObject({
			classId,
			name: 'Ada Lovelace',
			upn: 'C886234523101',
			sen: 'K',
			disadvantaged: true,
			eal: false,
			archived: false
		});
		const noUpn = await addPupil(classId, { ...ada, name: 'Alan Turing', upn: '' });
		expect((await db.pupils.get(noUpn))?.upn).toBeNull();
	});

	it('refuse a wrong UPN, a UPN another pupil has, or a class that is not there', async () => {
		const { classId } = await classWithAda();
		await expect(addPupil(classId, { ...ada, upn: 'B886234523101' })).rejects.toThrow(
			'The UPN B886234523101 is not valid: the UPN check letter is wrong (mistyped?).'
		);
		await expect(addPupil(classId, { ...ada, name: 'Another' })).rejects.toThrow(
			'The UPN C886234523101 already belongs to Ada Lovelace.'
		);
		await expect(addPupil('gone', { ...ada, upn: '' })).rejects.toThrow(
			'This class is no longer on this device.'
		);
		expect(await db.pupils.count()).toBe(1);
	});

	it('are changed, keeping their own UPN', async () => {
		const { adaId } = await classWithAda();
		await updatePupil(adaId, { ...ada, sen: 'E', eal: true });
		expect(await db.pupils.get(adaId)).toMatchObject({ sen: 'E', eal: true, upn: 'C886234523101' });
	});

	it('move class, leaving their past checks with the old class', async () => {
		const { classId, adaId } = await classWithAda();
		const sixH = await createClass({ name: '6H', yearGroup: 6, teacherId: null });
		const check = { ...markedCheck([question(1, 'fluency')], { [adaId]: '✓' }), classId };
		await db.checks.put(check);
		await movePupilToClass(adaId, sixH);
		expect(await db.pupils.get(adaId)).toMatchObject({ classId: sixH, pastClassIds: [classId] });
		expect((await db.checks.get(check.id))?.classId).toBe(classId);
		// Their results in the old class still keep them from being deleted.
		await expect(deletePupil(adaId)).rejects.toThrow(/has results/);
	});

	it('with results are archived and restored, never deleted', async () => {
		const { classId, adaId } = await classWithAda();
		await db.checks.put({ ...markedCheck([question(1, 'fluency')], { [adaId]: 'x' }), classId });
		await expect(deletePupil(adaId)).rejects.toThrow(
			'Ada Lovelace has results, so they can be archived but not deleted.'
		);
		await setPupilArchived(adaId, true);
		expect((await db.pupils.get(adaId))?.archived).toBe(true);
		await setPupilArchived(adaId, false);
		expect((await db.pupils.get(adaId))?.archived).toBe(false);
	});

	it('without results can be deleted, leaving a tombstone without their name', async () => {
		const { adaId } = await classWithAda();
		await deletePupil(adaId);
		expect(await db.pupils.get(adaId)).toMatchObject({ name: 'Deleted pupil', upn: null });
		expect((await db.pupils.get(adaId))?.deletedAt).not.toBeNull();
	});
});
