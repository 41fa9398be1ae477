import { db } from '$lib/db/database';
import { writeSchool } from '$lib/db/school';
import { validate } from '$lib/db/validate';
import { DEVICE_TABLES } from '$lib/db/schema';
import { demoSchoolOptions, generateSchool } from '$lib/demo/generate';
import { SchoolDataSchema, type SchoolData } from '$lib/domain/model/school';
import { defaultSettings } from '$lib/domain/school';
import { adult } from './roster';

interface ClassSeed {
	id: string;
	name: string;
	pupils: string[];
}

/** A school written straight to the test database: classes of named pupils, and TAs. */
export async function seedSchool(classes: ClassSeed[], teachingAssistants: string[] = []) {
	await db.settings.put(defaultSettings('test-school', 'Test School', 0));
	await db.adults.bulkPut([
		adult('teacher-1', 'Mrs Bennett', 'teacher'),
		...teachingAssistants.map((name, i) => adult(`ta-${i + 1}`, name, 'ta'))
	]);
	for (const seed of classes) {
		await db.classes.put({
			id: seed.id,
			name: seed.name,
			yearGroup: 5,
			teacherId: 'teacher-1',
			archived: false,
			updatedAt: 0,
			deletedAt: null
		});
		await db.pupils.bulkPut(
			seed.pupils.map((name, i) => ({
				id: `${seed.id}-pupil-${i + 1}`,
				classId: seed.id,
				name,
				upn: null,
				sen: 'none' as const,
				disadvantaged: false,
				eal: false,
				archived: false,
				pastClassIds: [],
				updatedAt: 0,
				deletedAt: null
			}))
		);
	}
}

export async function seedClass(seed: ClassSeed) {
	await seedSchool([seed]);
}

/** A fixed moment, so that schools made in tests compare equal. */
export const TEST_NOW = Date.UTC(2026, 10, 23, 8);

/** A small generated school: two classes, three days of checks, groups and outcomes. */
export function smallSchool(): SchoolData {
	return generateSchool({
		...demoSchoolOptions('2026-11-23', TEST_NOW),
		days: 3,
		yearGroups: [4, 7]
	});
}

/** Every table of the database, record by record: equal dumps mean nothing changed. */
export async function dumpDatabase(): Promise<Record<string, unknown[]>> {
	return Object.fromEntries(
		await Promise.all(
			db.tables
				.filter((table) => !DEVICE_TABLES.includes(table.name))
				.map(async (table) => [table.name, await table.toArray()] as const)
		)
	);
}

/** Stores a test's school on this device in place of everything, refusing one that is not valid. */
export async function storeSchool(school: SchoolData): Promise<void> {
	await writeSchool(validate(SchoolDataSchema, school));
}
