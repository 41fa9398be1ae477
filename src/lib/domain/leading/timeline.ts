import { weekStart } from '../dates';
import type { Visit } from '../model/visit';
import type { MetricsRow } from '../review/metrics';
import { byDateThenMade } from '../sorting';

export interface TimelineWeek {
	/** The Monday of the week. */
	monday: string;
	/** The week's figures, or null for a week with visits but no checks. */
	figures: MetricsRow | null;
	/** The visits of the week, in date order. */
	visits: Visit[];
}

/**
 * The weeks of a class's or year group's figures with the maths lead's visits placed among
 * them, so that a lead can see what came after a visit. `visits` are already those of the
 * class or year group; those outside the dates are left out.
 */
export function visitTimeline(
	byWeek: readonly MetricsRow[],
	visits: readonly Visit[],
	from: string,
	to: string
): TimelineWeek[] {
	const weeks = new Map<string, TimelineWeek>(
		byWeek.map((row) => [row.key, { monday: row.key, figures: row, visits: [] }])
	);
	const shown = visits
		.filter((visit) => visit.deletedAt === null && visit.date >= from && visit.date <= to)
		.toSorted(byDateThenMade);
	for (const visit of shown) {
		const monday = weekStart(visit.date);
		const week = weeks.get(monday) ?? { monday, figures: null, visits: [] };
		week.visits.push(visit);
		weeks.set(monday, week);
	}
	return [...weeks.values()].sort((a, b) => a.monday.localeCompare(b.monday));
}
