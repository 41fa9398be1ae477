import type { Migration, StoredRecord, StoredSchool } from './types';
import { toVersion2 } from './version2';

export { MigrationError, type Migration, type StoredRecord, type StoredSchool } from './types';

/**
 * MIGRATIONS[n] turns a school of schema version n − 1 into one of version n. A version whose
 * records keep their shape (a new index, say) needs no entry. See SCHEMA in db/schema.ts.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 2: toVersion2 };

/** Upgrades a stored school from one schema version to a later one, one version at a time. */
export function migrateSchool(
	school: StoredSchool,
	from: number,
	to: number,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS
): StoredSchool {
	let upgraded = school;
	for (let version = from + 1; version <= to; version++) {
		const migration = migrations[version];
		if (migration) upgraded = migration(upgraded);
	}
	return upgraded;
}

/** A migration step that changes every record of some tables, one record at a time. */
export function eachRecord(
	upgrades: Readonly<Record<string, (record: StoredRecord) => StoredRecord>>
): Migration {
	return (school) =>
		Object.fromEntries(
			Object.entries(school).map(([table, value]) => {
				const upgrade = upgrades[table];
				if (!upgrade) return [table, value];
				return [table, Array.isArray(value) ? value.map(upgrade) : upgrade(value as StoredRecord)];
			})
		);
}
