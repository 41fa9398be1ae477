import type { Check } from '$lib/domain/model/check';
import { dayOutcomesIds } from '$lib/domain/model/outcome';
import { OutcomeBook } from '$lib/domain/outcomes';
import { db } from '../database';

/**
 * Every adult's outcomes of these days, by check and pupil (within the caller's transaction),
 * read by their ids, which begin with the day. Each day is one plain range, read whole at once:
 * Dexie reads several ranges in one query with a cursor, a step for every record.
 */
export async function outcomesOn(dates: readonly string[]): Promise<OutcomeBook> {
	const days = await Promise.all(
		[...new Set(dates)].map((date) => {
			const [from, to] = dayOutcomesIds(date);
			return db.outcomes.where('id').between(from, to, true, true).toArray();
		})
	);
	return new OutcomeBook(days.flat());
}

/** Whether an adult has recorded an outcome of the check for any of its pupils. */
export async function hasOutcomes(check: Check): Promise<boolean> {
	const outcomes = await outcomesOn([check.date]);
	return check.pupilIds.some((pupilId) => outcomes.isRecorded(check.id, pupilId));
}
