/** A record as it is stored, before the zod schemas of this version have checked it. */
export type StoredRecord = Record<string, unknown>;

/** A whole school as stored: the settings record and each table's records, by table name. */
export type StoredSchool = Record<string, unknown>;

/**
 * How a stored school changes from the version before to this one. The same function upgrades
 * the records in this device's database (when a new version of the app opens it) and those in
 * an older backup (when it is restored), so the two can never disagree. It sees the whole
 * school, so it can move fields from one table into another.
 */
export type Migration = (school: StoredSchool) => StoredSchool;

/** A record a migration cannot upgrade: the message names it, for the user. */
export class MigrationError extends Error {
	override name = 'MigrationError';
}
