import { readdirSync, readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpDatabase } from '$factories/school';
import { unpackSchool } from '$lib/domain/backup/bytes';
import { readBackup } from '$lib/domain/backup/file';
import { eachRecord, MIGRATIONS, type Migration } from '$lib/domain/migrations';
import type { SchoolData } from '$lib/domain/model/school';
import { openBackup, restoreBackup } from './backup';
import { DEVICE_TABLES, KeepUpDatabase, SCHEMA, SCHEMA_VERSION } from './schema';
import { withMigrations } from './upgrade';

const FIXTURES = 'tests/fixtures/backups';
const NAME = 'keep-up-made-by-an-older-version';

/** A backup made by each released version: the records as that version stored them. */
const fixtures = readdirSync(FIXTURES).flatMap((file) => {
	const version = /^schema-(\d+)\.json$/.exec(file)?.[1];
	return version
		? [{ version: Number(version), text: readFileSync(`${FIXTURES}/${file}`, 'utf8') }]
		: [];
});

/** Writes a backup's records as the version that made it stored them: its tables, no checks. */
async function writeAsVersion(version: number, text: string): Promise<void> {
	const raw = new Dexie(NAME);
	for (let v = 1; v <= version; v++) raw.version(v).stores(SCHEMA[v]);
	const unpacked = unpackSchool(JSON.parse(text).school);
	if (!unpacked.success) throw unpacked.error;
	await raw.transaction('rw', raw.tables, async () => {
		for (const [table, records] of Object.entries(unpacked.data)) {
			await raw.table(table).bulkPut(Array.isArray(records) ? records : [records]);
		}
	});
	raw.close();
}

async function dumpOf(database: Dexie): Promise<Record<string, unknown[]>> {
	return Object.fromEntries(
		await Promise.all(
			database.tables
				.filter((t) => !DEVICE_TABLES.includes(t.name))
				.map(async (t) => [t.name, await t.toArray()] as const)
		)
	);
}

/** A school as the tables of a database hold it, each table in id order. */
function asTables(school: SchoolData): Record<string, unknown[]> {
	const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	return Object.fromEntries(
		Object.entries(school).map(([table, value]) => [
			table,
			Array.isArray(value) ? value.toSorted(byId) : [value]
		])
	);
}

function readFixture(
	text: string,
	version = SCHEMA_VERSION,
	migrations?: Record<number, Migration>
) {
	const reading = readBackup(text, version, migrations);
	if (!reading.ok) throw new Error(reading.problems.join(' '));
	return reading.backup;
}

afterEach(async () => {
	await Dexie.delete(NAME);
});

describe('the schema versions', () => {
	it('are numbered from 1 with none missing, and each has a fixture of its database', () => {
		expect(Object.keys(SCHEMA).map(Number)).toEqual(
			Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1)
		);
		expect(fixtures.map((fixture) => fixture.version).toSorted()).toEqual(
			Object.keys(SCHEMA).map(Number)
		);
	});

	for (const { version, text } of fixtures) {
		it(`open a database made by version ${version} with every record kept`, async () => {
			await writeAsVersion(version, text);
			const database = withMigrations(new KeepUpDatabase(NAME), MIGRATIONS);
			const dump = await dumpOf(database);
			database.close();

			const counts = JSON.parse(text).counts;
			for (const table of ['adults', 'classes', 'pupils', 'checks', 'groups', 'bank']) {
				const live = dump[table].filter(
					(record) => (record as { deletedAt?: unknown }).deletedAt == null
				);
				expect(live, table).toHaveLength(counts[table]);
			}
			// Upgraded on opening exactly as a backup of it is upgraded on restoring.
			expect(dump).toEqual(asTables(readFixture(text).school));
		});

		it(`restore a backup made by version ${version} to the same records`, async () => {
			await writeAsVersion(version, text);
			const database = withMigrations(new KeepUpDatabase(NAME), MIGRATIONS);
			const opened = await dumpOf(database);
			database.close();

			const reading = await openBackup(text);
			if (!reading.ok) throw new Error(reading.problems.join(' '));
			await restoreBackup(reading.backup);
			expect(await dumpDatabase()).toEqual(opened);
		});
	}

	it('upgrade an older database and an older backup by the same migration', async () => {
		const next = SCHEMA_VERSION + 1;
		const migrations: Record<number, Migration> = {
			[next]: eachRecord({
				settings: (settings) => ({ ...settings, schoolName: 'Upgraded Primary' }),
				pupils: (pupil) => ({ ...pupil, name: String(pupil.name).toUpperCase() })
			})
		};
		const { text } = fixtures.find((fixture) => fixture.version === SCHEMA_VERSION)!;
		await writeAsVersion(SCHEMA_VERSION, text);
		const database = withMigrations(
			new KeepUpDatabase(NAME, { ...SCHEMA, [next]: SCHEMA[SCHEMA_VERSION] }),
			migrations
		);
		const dump = await dumpOf(database);
		const pupil = (dump.pupils as { id: string; name: string }[])[0];
		const checks = await database.checks
			.filter((check) => check.pupilIds.includes(pupil.id))
			.count();
		database.close();

		expect(pupil.name).toBe(pupil.name.toUpperCase());
		expect(pupil.name).not.toBe(
			readFixture(text).school.pupils.find((p) => p.id === pupil.id)?.name
		);
		expect(checks).toBeGreaterThan(0);
		expect(dump).toEqual(asTables(readFixture(text, next, migrations).school));
	});

	it('leave a database whose records cannot be upgraded exactly as it was, and say why', async () => {
		const { text } = fixtures.find((fixture) => fixture.version === 1)!;
		await writeAsVersion(1, text);
		const damaged = new Dexie(NAME);
		damaged.version(1).stores(SCHEMA[1]);
		const [check] = await damaged.table('checks').toArray();
		await damaged.table('checks').put({ ...check, recheck: new Uint8Array(1) });
		const before = await dumpOf(damaged);
		damaged.close();

		const database = withMigrations(new KeepUpDatabase(NAME), MIGRATIONS);
		await expect(database.open()).rejects.toThrow(/its recheck list is damaged/);
		database.close();
		const after = new Dexie(NAME);
		after.version(1).stores(SCHEMA[1]);
		expect(await dumpOf(after)).toEqual(before);
		expect(after.verno).toBe(1);
		after.close();
	});
});
