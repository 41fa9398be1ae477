import { nameKey } from '../matching';
import type { Pupil, SchoolClass } from '../model/roster';
import type { ImportPlan } from './plan';

export interface ImportRecords {
	classes: SchoolClass[];
	pupils: Pupil[];
}

/**
 * The records an import writes: new classes, classes back from the archive, new pupils and
 * changed pupils. Unchanged pupils are not written, so their `updatedAt` stays as it was.
 */
export function importRecords(plan: ImportPlan, now: number, newId: () => string): ImportRecords {
	const classIds = new Map<string, string>();
	const classes: SchoolClass[] = [];
	for (const planned of plan.classes) {
		const { existing } = planned;
		if (existing && !existing.archived) {
			classIds.set(nameKey(existing.name), existing.id);
			continue;
		}
		const schoolClass: SchoolClass = existing
			? { ...existing, archived: false, updatedAt: now }
			: {
					id: newId(),
					name: planned.name,
					yearGroup: planned.yearGroup,
					teacherId: null,
					archived: false,
					updatedAt: now,
					deletedAt: null
				};
		classIds.set(nameKey(schoolClass.name), schoolClass.id);
		classes.push(schoolClass);
	}

	const pupils = plan.rows.flatMap((row): Pupil[] =>
		row.pupil && (row.action === 'create' || row.action === 'update')
			? [
					{
						...row.pupil,
						id: row.existing?.id ?? newId(),
						classId: row.existing?.classId ?? classIds.get(nameKey(row.className)) ?? '',
						archived: false,
						pastClassIds: row.existing?.pastClassIds ?? [],
						updatedAt: now,
						deletedAt: null
					}
				]
			: []
	);
	return { classes, pupils };
}
