import { z } from 'zod';
import { CONFIDENCE, MARKS, OVERRIDES, RULES } from '../codes';
import { DEFAULT_KEYSTONE_ID } from '../keystones';
import { MAX_NUMBER_LENGTH } from '../numbers';
import { DeletedAt, Id, IsoDate, Timestamp, optionalText, text } from './common';
import { MAX_ACCEPTED, MAX_MISCONCEPTION, MAX_OPTIONS, questionProblems } from './questions';
import { FlagRuleSchema, KeystoneIdSchema, type FlagRule } from './settings';

export const MAX_QUESTIONS = 6;

/**
 * Marked by the teacher; multiple choice, or a number, which the pupils can answer on a tablet
 * and which are marked automatically.
 */
export const QUESTION_KINDS = ['marked', 'choice', 'number'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTION_KIND_NAMES: Record<QuestionKind, string> = {
	marked: 'Marked by you',
	choice: 'Multiple choice',
	number: 'A number'
};

export const OptionSchema = z.object({
	text: text('An option', 120),
	correct: z.boolean(),
	/** The misconception a pupil who chooses this wrong option reveals, in a few words. */
	misconception: z
		.string()
		.trim()
		.max(
			MAX_MISCONCEPTION,
			`A misconception is longer than fits on a group card: say it in ${MAX_MISCONCEPTION} characters or fewer`
		)
		.transform((value) => (value === '' ? null : value))
		.nullable()
});
export type ChoiceOption = z.infer<typeof OptionSchema>;

export const QuestionSchema = z.object({
	id: Id,
	prompt: text('The question', 500),
	keystoneId: KeystoneIdSchema,
	/** A curriculum objective such as the DfE ready-to-progress code 5F-2, or the school's own. */
	objective: optionalText('The objective code', 30),
	essential: z.boolean(),
	answer: optionalText('The answer', 200),
	kind: z.enum(QUESTION_KINDS, { error: 'A question must be marked, multiple choice or a number' }),
	/** A multiple-choice question's options, in the order the pupils see them; else none. */
	options: z.array(OptionSchema).max(MAX_OPTIONS, `A question has at most ${MAX_OPTIONS} options`),
	/** A number question's other accepted ways of writing its answer; else none. */
	accepted: z
		.array(
			z
				.string()
				.trim()
				.max(MAX_NUMBER_LENGTH, `An accepted answer is longer than ${MAX_NUMBER_LENGTH} characters`)
		)
		.max(MAX_ACCEPTED, `A number question accepts at most ${MAX_ACCEPTED} other answers`)
});

/** The questions of a check: each question's problems are said with its number. */
const QuestionsSchema = z
	.array(QuestionSchema)
	.min(1, 'A check needs at least one question')
	.max(MAX_QUESTIONS, `A check has at most ${MAX_QUESTIONS} questions`)
	.superRefine((questions, ctx) => {
		questions.forEach((question, q) => {
			for (const message of questionProblems(question)) {
				ctx.addIssue({ code: 'custom', message: `Question ${q + 1}: ${message}` });
			}
		});
	});

const bytes = z.instanceof(Uint8Array, { error: 'The marks of a check are not in the right form' });

/** Bytes that each hold a code of the set: the marks, flags and outcomes of a class. */
export function codes(max: number) {
	return bytes.refine((array) => array.every((code) => code <= max), {
		message: 'A record holds a mark or outcome that Keep Up does not know'
	});
}

/** When each pupil's part of a packed record last changed, so that a merge keeps the latest. */
export const Stamps = z.instanceof(Float64Array, {
	error: 'The change times of a record are not in the right form'
});

export const PupilNotes = z.record(
	Id,
	z.string().trim().max(300, 'A note is longer than 300 characters')
);

/**
 * One stored record per check: the exit ticket and the whole class's tickets, packed pupil by
 * pupil. It is the class teacher's alone; the same-day outcomes are the adults' own records.
 */
export const CheckSchema = z
	.object({
		id: Id,
		classId: Id,
		date: IsoDate,
		title: text('The lesson title', 120),
		questions: QuestionsSchema,
		/** The rule this check is judged by: the school's rule when it was made, kept for good. */
		flagRule: FlagRuleSchema,
		pupilIds: z.array(Id),
		/** pupilIds.length × questions.length mark codes (MARKS), pupil-major. */
		marks: codes(MARKS.max),
		absent: codes(1),
		/** What the check's flag rule said of each pupil (RULES). */
		rule: codes(RULES.max),
		overrides: codes(OVERRIDES.max),
		overrideReasons: PupilNotes,
		/** When each pupil's ticket last changed. */
		changedAt: Stamps,
		/**
		 * What the pupils said on a tablet, pupil-major like the marks, and empty until a pupil
		 * has: the option each chose (1 for the first, 0 for none) and how sure they were
		 * (CONFIDENCE)...
		 */
		choices: codes(MAX_OPTIONS),
		confidence: codes(CONFIDENCE.max),
		/**
		 * ...and when the pupil gave the answer now marked, so that an answer is taken in once:
		 * the teacher's later correction of its mark stays.
		 */
		takenAt: Stamps,
		/** When the title or the questions last changed. */
		editedAt: Timestamp,
		createdAt: Timestamp,
		updatedAt: Timestamp,
		deletedAt: DeletedAt
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
		for (const key of ['absent', 'rule', 'overrides', 'changedAt'] as const) {
			if (check[key].length !== pupils) {
				ctx.addIssue({ code: 'custom', message: `The ${key} list does not match the pupils` });
			}
		}
		for (const key of ['choices', 'confidence', 'takenAt'] as const) {
			if (check[key].length !== 0 && check[key].length !== check.marks.length) {
				ctx.addIssue({
					code: 'custom',
					message: 'The pupils’ answers do not match the pupils and questions'
				});
			}
		}
	});

export type Question = z.infer<typeof QuestionSchema>;

export function blankQuestion(
	id: string,
	keystoneId: Question['keystoneId'] = DEFAULT_KEYSTONE_ID
): Question {
	return {
		id,
		prompt: '',
		keystoneId,
		objective: null,
		essential: false,
		answer: null,
		kind: 'marked',
		options: [],
		accepted: []
	};
}
export type Check = z.infer<typeof CheckSchema>;
export type CheckFields = Pick<Check, 'id' | 'classId' | 'date' | 'title' | 'questions'>;

/** A fresh, unmarked check for the given pupils, judged by the school's rule of today. */
export function newCheck(
	fields: CheckFields,
	pupilIds: string[],
	flagRule: FlagRule,
	now: number
): Check {
	const pupils = pupilIds.length;
	return {
		...fields,
		flagRule: { ...flagRule },
		pupilIds: [...pupilIds],
		marks: new Uint8Array(pupils * fields.questions.length),
		absent: new Uint8Array(pupils),
		rule: new Uint8Array(pupils),
		overrides: new Uint8Array(pupils),
		overrideReasons: {},
		changedAt: new Float64Array(pupils),
		choices: new Uint8Array(0),
		confidence: new Uint8Array(0),
		takenAt: new Float64Array(0),
		editedAt: now,
		createdAt: now,
		updatedAt: now,
		deletedAt: null
	};
}

/** A question kept in the school's bank, to reuse in later checks. */
export const SavedQuestionSchema = QuestionSchema.extend({
	updatedAt: Timestamp,
	deletedAt: DeletedAt
}).superRefine((question, ctx) => {
	for (const message of questionProblems(question)) ctx.addIssue({ code: 'custom', message });
});
export type SavedQuestion = z.infer<typeof SavedQuestionSchema>;

/** What the teacher writes when making a check; the class's tickets are added when it is saved. */
export const CheckDraftSchema = z.object({
	classId: Id,
	date: IsoDate,
	title: text('The lesson title', 120),
	questions: QuestionsSchema
});
export type CheckDraft = z.input<typeof CheckDraftSchema>;
