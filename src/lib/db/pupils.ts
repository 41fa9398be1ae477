import { PupilSchema, type Pupil } from '$lib/domain/model/roster';
import { db } from './database';
import { changeRecord, mustGet } from './records';
import { validate, ValidationError } from './validate';

/** What a person types for a pupil; an empty UPN means the pupil has none yet. */
export interface PupilDraft {
	name: string;
	upn: string;
	sen: Pupil['sen'];
	disadvantaged: boolean;
	eal: boolean;
}

const fields = (draft: PupilDraft) => ({
	...draft,
	upn: draft.upn.trim() === '' ? null : draft.upn
});

/** A UPN is one pupil's, nationally: two pupils on one roster never share it. */
async function refuseTakenUpn(pupil: Pupil): Promise<void> {
	if (pupil.upn === null) return;
	const other = await db.pupils
		.where('upn')
		.equals(pupil.upn)
		.filter((p) => p.id !== pupil.id)
		.first();
	if (other) throw new ValidationError([`The UPN ${pupil.upn} already belongs to ${other.name}.`]);
}

export async function addPupil(classId: string, draft: PupilDraft): Promise<string> {
	const pupil = validate(PupilSchema, {
		...fields(draft),
		id: crypto.randomUUID(),
		classId,
		archived: false,
		updatedAt: Date.now()
	});
	await db.transaction('rw', db.pupils, db.classes, async () => {
		await mustGet(db.classes, classId);
		await refuseTakenUpn(pupil);
		await db.pupils.add(pupil);
	});
	return pupil.id;
}

export async function updatePupil(id: string, draft: PupilDraft): Promise<void> {
	await db.transaction('rw', db.pupils, () =>
		changeRecord(db.pupils, PupilSchema, id, fields(draft), refuseTakenUpn)
	);
}

/** Only the pupil's class changes: the checks they took stay with the class that set them. */
export async function movePupil(id: string, classId: string): Promise<void> {
	await db.transaction('rw', db.pupils, db.classes, async () => {
		await mustGet(db.classes, classId);
		await changeRecord(db.pupils, PupilSchema, id, { classId });
	});
}

export async function setPupilArchived(id: string, archived: boolean): Promise<void> {
	await db.transaction('rw', db.pupils, () =>
		changeRecord(db.pupils, PupilSchema, id, { archived })
	);
}

export async function hasResults(pupilId: string): Promise<boolean> {
	return (await db.checks.where('pupilIds').equals(pupilId).count()) > 0;
}

/** For a pupil added by mistake. A pupil with results is archived instead, never deleted. */
export async function deletePupil(id: string): Promise<void> {
	await db.transaction('rw', db.pupils, db.checks, async () => {
		const pupil = await mustGet(db.pupils, id);
		if (await hasResults(id)) {
			throw new Error(`${pupil.name} has results, so they can be archived but not deleted.`);
		}
		await db.pupils.delete(id);
	});
}
