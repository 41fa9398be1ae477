import { db } from '$lib/db/database';
import { defaultSettings } from '$lib/domain/model/settings';

/** A school with one class of the given pupils, written straight to the test database. */
export async function seedClass(options: { id: string; name: string; pupils: string[] }) {
	await db.settings.put(defaultSettings('Test School', 0));
	await db.adults.put({
		id: 'teacher-1',
		name: 'Mrs Bennett',
		role: 'teacher',
		runsGroups: false,
		archived: false,
		updatedAt: 0
	});
	await db.classes.put({
		id: options.id,
		name: options.name,
		yearGroup: 5,
		teacherId: 'teacher-1',
		archived: false,
		updatedAt: 0
	});
	await db.pupils.bulkPut(
		options.pupils.map((name, i) => ({
			id: `${options.id}-pupil-${i + 1}`,
			classId: options.id,
			name,
			upn: null,
			sen: 'none' as const,
			disadvantaged: false,
			eal: false,
			archived: false,
			updatedAt: 0
		}))
	);
}
