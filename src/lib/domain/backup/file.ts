import { z } from 'zod';
import { today } from '../dates';
import {
	MIGRATIONS,
	MigrationError,
	migrateSchool,
	type Migration,
	type StoredSchool
} from '../migrations';
import { problemsOf, type DescribePath } from '../model/problems';
import { referenceProblems } from '../model/references';
import { SchoolDataSchema, type SchoolData } from '../model/school';
import { packSchool, unpackSchool } from './bytes';
import { countsOf, type BackupCounts } from './counts';

export const BACKUP_APP = 'keep-up';

/**
 * The layout of the file around the school's records (the header and how bytes are packed).
 * The records themselves follow the schema version the file names.
 */
export const BACKUP_FORMAT = 1;

const Count = z.number().int().nonnegative();

const HeaderSchema = z.object({
	app: z.literal(BACKUP_APP),
	format: z.number().int().positive(),
	schemaVersion: z.number().int().positive(),
	exportedAt: z.iso.datetime({ offset: true }),
	counts: z.object({
		adults: Count,
		classes: Count,
		pupils: Count,
		checks: Count,
		tickets: Count,
		groups: Count,
		outcomes: Count,
		bank: Count,
		// Counted from schema version 2: an older backup holds none.
		visits: Count.default(0),
		reports: Count.default(0)
	}),
	school: z.record(z.string(), z.unknown())
});

declare const readByKeepUp: unique symbol;

/** A backup file read, upgraded to this version and checked whole: safe to restore or merge. */
export interface Backup {
	format: number;
	/** The schema version of the app that made it. */
	schemaVersion: number;
	exportedAt: string;
	counts: BackupCounts;
	school: SchoolData;
	/** Only readBackup makes a Backup, so nothing unchecked reaches the database this way. */
	readonly [readByKeepUp]: true;
}

export type BackupReading = { ok: true; backup: Backup } | { ok: false; problems: string[] };

export interface BackupFile {
	fileName: string;
	text: string;
	counts: BackupCounts;
	exportedAt: number;
	/** What would stop the file from being restored: best known while the data is still here. */
	problems: string[];
}

export const BACKUP_PROBLEMS = {
	empty: 'This file is empty: it is not a Keep Up backup.',
	notJson: 'This file is not a Keep Up backup: a backup is a .json file that Keep Up made.',
	cutShort:
		'This backup file is incomplete: it was cut short, perhaps while it was copied. Make a new backup on the device it came from.',
	notBackup: 'This file is not a Keep Up backup: it was made by something else.',
	newer:
		'This backup was made by a newer version of Keep Up — update this device first (reload Keep Up while online), then restore it.',
	header: 'This backup is damaged: its version, date or counts are missing or wrong.',
	upgrade: 'This backup could not be upgraded to this version of Keep Up: it is damaged.'
} as const;

const RECORD_NAMES: Record<string, string> = {
	adults: 'Adult',
	classes: 'Class',
	pupils: 'Pupil',
	checks: 'Check',
	groups: 'Group',
	outcomes: 'Outcome record',
	bank: 'Saved question',
	visits: 'Visit',
	reports: 'Saved report',
	answers: 'Pupils’ answers'
};

const COUNT_NAMES: Record<keyof BackupCounts, string> = {
	adults: 'adults',
	classes: 'classes',
	pupils: 'pupils',
	checks: 'checks',
	tickets: 'tickets',
	groups: 'groups',
	outcomes: 'outcomes',
	bank: 'saved questions',
	visits: 'visits',
	reports: 'saved reports'
};

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNewer(version: unknown, current: number): boolean {
	return typeof version === 'number' && version > current;
}

/** A problem in a record is said with the record it is in: "Pupil 12 (“Ada Lovelace”)". */
function describeIn(school: unknown): DescribePath {
	return ([table, index]) => {
		if (table === 'settings') return 'The settings';
		if (typeof table !== 'string' || typeof index !== 'number') return null;
		const tableRecords = isRecord(school) ? school[table] : undefined;
		const record: unknown = Array.isArray(tableRecords) ? tableRecords[index] : undefined;
		const label = isRecord(record) ? (record.name ?? record.title ?? record.prompt) : undefined;
		const name = `${RECORD_NAMES[table] ?? 'Record'} ${index + 1}`;
		return typeof label === 'string' ? `${name} (“${label}”)` : name;
	};
}

function refuse(...problems: string[]): BackupReading {
	return { ok: false, problems };
}

function parse(text: string): { json: unknown } | { problem: string } {
	if (text.trim() === '') return { problem: BACKUP_PROBLEMS.empty };
	try {
		return { json: JSON.parse(text) };
	} catch {
		const ours = text.trimStart().startsWith('{') && text.includes(`"app":"${BACKUP_APP}"`);
		return { problem: ours ? BACKUP_PROBLEMS.cutShort : BACKUP_PROBLEMS.notJson };
	}
}

/**
 * Reads a backup file made by this or an earlier version of Keep Up: checks it is one, upgrades
 * its records to this schema version, and validates every record and the references between
 * them. Anything wrong is refused with problems that name the record.
 */
export function readBackup(
	text: string,
	schemaVersion: number,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS
): BackupReading {
	const parsed = parse(text);
	if ('problem' in parsed) return refuse(parsed.problem);
	const { json } = parsed;
	if (!isRecord(json) || json.app !== BACKUP_APP) return refuse(BACKUP_PROBLEMS.notBackup);
	if (isNewer(json.format, BACKUP_FORMAT) || isNewer(json.schemaVersion, schemaVersion)) {
		return refuse(BACKUP_PROBLEMS.newer);
	}
	const header = HeaderSchema.safeParse(json);
	if (!header.success) return refuse(BACKUP_PROBLEMS.header);

	const unpacked = unpackSchool(header.data.school);
	if (!unpacked.success) return refuse(...problemsOf(unpacked.error, describeIn(json.school)));
	let upgraded: StoredSchool;
	try {
		upgraded = migrateSchool(unpacked.data, header.data.schemaVersion, schemaVersion, migrations);
	} catch (error) {
		return refuse(error instanceof MigrationError ? error.message : BACKUP_PROBLEMS.upgrade);
	}
	const school = SchoolDataSchema.safeParse(upgraded);
	if (!school.success) return refuse(...problemsOf(school.error, describeIn(upgraded)));

	const counts = countsOf(school.data);
	const wrong = (Object.keys(COUNT_NAMES) as (keyof BackupCounts)[]).filter(
		(key) => counts[key] !== header.data.counts[key]
	);
	if (wrong.length > 0) {
		return refuse(
			...wrong.map(
				(key) =>
					`The backup says it holds ${header.data.counts[key]} ${COUNT_NAMES[key]} but it holds ${counts[key]}: it has been changed since it was made.`
			)
		);
	}
	const { format, exportedAt } = header.data;
	const backup = { format, schemaVersion: header.data.schemaVersion, exportedAt, counts };
	return { ok: true, backup: { ...backup, school: school.data } as Backup };
}

/** keep-up-backup-riverside-academy-2026-11-23.json */
export function backupFileName(schoolName: string, now: Date): string {
	const slug = schoolName
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/, '');
	return `keep-up-backup-${slug || 'school'}-${today(now)}.json`;
}

/**
 * The backup file of a school: everything on the device, with the schema version, the date and
 * counts. The settings inside say they were backed up at that moment, which is true of the data
 * once it is restored from this file. The file is made even when records point at missing ones,
 * since a backup is better than none, but those problems are reported at once.
 */
export function writeBackup(school: SchoolData, schemaVersion: number, now: Date): BackupFile {
	const exportedAt = now.getTime();
	const counts = countsOf(school);
	const file = {
		app: BACKUP_APP,
		format: BACKUP_FORMAT,
		schemaVersion,
		exportedAt: now.toISOString(),
		counts,
		school: packSchool({ ...school, settings: { ...school.settings, lastBackupAt: exportedAt } })
	};
	return {
		fileName: backupFileName(school.settings.schoolName, now),
		text: JSON.stringify(file),
		counts,
		exportedAt,
		problems: referenceProblems(school)
	};
}
