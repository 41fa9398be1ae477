import type { RosterSnapshot } from '$lib/domain/csv/plan';
import { isLive } from '$lib/domain/tombstones';
import type { Adult, Pupil, SchoolClass } from '$lib/domain/model/roster';
import { pupilNames, pupilNamesByClass } from '$lib/domain/pupilNames';
import { byName } from '$lib/domain/sorting';
import { db } from '../database';
import { liveRecords } from '../records';
import { hasResults } from '../pupils';

export interface ClassList {
	schoolClass: SchoolClass;
	teacherName: string | null;
	pupils: Pupil[];
	/** Each pupil's name as shown: a mark where two in the class share one. */
	names: Map<string, string>;
}

const teacherOf = (schoolClass: SchoolClass, adults: Adult[]) =>
	adults.find((adult) => adult.id === schoolClass.teacherId) ?? null;

/** Every class with its pupils, by name; archived classes and pupils only when asked for. */
export async function classLists(withArchived = false): Promise<ClassList[]> {
	const [classes, pupils, adults] = await Promise.all([
		liveRecords(db.classes),
		liveRecords(db.pupils),
		db.adults.toArray()
	]);
	const names = pupilNamesByClass(pupils);
	return classes
		.filter((schoolClass) => withArchived || !schoolClass.archived)
		.sort(byName)
		.map((schoolClass) => ({
			schoolClass,
			teacherName: teacherOf(schoolClass, adults)?.name ?? null,
			pupils: pupils
				.filter((pupil) => pupil.classId === schoolClass.id && (withArchived || !pupil.archived))
				.sort(byName),
			names
		}));
}

export interface ClassPupil {
	pupil: Pupil;
	/** The name as shown, with a mark where another pupil of the class shares it. */
	name: string;
	/** A pupil with results can be archived but never deleted. */
	hasResults: boolean;
}

export interface ClassPage {
	schoolClass: SchoolClass;
	teacher: Adult | null;
	pupils: ClassPupil[];
	/** Every class, for moving a pupil and for the class names. */
	classes: SchoolClass[];
	adults: Adult[];
}

/** One class with all its pupils, archived ones included; null when there is no such class. */
export async function classPage(id: string): Promise<ClassPage | null> {
	const [schoolClass, pupils, classes, adults] = await Promise.all([
		db.classes.get(id),
		db.pupils.where('classId').equals(id).filter(isLive).toArray(),
		liveRecords(db.classes),
		listAdults()
	]);
	if (!schoolClass || !isLive(schoolClass)) return null;
	const results = await Promise.all(pupils.map((pupil) => hasResults(pupil)));
	const names = pupilNames(pupils);
	return {
		schoolClass,
		teacher: teacherOf(schoolClass, adults),
		pupils: pupils
			.map((pupil, i) => ({
				pupil,
				name: names.get(pupil.id) ?? pupil.name,
				hasResults: results[i]
			}))
			.sort((a, b) => byName(a.pupil, b.pupil)),
		classes: classes.sort(byName),
		adults
	};
}

export async function listAdults(): Promise<Adult[]> {
	return (await liveRecords(db.adults)).sort(byName);
}

/** The roster an import is planned against, and the roster an export writes. */
export async function rosterSnapshot(): Promise<RosterSnapshot> {
	const [classes, pupils] = await Promise.all([liveRecords(db.classes), liveRecords(db.pupils)]);
	return { classes, pupils };
}
