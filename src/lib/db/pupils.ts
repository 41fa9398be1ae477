import { isLive } from '$lib/domain/tombstones';
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
		.filter((p) => p.id !== pupil.id && isLive(p))
		.first();
	if (other) throw new ValidationError([`The UPN ${pupil.upn} already belongs to ${other.name}.`]);
}

export async function addPupil(classId: string, draft: PupilDraft): Promise<string> {
	const pupil = validate(PupilSchema, {
		...fields(draft),
		id: crypto.randomUUID(),
		classId,
		archived: false,
		pastClassIds: [],
		updatedAt: Date.now(),
		deletedAt: null
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

/**
 * Only the pupil's class changes: the checks they took stay with the class that set them, and
 * the class they leave is kept among their past classes so that their history still finds them.
 */
export async function movePupilToClass(id: string, classId: string): Promise<void> {
	await db.transaction('rw', db.pupils, db.classes, async () => {
		await mustGet(db.classes, classId);
		const pupil = await mustGet(db.pupils, id);
		if (pupil.classId === classId) return;
		const pastClassIds = [...new Set([...pupil.pastClassIds, pupil.classId])]
			.filter((past) => past !== classId)
			.sort();
		await changeRecord(db.pupils, PupilSchema, id, { classId, pastClassIds });
	});
}

export async function setPupilArchived(id: string, archived: boolean): Promise<void> {
	await db.transaction('rw', db.pupils, () =>
		changeRecord(db.pupils, PupilSchema, id, { archived })
	);
}

/** Whether any check lists the pupil, found through the classes they have been in. */
export async function hasResults(pupil: Pick<Pupil, 'id' | 'classId' | 'pastClassIds'>) {
	const classes = [pupil.classId, ...pupil.pastClassIds];
	const found = await db.checks
		.where('classId')
		.anyOf(classes)
		.filter((check) => check.pupilIds.includes(pupil.id))
		.first();
	return found !== undefined;
}

/**
 * For a pupil added by mistake: a tombstone, so the deletion reaches other devices, with the
 * name taken out. A pupil with results is archived instead, never deleted.
 */
export async function deletePupil(id: string): Promise<void> {
	await db.transaction('rw', db.pupils, db.checks, async () => {
		const pupil = await mustGet(db.pupils, id);
		if (await hasResults(pupil)) {
			throw new ValidationError([
				`${pupil.name} has results, so they can be archived but not deleted.`
			]);
		}
		const now = Date.now();
		await db.pupils.put({
			...pupil,
			name: 'Deleted pupil',
			upn: null,
			updatedAt: now,
			deletedAt: now
		});
	});
}
