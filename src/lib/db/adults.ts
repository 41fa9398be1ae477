import { AdultSchema, type Adult } from '$lib/domain/model/roster';
import { db } from './database';
import { changeRecord } from './records';
import { validate } from './validate';

export type AdultDraft = Pick<Adult, 'name' | 'role' | 'runsGroups'>;

export async function addAdult(draft: AdultDraft): Promise<string> {
	const adult = validate(AdultSchema, {
		...draft,
		id: crypto.randomUUID(),
		archived: false,
		updatedAt: Date.now(),
		deletedAt: null
	});
	await db.transaction('rw', db.adults, () => db.adults.add(adult));
	return adult.id;
}

export async function updateAdult(id: string, draft: AdultDraft): Promise<void> {
	await db.transaction('rw', db.adults, () => changeRecord(db.adults, AdultSchema, id, draft));
}

/** An adult who has left: their groups and classes keep their name, new groups do not get them. */
export async function setAdultArchived(id: string, archived: boolean): Promise<void> {
	await db.transaction('rw', db.adults, () =>
		changeRecord(db.adults, AdultSchema, id, { archived })
	);
}
