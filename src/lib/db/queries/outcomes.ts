import { OutcomeBook } from '$lib/domain/outcomes';
import { db } from '../database';

/** Every adult's outcomes of these days, by check and pupil (within the caller's transaction). */
export async function outcomesOn(dates: readonly string[]): Promise<OutcomeBook> {
	return new OutcomeBook(await db.outcomes.where('date').anyOf(dates).toArray());
}
