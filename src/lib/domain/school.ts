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
