import { Dexie, type EntityTable } from 'dexie';
import type { Check, SavedQuestion } from '$lib/domain/model/check';
import type { Group } from '$lib/domain/model/group';
import type { Adult, Pupil, SchoolClass } from '$lib/domain/model/roster';
import type { Settings } from '$lib/domain/model/settings';

/**
 * The schema versions, oldest first. Never edit a version once released: add the next one
 * with its upgrade function and a test that opens a database made by the version before.
 */
export const SCHEMA = {
	/** First release: one record per check holds the class's tickets and outcomes. */
	1: {
		settings: 'id',
		adults: 'id',
		classes: 'id, teacherId',
		pupils: 'id, classId, upn',
		checks: 'id, classId, date, [classId+date], *pupilIds',
		groups: 'id, checkId, date, [date+adultId]',
		bank: 'id, keystoneId'
	}
} as const;

export const SCHEMA_VERSION = 1;

export class KeepUpDatabase extends Dexie {
	settings!: EntityTable<Settings, 'id'>;
	adults!: EntityTable<Adult, 'id'>;
	classes!: EntityTable<SchoolClass, 'id'>;
	pupils!: EntityTable<Pupil, 'id'>;
	checks!: EntityTable<Check, 'id'>;
	groups!: EntityTable<Group, 'id'>;
	bank!: EntityTable<SavedQuestion, 'id'>;

	constructor(name: string) {
		super(name);
		this.version(1).stores(SCHEMA[1]);
	}
}
