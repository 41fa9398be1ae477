import { z } from 'zod';
import { normaliseUpn, UPN_PROBLEM_TEXT, upnProblem } from '../upn';
import { DeletedAt, Id, Timestamp, YearGroup, text } from './common';

import { ROLES } from './roles';

export { ROLE_NAMES, ROLES, type Role } from './roles';

export const AdultSchema = z.object({
	id: Id,
	name: text('The name', 80),
	role: z.enum(ROLES, { error: 'The role must be teacher, teaching assistant or maths lead' }),
	/** Takes same-day intervention groups: teaching assistants usually, some teachers too. */
	runsGroups: z.boolean(),
	archived: z.boolean(),
	updatedAt: Timestamp,
	deletedAt: DeletedAt
});

export const ClassSchema = z.object({
	id: Id,
	name: text('The class name', 40),
	yearGroup: YearGroup,
	teacherId: Id.nullable(),
	archived: z.boolean(),
	updatedAt: Timestamp,
	deletedAt: DeletedAt
});

/** none, K (SEN support) or E (EHC plan): the codes of the school census. */
export const SEN_STATUSES = ['none', 'K', 'E'] as const;
export const SEN_NAMES: Record<SenStatus, string> = {
	none: 'No SEN',
	K: 'SEN support',
	E: 'EHC plan'
};

export const UpnSchema = z
	.string()
	.transform(normaliseUpn)
	.superRefine((upn, context) => {
		const problem = upnProblem(upn);
		if (problem) {
			context.addIssue({
				code: 'custom',
				message: `The UPN ${upn} is not valid: ${UPN_PROBLEM_TEXT[problem]}`
			});
		}
	});

export const PupilSchema = z.object({
	id: Id,
	classId: Id,
	name: text('The pupil name', 80),
	upn: UpnSchema.nullable(),
	sen: z.enum(SEN_STATUSES, { error: 'SEN status must be none, K (SEN support) or E (EHC plan)' }),
	disadvantaged: z.boolean(),
	eal: z.boolean(),
	archived: z.boolean(),
	/** Classes the pupil was in before this one: their checks there are part of their history. */
	pastClassIds: z.array(Id),
	updatedAt: Timestamp,
	deletedAt: DeletedAt
});

export type SenStatus = (typeof SEN_STATUSES)[number];
export type Adult = z.infer<typeof AdultSchema>;
export type SchoolClass = z.infer<typeof ClassSchema>;
export type Pupil = z.infer<typeof PupilSchema>;
