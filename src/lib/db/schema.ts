import { Dexie, type EntityTable } from 'dexie';
import type { Check, SavedQuestion } from '$lib/domain/model/check';
import type { PupilAnswers } from '$lib/domain/model/answers';
import type { Group, RegroupDue } from '$lib/domain/model/group';
import type { DayOutcomes } from '$lib/domain/model/outcome';
import type { SavedReport } from '$lib/domain/model/report';
import type { Adult, Pupil, SchoolClass } from '$lib/domain/model/roster';
import { type Settings } from '$lib/domain/model/settings';
import type { Visit } from '$lib/domain/model/visit';
import type { OutboxEntry, SyncStateRow } from '$lib/domain/sync/outbox';

/** The tables of one schema version and their indexes, in Dexie's notation. */
export type Stores = Readonly<Record<string, string | null>>;

/**
 * Version 3, which version 4 keeps. Only the indexes a query uses, measured at whole-school
 * scale, where the indexes of a year took a fifth of its space. A class's checks are read
 * through [classId+date], which Dexie also offers as an index by class; an adult's groups of a
 * day are found among the day's groups; a check's records of pupils' answers, and the adults'
 * outcomes of a day, through their ids, which begin with the check or the day. No query looks
 * saved questions up by keystone.
 */
const VERSION_3: Stores = {
	settings: 'id',
	adults: 'id',
	classes: 'id, teacherId',
	pupils: 'id, classId, upn',
	checks: 'id, date, [classId+date]',
	groups: 'id, checkId, date',
	outcomes: 'id',
	bank: 'id',
	visits: 'id',
	reports: 'id',
	answers: 'id',
	outbox: 'id, docId, state',
	syncState: 'id'
};

/**
 * The schema versions, oldest first. Never edit a version once released.
 *
 * To change the schema, add version n:
 * 1. its tables here as SCHEMA[n], and update the zod schemas in domain/model to the new shape;
 * 2. if records change shape, MIGRATIONS[n] in domain/migrations/: how a school of version
 *    n − 1 becomes one of version n (eachRecord for changes record by record). It upgrades both
 *    this device's database and older backups on restore, and throws a MigrationError naming
 *    any record it cannot upgrade, which leaves the database as it was;
 * 3. run the tests: db/migrations.spec.ts opens a database written by every earlier version
 *    (tests/fixtures/backups/schema-<version>.json) and checks that every record survived, and
 *    that it equals the same backup restored. It fails until you add the fixture of version n:
 *    a backup of a small school made by version n (Settings → Download a backup), so that the
 *    next version is tested against it in turn.
 */
export const SCHEMA: Readonly<Record<number, Stores>> = {
	/** First release: one record per check holds the class's tickets and outcomes. */
	1: {
		settings: 'id',
		adults: 'id',
		classes: 'id, teacherId',
		pupils: 'id, classId, upn',
		checks: 'id, classId, date, [classId+date], *pupilIds',
		groups: 'id, checkId, date, [date+adultId]',
		bank: 'id, keystoneId'
	},
	/**
	 * Records two devices can share: the adults' outcomes in their own table, tombstones, the
	 * school's id. A pupil's history is read through their classes, so checks lose the index by
	 * pupil, which doubled the space a school year takes. The maths lead's visits and saved
	 * governor reports are new tables, and the answers pupils give on each tablet are that
	 * tablet's own records. The outbox and the sync state are this device's own (see
	 * DEVICE_TABLES).
	 */
	2: {
		settings: 'id',
		adults: 'id',
		classes: 'id, teacherId',
		pupils: 'id, classId, upn',
		checks: 'id, classId, date, [classId+date]',
		groups: 'id, checkId, date, [date+adultId]',
		outcomes: 'id, date',
		bank: 'id, keystoneId',
		visits: 'id',
		reports: 'id',
		answers: 'id, checkId',
		outbox: 'id, docId, state',
		syncState: 'id'
	},
	3: VERSION_3,
	/**
	 * A tap that changes who is flagged is stored with a note that the check's groups are due
	 * to follow it, and the flagged list shows at once; the groups are rebuilt when the taps
	 * pause, in a transaction of their own, and the note goes with it. A tab closed between
	 * the two leaves the note, and the next start rebuilds the groups. The notes are this
	 * device's own.
	 */
	4: { ...VERSION_3, regroups: 'id' }
};

/**
 * Tables about this device rather than the school: the changes it has still to send to the
 * school's sync server, how far it has got, and the checks whose groups are due to follow a
 * tap. They are never in a backup, and a restore or a migration leaves them empty.
 */
export const DEVICE_TABLES: readonly string[] = ['outbox', 'syncState', 'regroups'];

export const SCHEMA_VERSION = Math.max(...Object.keys(SCHEMA).map(Number));

export class KeepUpDatabase extends Dexie {
	// Declared for their types alone: Dexie puts the tables on the database itself.
	declare settings: EntityTable<Settings, 'id'>;
	declare adults: EntityTable<Adult, 'id'>;
	declare classes: EntityTable<SchoolClass, 'id'>;
	declare pupils: EntityTable<Pupil, 'id'>;
	declare checks: EntityTable<Check, 'id'>;
	declare groups: EntityTable<Group, 'id'>;
	declare outcomes: EntityTable<DayOutcomes, 'id'>;
	declare bank: EntityTable<SavedQuestion, 'id'>;
	declare visits: EntityTable<Visit, 'id'>;
	declare reports: EntityTable<SavedReport, 'id'>;
	declare answers: EntityTable<PupilAnswers, 'id'>;
	declare outbox: EntityTable<OutboxEntry, 'id'>;
	declare syncState: EntityTable<SyncStateRow, 'id'>;
	declare regroups: EntityTable<RegroupDue, 'id'>;

	#schema: Readonly<Record<number, Stores>>;

	/** Tests pass other versions to try the upgrade of a database made by this one. */
	constructor(name: string, schema = SCHEMA, { autoOpen = true } = {}) {
		// Live queries re-read the database after each change instead of keeping a copy of every
		// result: the default cache deep-copies each answer, which at a school year's scale
		// costs more than the read itself.
		super(name, { cache: 'disabled', autoOpen });
		this.#schema = schema;
		for (const [version, stores] of Object.entries(schema))
			this.version(Number(version)).stores(stores);
	}

	/** The schema versions this database was declared with, oldest first. */
	get schema(): Readonly<Record<number, Stores>> {
		return this.#schema;
	}
}
