import { nameKey } from '$lib/domain/matching';
import { isLive } from '$lib/domain/tombstones';
import { ClassSchema, type SchoolClass } from '$lib/domain/model/roster';
import { db } from './database';
import { changeRecord } from './records';
import { validate, ValidationError } from './validate';

export type ClassDraft = Pick<SchoolClass, 'name' | 'yearGroup' | 'teacherId'>;

/** Class names are unique, whatever their case: an import finds "5b" as class 5B. */
async function refuseTakenName(schoolClass: SchoolClass): Promise<void> {
	const taken = (await db.classes.toArray()).find(
		(other) =>
			isLive(other) &&
			other.id !== schoolClass.id &&
			nameKey(other.name) === nameKey(schoolClass.name)
	);
	if (taken) {
		const archived = taken.archived ? ' (archived: show archived classes to bring it back)' : '';
		throw new ValidationError([`There is already a class called ${taken.name}${archived}.`]);
	}
}

export async function createClass(draft: ClassDraft): Promise<string> {
	const schoolClass = validate(ClassSchema, {
		...draft,
		id: crypto.randomUUID(),
		archived: false,
		updatedAt: Date.now(),
		deletedAt: null
	});
	await db.transaction('rw', db.classes, async () => {
		await refuseTakenName(schoolClass);
		await db.classes.add(schoolClass);
	});
	return schoolClass.id;
}

/** Renames a class, or changes its year or teacher. */
export async function updateClass(id: string, draft: ClassDraft): Promise<void> {
	await db.transaction('rw', db.classes, () =>
		changeRecord(db.classes, ClassSchema, id, draft, refuseTakenName)
	);
}

/** An archived class leaves Teach and the roster's lists; its pupils and results are kept. */
export async function setClassArchived(id: string, archived: boolean): Promise<void> {
	await db.transaction('rw', db.classes, () =>
		changeRecord(db.classes, ClassSchema, id, { archived })
	);
}
