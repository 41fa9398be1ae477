import type { Check } from '$lib/domain/model/check';
import type { Pupil } from '$lib/domain/model/roster';
import { pupilNames } from '$lib/domain/pupilNames';
import { db } from '../database';

export interface PupilsOnChecks {
	/** Every pupil on the checks who is still on this device. */
	pupils: Map<string, Pupil>;
	/** For each check, its pupils' names as shown: a mark where two on it share a name. */
	names: Map<string, Map<string, string>>;
}

/** The pupils of some checks, named as every screen shows them. */
export async function pupilsOnChecks(
	checks: readonly Pick<Check, 'id' | 'pupilIds'>[]
): Promise<PupilsOnChecks> {
	const found = await db.pupils.bulkGet([...new Set(checks.flatMap((check) => check.pupilIds))]);
	const pupils = new Map(found.flatMap((pupil) => (pupil ? [[pupil.id, pupil] as const] : [])));
	const names = new Map(
		checks.map((check) => [
			check.id,
			pupilNames(check.pupilIds.flatMap((id) => pupils.get(id) ?? []))
		])
	);
	return { pupils, names };
}
