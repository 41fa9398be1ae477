import { dayOutcomesIds } from '$lib/domain/model/outcome';
import { OutcomeBook } from '$lib/domain/outcomes';
import { db } from '../database';

/**
 * Every adult's outcomes of these days, by check and pupil (within the caller's transaction),
 * read by their ids, which begin with the day.
 */
export async function outcomesOn(dates: readonly string[]): Promise<OutcomeBook> {
	const days = [...new Set(dates)].map((date) => dayOutcomesIds(date));
	return new OutcomeBook(await db.outcomes.where('id').inAnyRange(days).toArray());
}
