import { readBackup, writeBackup, type Backup, type BackupFile } from '$lib/domain/backup/file';
import { mergeSchools, type MergeReport } from '$lib/domain/backup/merge';
import { SETTINGS_KEY } from '$lib/domain/settings';
import { db } from './database';
import { SCHEMA_VERSION } from './schema';
import { putRecords, readSchool, writeSchool } from './school';
import { ValidationError } from './validate';

/** Runs a step and records how long it took as a User Timing measure, for the benchmarks. */
async function timed<T>(name: string, step: () => T | Promise<T>): Promise<T> {
	const start = performance.now();
	const result = await step();
	performance.measure(name, { start, end: performance.now() });
	return result;
}

/**
 * Everything on this device as one backup file, noted on the device as its latest backup. The
 * note is a fact about this device rather than a choice of the school, so updatedAt stays: a
 * merge must not prefer these settings over another device's real changes just because a backup
 * was made here.
 */
export async function makeBackup(now = new Date()): Promise<BackupFile> {
	return timed('keep-up:backup', () =>
		db.transaction('rw', db.tables, async () => {
			const school = await readSchool();
			if (!school) throw new Error('There is no school on this device to back up.');
			const file = writeBackup(school, SCHEMA_VERSION, now);
			const settings = await db.settings.get(SETTINGS_KEY);
			if (settings) await db.settings.put({ ...settings, lastBackupAt: file.exportedAt });
			return file;
		})
	);
}

/** Reads a backup file's text: upgraded to this version and checked, or refused with problems. */
export async function openBackup(text: string) {
	return timed('keep-up:restore-read', () => readBackup(text, SCHEMA_VERSION));
}

/** Replaces everything on this device with the backup's school, in one transaction. */
export async function restoreBackup(backup: Backup): Promise<void> {
	await timed('keep-up:restore', () => writeSchool(backup.school));
}

/**
 * Adds another device's backup to this device's school (see mergeSchools), in one transaction:
 * either every record is merged or, when the result would break a reference, none is.
 */
export async function mergeBackup(backup: Backup): Promise<MergeReport> {
	return timed('keep-up:merge', () =>
		db.transaction('rw', db.tables, async () => {
			const here = await readSchool();
			if (!here) throw new Error('There is no school on this device to merge into.');
			const merge = mergeSchools(here, backup.school);
			if (!merge.ok) throw new ValidationError(merge.problems);
			await putRecords(merge.writes);
			return merge.report;
		})
	);
}
