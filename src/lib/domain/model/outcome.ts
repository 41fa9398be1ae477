import { z } from 'zod';
import { ATTENDANCE, RECHECKS, SECURITIES } from '../codes';
import { codes, Stamps } from './check';
import { DeletedAt, Id, IsoDate, Timestamp } from './common';

const Note = z.string().trim().max(300, 'A note is longer than 300 characters');

/**
 * The same-day outcomes that one adult recorded on one day, for every pupil of every group
 * they ran: the adult's own record, written by nobody else, so that it never overlaps the
 * teacher's check. One record an adult a day keeps a school year to a few thousand records.
 *
 * Packed by entry: entry e is pupil `pupilIds[e]` on check `checkIds[e]`, seen in group
 * `groupIds[e]`; read it through domain/outcomes.ts.
 */
export const DayOutcomesSchema = z
	.object({
		id: Id,
		date: IsoDate,
		/** Null only for outcomes recorded before Keep Up kept who recorded them. */
		adultId: Id.nullable(),
		checkIds: z.array(Id),
		groupIds: z.array(Id),
		pupilIds: z.array(Id),
		attended: codes(ATTENDANCE.max),
		recheck: codes(RECHECKS.max),
		security: codes(SECURITIES.max),
		/** The adult's note on each entry; empty for none. */
		notes: z.array(Note),
		/** When each entry last changed. */
		changedAt: Stamps,
		createdAt: Timestamp,
		updatedAt: Timestamp,
		deletedAt: DeletedAt
	})
	.superRefine((day, ctx) => {
		const entries = day.pupilIds.length;
		for (const key of [
			'checkIds',
			'groupIds',
			'attended',
			'recheck',
			'security',
			'notes',
			'changedAt'
		] as const) {
			if (day[key].length !== entries) {
				ctx.addIssue({ code: 'custom', message: `The ${key} list does not match the outcomes` });
			}
		}
		const keys = day.pupilIds.map((pupilId, e) => `${day.checkIds[e]}|${pupilId}`);
		if (new Set(keys).size !== keys.length) {
			ctx.addIssue({ code: 'custom', message: 'A pupil has two outcomes for the same check' });
		}
		if (day.id !== dayOutcomesId(day.date, day.adultId)) {
			ctx.addIssue({ code: 'custom', message: 'The outcomes are not filed under their day' });
		}
	});

export type DayOutcomes = z.infer<typeof DayOutcomesSchema>;

/**
 * The id of an adult's outcomes of a day: the same on every device, so they merge as one. It
 * begins with the day, so that the days' records are read by their ids (dayOutcomesIds).
 */
export function dayOutcomesId(date: string, adultId: string | null): string {
	return `${date}~${adultId ?? 'unknown'}`;
}

/** The lowest and highest ids that the outcomes of the days from `from` to `to` can have. */
export function dayOutcomesIds(from: string, to = from): [string, string] {
	return [dayOutcomesId(from, ''), dayOutcomesId(to, '\uffff')];
}
