import type { KeystoneId } from '$lib/domain/keystones';
import { VisitSchema, type Visit, type VisitKind } from '$lib/domain/model/visit';
import { db } from './database';
import { changeRecord, mustGet } from './records';
import { validate, ValidationError } from './validate';

/** What the maths lead fills in: a class, or a whole year group when `classId` is null. */
export interface VisitDraft {
	date: string;
	classId: string | null;
	yearGroup: number | null;
	teacherId: string | null;
	/** Empty until chosen. */
	kind: VisitKind | '';
	keystoneIds: KeystoneId[];
	working: string;
	nextStep: string;
	evidence: string;
	followUp: string | null;
}

/** A class visit takes its class's year group as it is now; it is kept as it was then. */
async function placed(draft: VisitDraft): Promise<Pick<Visit, 'classId' | 'yearGroup'>> {
	if (draft.classId === null) return { classId: null, yearGroup: draft.yearGroup as number };
	const schoolClass = await db.classes.get(draft.classId);
	if (!schoolClass) throw new ValidationError(['This class is no longer on this device.']);
	return { classId: schoolClass.id, yearGroup: schoolClass.yearGroup };
}

/** Records a visit: the maths lead is the one writer of visits. */
export async function recordVisit(draft: VisitDraft): Promise<string> {
	const now = Date.now();
	return db.transaction('rw', db.visits, db.classes, async () => {
		const visit = validate(VisitSchema, {
			...draft,
			...(await placed(draft)),
			id: crypto.randomUUID(),
			followedUpOn: null,
			createdAt: now,
			updatedAt: now,
			deletedAt: null
		});
		await db.visits.add(visit);
		return visit.id;
	});
}

export async function updateVisit(id: string, draft: VisitDraft): Promise<void> {
	await db.transaction('rw', db.visits, db.classes, async () => {
		await mustGet(db.visits, id);
		await changeRecord(db.visits, VisitSchema, id, {
			...draft,
			...(await placed(draft))
		} as Partial<Visit>);
	});
}

/** The next step was followed up on this day (closed), or is open again (null). */
export async function setFollowedUp(id: string, on: string | null): Promise<void> {
	await db.transaction('rw', db.visits, async () => {
		await mustGet(db.visits, id);
		await changeRecord(db.visits, VisitSchema, id, { followedUpOn: on });
	});
}

/** A visit recorded by mistake: it becomes a tombstone, so that the removal reaches other devices. */
export async function removeVisit(id: string): Promise<void> {
	await db.transaction('rw', db.visits, async () => {
		await mustGet(db.visits, id);
		await changeRecord(db.visits, VisitSchema, id, { deletedAt: Date.now() });
	});
}
