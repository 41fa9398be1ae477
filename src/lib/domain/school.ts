import { DEFAULT_KEYSTONES } from './keystones';
import type { FlagRule, Settings } from './model/settings';
import { SETTINGS_KEY } from './settings';

/** The generated demo school: every device's demo is the same school. */
export const DEMO_SCHOOL_ID = 'demo';

/** A new school's id, made once when it is set up. */
export function newSchoolId(): string {
	return crypto.randomUUID();
}

/**
 * The id of a school set up before schools had one, made from its name: the same on every
 * device and in every backup of it made before the upgrade, so they still merge together.
 */
export function legacySchoolId(schoolName: string): string {
	let hash = 0x811c9dc5;
	for (const char of schoolName.trim().toLocaleLowerCase('en-GB')) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `school-${hash.toString(16).padStart(8, '0')}`;
}

/** The rule a new school's checks are judged by, until the school changes it. */
export const DEFAULT_FLAG_RULE: FlagRule = {
	essentialMissFlags: true,
	threshold: 75,
	flagGuessedRight: false
};

/** The settings of a school just set up: the NCETM's five keystones, three slots. */
export function defaultSettings(schoolId: string, schoolName: string, now: number): Settings {
	return {
		id: SETTINGS_KEY,
		schoolId,
		schoolName,
		keystones: DEFAULT_KEYSTONES.map((k) => ({ ...k })),
		flagRule: { ...DEFAULT_FLAG_RULE },
		maxGroupSize: 6,
		slots: [
			{ id: 'slot-1', start: '13:15', end: '13:35' },
			{ id: 'slot-2', start: '13:40', end: '14:00' },
			{ id: 'slot-3', start: '14:30', end: '14:50' }
		],
		demo: false,
		lastBackupAt: null,
		updatedAt: now
	};
}
