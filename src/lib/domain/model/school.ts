import { z } from 'zod';
import { PupilAnswersSchema } from './answers';
import { CheckSchema, SavedQuestionSchema } from './check';
import { GroupSchema } from './group';
import { DayOutcomesSchema } from './outcome';
import { referenceProblems } from './references';
import { SavedReportSchema } from './report';
import { AdultSchema, ClassSchema, PupilSchema } from './roster';
import { SettingsSchema } from './settings';
import { VisitSchema } from './visit';

/** The tables of records a school holds besides its one settings record. */
export const RECORD_TABLES = [
	'adults',
	'classes',
	'pupils',
	'checks',
	'groups',
	'outcomes',
	'bank',
	'visits',
	'reports',
	'answers'
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];
export type SchoolTable = 'settings' | RecordTable;

/** Each table of a school, every record valid; SchoolDataSchema checks the references too. */
export const SchoolTablesSchema = z.object({
	settings: SettingsSchema,
	adults: z.array(AdultSchema),
	classes: z.array(ClassSchema),
	pupils: z.array(PupilSchema),
	checks: z.array(CheckSchema),
	groups: z.array(GroupSchema),
	outcomes: z.array(DayOutcomesSchema),
	bank: z.array(SavedQuestionSchema),
	visits: z.array(VisitSchema),
	reports: z.array(SavedReportSchema),
	answers: z.array(PupilAnswersSchema)
});

/** Everything one device holds about one school, each record valid and pointing at real ones. */
export const SchoolDataSchema = SchoolTablesSchema.superRefine((school, ctx) => {
	for (const message of referenceProblems(school)) ctx.addIssue({ code: 'custom', message });
});

export type SchoolData = z.infer<typeof SchoolDataSchema>;

/** Records to put into each table, the settings among them: a whole school or part of one. */
export type SchoolRecords = Omit<SchoolData, 'settings'> & { settings: SchoolData['settings'][] };
