/** A record as it is stored, before the zod schemas of this version have checked it. */
export type StoredRecord = Record<string, unknown>;

/** A whole school as stored: the settings record and each table's records, by table name. */
export type StoredSchool = Record<string, unknown>;

/**
 * How the records of one table change from the version before to this one. The same function
 * upgrades the records in this device's database (when a new version of the app opens it) and
 * the records in an older backup (when it is restored), so the two can never disagree.
 */
export type RecordUpgrade = (record: StoredRecord) => StoredRecord;

/** The record upgrades of one schema version, by table name. */
export type Migration = Readonly<Record<string, RecordUpgrade>>;

/**
 * MIGRATIONS[n] turns the records of schema version n − 1 into those of version n. A version
 * whose records keep their shape (a new index, say) needs no entry. See SCHEMA in db/schema.ts.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Upgrades a stored school from one schema version to a later one, one version at a time. */
export function migrateSchool(
	school: StoredSchool,
	from: number,
	to: number,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS
): StoredSchool {
	let upgraded = school;
	for (let version = from + 1; version <= to; version++) {
		const migration = migrations[version] ?? {};
		upgraded = Object.fromEntries(
			Object.entries(upgraded).map(([table, value]) => {
				const upgrade = migration[table];
				if (!upgrade) return [table, value];
				return [table, Array.isArray(value) ? value.map(upgrade) : upgrade(value as StoredRecord)];
			})
		);
	}
	return upgraded;
}
