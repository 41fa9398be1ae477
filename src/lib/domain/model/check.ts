import { z } from 'zod';
import { Id, IsoDate, Timestamp, optionalText, text } from './common';
import { KeystoneIdSchema } from './settings';

export const MAX_QUESTIONS = 6;

export const QuestionSchema = z.object({
	id: Id,
	prompt: text('The question', 500),
	keystoneId: KeystoneIdSchema,
	/** A curriculum objective such as the DfE ready-to-progress code 5F-2, or the school's own. */
	objective: optionalText('The objective code', 30),
	essential: z.boolean(),
	answer: optionalText('The answer', 200)
});

const QuestionsSchema = z
	.array(QuestionSchema)
	.min(1, 'A check needs at least one question')
	.max(MAX_QUESTIONS, `A check has at most ${MAX_QUESTIONS} questions`);

/**
 * Mark codes, one byte per pupil per question. Kept tiny on purpose: a whole class's
 * answers live in one Uint8Array so that a school year reads from IndexedDB fast.
 */
export const MARK = { unmarked: 0, correct: 1, incorrect: 2, notAnswered: 3 } as const;
/** What the flag rule said, kept so that later changes of the rule do not rewrite history. */
export const RULE = { pending: 0, clear: 1, flagged: 2 } as const;
export const OVERRIDE = { none: 0, flag: 1, unflag: 2 } as const;
export const ATTENDED = { unrecorded: 0, attended: 1, absent: 2 } as const;
export const RECHECK = { unrecorded: 0, correct: 1, incorrect: 2 } as const;
export const SECURITY = { unrecorded: 0, secure: 1, developing: 2, notYet: 3 } as const;

const bytes = z.instanceof(Uint8Array, { error: 'The marks of a check are not in the right form' });

function codes(max: number) {
	return bytes.refine((array) => array.every((code) => code <= max), {
		message: 'A check holds a mark or outcome that Keep Up does not know'
	});
}

const PupilNotes = z.record(Id, z.string().trim().max(300, 'A note is longer than 300 characters'));

/**
 * One stored record per check: the exit ticket itself, the whole class's tickets packed
 * pupil by pupil, and the same-day outcomes of the pupils who were in a group.
 */
export const CheckSchema = z
	.object({
		id: Id,
		classId: Id,
		date: IsoDate,
		title: text('The lesson title', 120),
		questions: QuestionsSchema,
		pupilIds: z.array(Id),
		/** pupilIds.length × questions.length mark codes, pupil-major. */
		marks: codes(MARK.notAnswered),
		absent: codes(1),
		rule: codes(RULE.flagged),
		overrides: codes(OVERRIDE.unflag),
		overrideReasons: PupilNotes,
		attended: codes(ATTENDED.absent),
		recheck: codes(RECHECK.incorrect),
		security: codes(SECURITY.notYet),
		notes: PupilNotes,
		createdAt: Timestamp,
		updatedAt: Timestamp
	})
	.superRefine((check, ctx) => {
		const pupils = check.pupilIds.length;
		if (new Set(check.pupilIds).size !== pupils) {
			ctx.addIssue({ code: 'custom', message: 'A pupil appears twice on the check' });
		}
		if (new Set(check.questions.map((q) => q.id)).size !== check.questions.length) {
			ctx.addIssue({ code: 'custom', message: 'Two questions share an id' });
		}
		if (check.marks.length !== pupils * check.questions.length) {
			ctx.addIssue({ code: 'custom', message: 'The marks do not match the pupils and questions' });
		}
		for (const key of ['absent', 'rule', 'overrides', 'attended', 'recheck', 'security'] as const) {
			if (check[key].length !== pupils) {
				ctx.addIssue({ code: 'custom', message: `The ${key} list does not match the pupils` });
			}
		}
	});

export type Question = z.infer<typeof QuestionSchema>;

export function blankQuestion(id: string, keystoneId: Question['keystoneId']): Question {
	return { id, prompt: '', keystoneId, objective: null, essential: false, answer: null };
}
export type Check = z.infer<typeof CheckSchema>;
export type CheckFields = Pick<Check, 'id' | 'classId' | 'date' | 'title' | 'questions'>;

/** A fresh, unmarked check for the given pupils. */
export function newCheck(fields: CheckFields, pupilIds: string[], now: number): Check {
	const pupils = pupilIds.length;
	return {
		...fields,
		pupilIds: [...pupilIds],
		marks: new Uint8Array(pupils * fields.questions.length),
		absent: new Uint8Array(pupils),
		rule: new Uint8Array(pupils),
		overrides: new Uint8Array(pupils),
		overrideReasons: {},
		attended: new Uint8Array(pupils),
		recheck: new Uint8Array(pupils),
		security: new Uint8Array(pupils),
		notes: {},
		createdAt: now,
		updatedAt: now
	};
}

/** A question kept in the school's bank, to reuse in later checks. */
export const SavedQuestionSchema = QuestionSchema.extend({ updatedAt: Timestamp });
export type SavedQuestion = z.infer<typeof SavedQuestionSchema>;

/** What the teacher writes when making a check; the class's tickets are added when it is saved. */
export const CheckDraftSchema = z.object({
	classId: Id,
	date: IsoDate,
	title: text('The lesson title', 120),
	questions: QuestionsSchema
});
export type CheckDraft = z.input<typeof CheckDraftSchema>;
