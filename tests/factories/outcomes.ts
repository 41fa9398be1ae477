import type { DayOutcomes } from '$lib/domain/model/outcome';
import { emptyDayOutcomes, withOutcome, type OutcomeChange } from '$lib/domain/outcomes';

/**
 * An adult's outcomes of a day for pupils on a check, as their taps would record them:
 * e.g. { ada: { attended: 'attended', recheck: 'correct' } }.
 */
export function dayOutcomes(
	check: { id: string; date: string },
	rows: Record<string, OutcomeChange>,
	adultId = 'ta-1',
	at = 1
): DayOutcomes {
	let day = emptyDayOutcomes(check.date, adultId, at);
	for (const [pupilId, change] of Object.entries(rows)) {
		day = withOutcome(
			day,
			{ checkId: check.id, groupId: `${check.id}~group`, pupilId },
			change,
			at
		);
	}
	return day;
}
