import type { Adult, Pupil, SchoolClass } from '$lib/domain/model/roster';
import { byName } from '$lib/domain/sorting';
import { db } from '../database';

export interface ClassList {
	schoolClass: SchoolClass;
	pupils: Pupil[];
}

export async function classLists(): Promise<ClassList[]> {
	const [classes, pupils] = await Promise.all([db.classes.toArray(), db.pupils.toArray()]);
	return classes.sort(byName).map((schoolClass) => ({
		schoolClass,
		pupils: pupils.filter((pupil) => pupil.classId === schoolClass.id).sort(byName)
	}));
}

export async function listAdults(): Promise<Adult[]> {
	return (await db.adults.toArray()).sort(byName);
}
