import type { Transaction } from 'dexie';
import type { Migration, StoredRecord } from '$lib/domain/migrations/types';
import { SETTINGS_KEY } from '$lib/domain/settings';
import { DEVICE_TABLES, type KeepUpDatabase, type Stores } from './schema';

/**
 * Upgrades this device's school in the upgrade's transaction, through the same migration that
 * upgrades older backups: every table is read, the school migrated whole, and written back. A
 * migration that throws aborts the transaction, which leaves the database as it was.
 */
async function upgradeSchool(
	tx: Transaction,
	before: Stores,
	after: Stores,
	migration: Migration
): Promise<void> {
	const settings = (await tx.table('settings').get(SETTINGS_KEY)) as StoredRecord | undefined;
	if (!settings) return;
	const tables = Object.keys(before).filter((name) => name !== 'settings' && before[name] !== null);
	const read = await Promise.all(tables.map((name) => tx.table(name).toArray()));
	const school = migration({
		settings,
		...Object.fromEntries(tables.map((name, i) => [name, read[i]]))
	});
	const written = Object.keys(after).filter(
		(name) => name !== 'settings' && after[name] !== null && !DEVICE_TABLES.includes(name)
	);
	await Promise.all(
		written.map(async (name) => {
			await tx.table(name).clear();
			await tx.table(name).bulkPut((school[name] as StoredRecord[] | undefined) ?? []);
		})
	);
	await tx.table('settings').put(school.settings);
}

/**
 * Gives each schema version of the database its migration, before it is opened. Loaded only for
 * a device whose data an older version wrote (see openDatabase), with the migrations.
 */
export function withMigrations(
	database: KeepUpDatabase,
	migrations: Readonly<Record<number, Migration>>
): KeepUpDatabase {
	for (const [key, migration] of Object.entries(migrations)) {
		const version = Number(key);
		const [before, after] = [database.schema[version - 1], database.schema[version]];
		if (before && after) {
			database.version(version).upgrade((tx) => upgradeSchool(tx, before, after, migration));
		}
	}
	return database;
}
