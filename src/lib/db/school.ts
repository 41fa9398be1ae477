import { z } from 'zod';
import { CheckSchema, SavedQuestionSchema } from '$lib/domain/model/check';
import { GroupSchema } from '$lib/domain/model/group';
import { AdultSchema, ClassSchema, PupilSchema } from '$lib/domain/model/roster';
import type { SchoolData } from '$lib/domain/model/school';
import { SettingsSchema } from '$lib/domain/model/settings';
import { db } from './database';
import { validate } from './validate';

export const SchoolDataSchema = z.object({
	settings: SettingsSchema,
	adults: z.array(AdultSchema),
	classes: z.array(ClassSchema),
	pupils: z.array(PupilSchema),
	checks: z.array(CheckSchema),
	groups: z.array(GroupSchema),
	bank: z.array(SavedQuestionSchema)
});

/** Replaces everything on this device with one school, all or nothing. */
export async function replaceSchool(school: SchoolData): Promise<void> {
	const valid = validate(SchoolDataSchema, school);
	await db.transaction('rw', db.tables, async () => {
		await Promise.all(db.tables.map((table) => table.clear()));
		await db.settings.put(valid.settings);
		await db.adults.bulkPut(valid.adults);
		await db.classes.bulkPut(valid.classes);
		await db.pupils.bulkPut(valid.pupils);
		await db.checks.bulkPut(valid.checks);
		await db.groups.bulkPut(valid.groups);
		await db.bank.bulkPut(valid.bank);
	});
}

/** Erases every record on this device: for the demo school, shared tablets and leavers. */
export async function eraseSchool(): Promise<void> {
	await db.transaction('rw', db.tables, async () => {
		await Promise.all(db.tables.map((table) => table.clear()));
	});
}

export async function hasSchool(): Promise<boolean> {
	return (await db.settings.count()) > 0;
}
