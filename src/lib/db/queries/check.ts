import type { Check } from '$lib/domain/model/check';
import type { Pupil, SchoolClass } from '$lib/domain/model/roster';
import { db } from '../database';

export interface CheckView {
	check: Check;
	schoolClass: SchoolClass | null;
	/** Every pupil on the check, archived or moved since included. */
	pupils: Map<string, Pupil>;
}

export async function checkView(checkId: string): Promise<CheckView | null> {
	const check = await db.checks.get(checkId);
	if (!check) return null;
	const [schoolClass, pupils] = await Promise.all([
		db.classes.get(check.classId),
		db.pupils.bulkGet(check.pupilIds)
	]);
	return {
		check,
		schoolClass: schoolClass ?? null,
		pupils: new Map(pupils.filter((p) => p !== undefined).map((p) => [p.id, p]))
	};
}
