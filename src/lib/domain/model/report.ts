import { z } from 'zod';
import { DeletedAt, Id, IsoDate, Timestamp, YearGroup, text } from './common';
import { KeystoneIdSchema } from './settings';
import { VISIT_KINDS } from './visit';

const Count = z.number().int().nonnegative();

/** A share as counted: `part` of `whole`, and how many different pupils it rests on. */
export const ShareSchema = z.object({ part: Count, whole: Count, pupils: Count });
export type Share = z.infer<typeof ShareSchema>;

const PupilGroupSchema = z.object({
	/** Flagged of present, from the group's present pupils. */
	flagged: ShareSchema,
	/** Kept up of flagged, from the group's flagged pupils. */
	keptUp: ShareSchema
});

const LeadershipSchema = z.object({
	visits: Count,
	byKind: z.record(z.enum(VISIT_KINDS), Count),
	classes: Count,
	classesVisited: Count,
	yearGroups: z.array(YearGroup),
	yearGroupsVisited: z.array(YearGroup),
	/** Visits with each keystone area in focus, named as the school named it then. */
	themes: z.array(
		z.object({ keystoneId: KeystoneIdSchema, name: text('An area', 60), visits: Count })
	),
	nextSteps: Count,
	followedUp: Count
});
export type Leadership = z.infer<typeof LeadershipSchema>;

/**
 * A governor report's figures as counts, kept exactly as they were reported: a later report
 * compares with what governors were told, never with a recount.
 */
export const ReportFiguresSchema = z.object({
	checks: Count,
	pupils: Count,
	flagged: ShareSchema,
	/** Flags whose pupil came to a same-day group. */
	seen: ShareSchema,
	keptUp: ShareSchema,
	sen: PupilGroupSchema,
	notSen: PupilGroupSchema,
	disadvantaged: PupilGroupSchema,
	notDisadvantaged: PupilGroupSchema,
	/** Secure at the next check of the same area, for flags whose pupil came to a group or not. */
	impact: z.object({ attended: ShareSchema, notAttended: ShareSchema }),
	persistentPupils: Count,
	byKeystone: z.array(
		z.object({ keystoneId: KeystoneIdSchema, name: text('An area', 60), flagged: ShareSchema })
	),
	byYear: z.array(z.object({ yearGroup: YearGroup, flagged: ShareSchema, keptUp: ShareSchema })),
	leadership: LeadershipSchema
});
export type ReportFigures = z.infer<typeof ReportFiguresSchema>;

/** What a report covers besides its dates, as Review's filters. */
export const ReportScopeSchema = z.object({
	yearGroup: YearGroup.nullable(),
	classId: Id.nullable(),
	keystoneId: KeystoneIdSchema.nullable()
});
export type ReportScope = z.infer<typeof ReportScopeSchema>;

/**
 * A governor report as saved by the maths lead (its one writer) and never changed after: its
 * period, what it covered and its figures, and the report it was compared with.
 */
export const SavedReportSchema = z.object({
	id: Id,
	/** The period's name: "Autumn 2 2026–27", or its dates. */
	name: text('The report name', 80),
	from: IsoDate,
	to: IsoDate,
	scope: ReportScopeSchema,
	/** "The whole school", "Year 5": as it was named then. */
	scopeName: text('What the report covers', 80),
	previousId: Id.nullable(),
	figures: ReportFiguresSchema,
	createdAt: Timestamp,
	updatedAt: Timestamp,
	deletedAt: DeletedAt
});
export type SavedReport = z.infer<typeof SavedReportSchema>;
