import { z } from 'zod';
import { CONFIDENCE } from '../codes';
import { MAX_NUMBER_LENGTH } from '../numbers';
import { codes, Stamps } from './check';
import { DeletedAt, Id, Timestamp } from './common';
import { MAX_OPTIONS } from './questions';

/**
 * The answers the pupils gave to one check on one tablet: that tablet's own record, written by
 * no other device, so that two tablets collecting answers for the same check never overwrite
 * each other and a pupil who answered on both is seen on both.
 *
 * Packed pupil by pupil like a check's marks: the answer of pupil `pupilIds[i]` to question
 * `questionIds[j]` is at i × questionIds.length + j. Read it through domain/answers.ts.
 */
export const PupilAnswersSchema = z
	.object({
		id: Id,
		checkId: Id,
		/** The tablet that collected them, made once on each device. */
		deviceId: Id,
		questionIds: z.array(Id),
		/** The pupils who have answered on this tablet, in the order they began. */
		pupilIds: z.array(Id),
		/** The option chosen (1 for the first, 0 for none or a number question). */
		choices: codes(MAX_OPTIONS),
		/** The number typed, as the pupil wrote it; empty for none or a multiple-choice question. */
		numbers: z.array(z.string().max(MAX_NUMBER_LENGTH, 'A number answer is too long')),
		/** How sure the pupil said they were (CONFIDENCE). */
		confidence: codes(CONFIDENCE.max),
		/**
		 * When each answer was last given, 0 for none: an answer given with no option chosen and
		 * no number typed is one the pupil left blank.
		 */
		answeredAt: Stamps,
		/** When each confidence was last said, 0 for none. */
		confidentAt: Stamps,
		createdAt: Timestamp,
		updatedAt: Timestamp,
		deletedAt: DeletedAt
	})
	.superRefine((answers, ctx) => {
		const cells = answers.pupilIds.length * answers.questionIds.length;
		for (const key of ['choices', 'numbers', 'confidence', 'answeredAt', 'confidentAt'] as const) {
			if (answers[key].length !== cells) {
				ctx.addIssue({
					code: 'custom',
					message: `The ${key} list does not match the pupils and questions`
				});
			}
		}
		if (new Set(answers.pupilIds).size !== answers.pupilIds.length) {
			ctx.addIssue({ code: 'custom', message: 'A pupil appears twice in the answers' });
		}
		if (new Set(answers.questionIds).size !== answers.questionIds.length) {
			ctx.addIssue({ code: 'custom', message: 'A question appears twice in the answers' });
		}
		if (answers.id !== pupilAnswersId(answers.checkId, answers.deviceId)) {
			ctx.addIssue({ code: 'custom', message: 'The answers are not filed under their tablet' });
		}
	});

export type PupilAnswers = z.infer<typeof PupilAnswersSchema>;

/** The id of one tablet's answers to one check: the same wherever the record travels. */
export function pupilAnswersId(checkId: string, deviceId: string): string {
	return `${checkId}~${deviceId}`;
}

/** A tablet's answers to a check before any pupil has answered. */
export function emptyPupilAnswers(
	checkId: string,
	deviceId: string,
	questionIds: readonly string[],
	now: number
): PupilAnswers {
	return {
		id: pupilAnswersId(checkId, deviceId),
		checkId,
		deviceId,
		questionIds: [...questionIds],
		pupilIds: [],
		choices: new Uint8Array(0),
		numbers: [],
		confidence: new Uint8Array(0),
		answeredAt: new Float64Array(0),
		confidentAt: new Float64Array(0),
		createdAt: now,
		updatedAt: now,
		deletedAt: null
	};
}
