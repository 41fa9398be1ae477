import { z } from 'zod';
import { planImport, type ImportChoices, type ImportPlan } from '$lib/domain/csv/plan';
import type { CsvTable } from '$lib/domain/csv/read';
import { importRecords } from '$lib/domain/csv/records';
import { ClassSchema, PupilSchema } from '$lib/domain/model/roster';
import { db } from './database';
import { validate } from './validate';

const ImportRecordsSchema = z.object({
	classes: z.array(ClassSchema),
	pupils: z.array(PupilSchema)
});

/**
 * Imports the good rows of a class list in one transaction: all of them or, if anything fails,
 * none. The plan is made again from the roster as it is inside the transaction, so another
 * tab's change since the preview cannot make a duplicate; the plan carried out is returned.
 */
export async function importClassList(
	table: CsvTable,
	choices: ImportChoices
): Promise<ImportPlan> {
	return db.transaction('rw', db.classes, db.pupils, async () => {
		const [classes, pupils] = await Promise.all([db.classes.toArray(), db.pupils.toArray()]);
		const plan = planImport(table, choices, { classes, pupils });
		const records = validate(
			ImportRecordsSchema,
			importRecords(plan, Date.now(), () => crypto.randomUUID())
		);
		await db.classes.bulkPut(records.classes);
		await db.pupils.bulkPut(records.pupils);
		return plan;
	});
}
