import { z } from 'zod';
import { DeletedAt, Id, IsoDate, Timestamp } from './common';
import { MAX_MISCONCEPTION, misconceptionKey } from './questions';
import { KeystoneIdSchema } from './settings';

/**
 * A same-day intervention group, built from one check and run by one adult in one slot. Its id
 * is made from what it is (see groupId), so that the same group made on two devices is one.
 */
export const GroupSchema = z
	.object({
		id: Id,
		checkId: Id,
		classId: Id,
		date: IsoDate,
		keystoneId: KeystoneIdSchema,
		/** The question the group works on: the shared primary need. */
		questionId: Id,
		/** The misconception its pupils chose on a tablet, named on the card; null for none. */
		misconception: z.string().max(MAX_MISCONCEPTION).nullable(),
		pupilIds: z.array(Id).min(1, 'A group needs at least one pupil'),
		adultId: Id.nullable(),
		slotId: Id.nullable(),
		/** A locked group is kept as it is when the rest are rebuilt. */
		locked: z.boolean(),
		/** Pupils flagged in this keystone on their previous check, or still not secure. */
		repeat: z.array(Id),
		/** Pupils flagged three or more times in this keystone within ten school days. */
		persistent: z.array(Id),
		createdAt: Timestamp,
		updatedAt: Timestamp,
		deletedAt: DeletedAt
	})
	.refine((group) => new Set(group.pupilIds).size === group.pupilIds.length, {
		message: 'A pupil appears twice in the group'
	});

export type Group = z.infer<typeof GroupSchema>;

/**
 * A group's id: its check, the question it works on (and the misconception, if it names one)
 * and its place among the groups of that need. Rebuilding the groups of a check gives an
 * unchanged group the same id, on any device.
 */
export function groupId(
	checkId: string,
	questionId: string,
	place: number,
	misconception: string | null = null
): string {
	const need = misconception === null ? '' : `~m${shortHash(misconceptionKey(misconception))}`;
	return `${checkId}~${questionId}${need}~${place}`;
}

/** A short tag for a misconception that is the same on every device (32-bit FNV-1a). */
function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}

/** A check whose groups are due to follow a tap made on this device (its id), and when. */
export interface RegroupDue {
	id: string;
	at: number;
}

/** Who takes a group and when, as the organiser chooses them on the board. */
export const GroupChoiceSchema = z.object({
	adultId: z.string().trim().min(1, 'Choose who takes the group'),
	slotId: z.string().trim().min(1, 'Choose a slot')
});

export type GroupChoice = z.input<typeof GroupChoiceSchema>;
