import { db } from '$lib/db/database';
import { demoSchoolOptions, generateSchool } from '$lib/demo/generate';
import type { SchoolData } from '$lib/domain/model/school';

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
		await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const))
	);
}
