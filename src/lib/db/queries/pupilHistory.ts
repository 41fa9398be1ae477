import type { Check } from '$lib/domain/model/check';
import type { Pupil, SchoolClass } from '$lib/domain/model/roster';
import { pupilNames } from '$lib/domain/pupilNames';
import { db } from '../database';

export interface PupilHistory {
	pupil: Pupil;
	/** The name as shown, with a mark where another pupil of the class shares it. */
	name: string;
	schoolClass: SchoolClass | null;
	/** Every check the pupil was on, newest first, with the class it was for. */
	checks: { check: Check; className: string }[];
}

export async function pupilHistory(pupilId: string): Promise<PupilHistory | null> {
	const pupil = await db.pupils.get(pupilId);
	if (!pupil) return null;
	const [checks, classes, classmates] = await Promise.all([
		db.checks.where('pupilIds').equals(pupilId).toArray(),
		db.classes.toArray(),
		db.pupils.where('classId').equals(pupil.classId).toArray()
	]);
	const names = new Map(classes.map((schoolClass) => [schoolClass.id, schoolClass.name]));
	return {
		pupil,
		name: pupilNames(classmates).get(pupil.id) ?? pupil.name,
		schoolClass: classes.find((schoolClass) => schoolClass.id === pupil.classId) ?? null,
		checks: checks
			.sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : b.createdAt - a.createdAt))
			.map((check) => ({ check, className: names.get(check.classId) ?? '' }))
	};
}
