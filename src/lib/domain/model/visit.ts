import { z } from 'zod';
import { KEYSTONE_IDS } from '../keystones';
import { DeletedAt, Id, Timestamp, YearGroup } from './common';
import { KeystoneIdSchema } from './settings';

/** What the maths lead did: the kinds of visit schools that raised attainment kept a record of. */
export const VISIT_KINDS = [
	'lesson-visit',
	'book-look',
	'pupil-voice',
	'learning-walk',
	'coaching',
	'planning-meeting'
] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

export const VISIT_KIND_NAMES: Record<VisitKind, string> = {
	'lesson-visit': 'Lesson visit',
	'book-look': 'Book look',
	'pupil-voice': 'Pupil voice',
	'learning-walk': 'Learning walk',
	coaching: 'Coaching',
	'planning-meeting': 'Planning meeting'
};

/** A number of visits of each kind, in words: "1 book look", "3 coaching sessions". */
const KIND_WORDS: Record<VisitKind, [string, string]> = {
	'lesson-visit': ['lesson visit', 'lesson visits'],
	'book-look': ['book look', 'book looks'],
	'pupil-voice': ['pupil voice session', 'pupil voice sessions'],
	'learning-walk': ['learning walk', 'learning walks'],
	coaching: ['coaching session', 'coaching sessions'],
	'planning-meeting': ['planning meeting', 'planning meetings']
};

export function visitCount(kind: VisitKind, count: number): string {
	return `${count} ${KIND_WORDS[kind][count === 1 ? 0 : 1]}`;
}

/** "Book looks": the heading of a count of one kind. */
export const visitKindPlural = (kind: VisitKind) =>
	KIND_WORDS[kind][1].replace(/^./, (first) => first.toUpperCase());

/** The longest each text may be and still fit in its box on the printed action plan. */
export const VISIT_TEXT_LIMITS = { working: 400, nextStep: 200, evidence: 200 } as const;

function printedText(what: string, max: number) {
	return z
		.string()
		.trim()
		.max(max, `${what} is longer than ${max} characters, more than fits on the printed page`)
		.transform((value) => (value === '' ? null : value))
		.nullable();
}

/**
 * The maths lead's record of one visit. One writer: the maths lead. A class visit keeps the
 * class's year group as it was then; a visit to a whole year group has no class.
 */
export const VisitSchema = z
	.object({
		id: Id,
		date: z.iso.date({ error: 'Give the date of the visit' }),
		classId: Id.nullable(),
		yearGroup: z.number({ error: 'Choose the class or year group visited' }).pipe(YearGroup),
		/** The teacher whose lesson or class it was, when there was one. */
		teacherId: Id.nullable(),
		kind: z.enum(VISIT_KINDS, { error: 'Choose what kind of visit it was' }),
		/** The keystone areas in focus, in the framework's order, each once. */
		keystoneIds: z
			.array(KeystoneIdSchema)
			.transform((ids) => KEYSTONE_IDS.filter((id) => ids.includes(id))),
		working: printedText('What is working', VISIT_TEXT_LIMITS.working),
		nextStep: printedText('The next step', VISIT_TEXT_LIMITS.nextStep),
		evidence: printedText('The evidence to look for', VISIT_TEXT_LIMITS.evidence),
		followUp: z.iso.date({ error: 'The follow-up date must be a real day' }).nullable(),
		/** When the lead followed the next step up: it is then closed. */
		followedUpOn: z.iso.date().nullable(),
		createdAt: Timestamp,
		updatedAt: Timestamp,
		deletedAt: DeletedAt
	})
	.superRefine((visit, ctx) => {
		if (visit.followUp !== null && visit.followUp < visit.date) {
			ctx.addIssue({
				code: 'custom',
				path: ['followUp'],
				message: 'The follow-up date is before the visit'
			});
		}
	});

export type Visit = z.infer<typeof VisitSchema>;

/** A next step agreed and not yet followed up. */
export function isOpenStep(visit: Visit): boolean {
	return visit.deletedAt === null && visit.nextStep !== null && visit.followedUpOn === null;
}
