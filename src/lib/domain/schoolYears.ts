import { formatLongDate } from './dates';

/**
 * English school years: each runs from 1 September to 31 August and is named by the two
 * calendar years it spans, "2026–27". Review opens on the one today falls in.
 */
export interface SchoolYear {
	/** The calendar year of its September. */
	startYear: number;
	/** "2026–27" */
	name: string;
	/** 1 September. */
	from: string;
	/** 31 August. */
	to: string;
}

/** The school year that starts in September of `startYear`. */
export function schoolYearStarting(startYear: number): SchoolYear {
	return {
		startYear,
		name: `${startYear}–${String(startYear + 1).slice(-2)}`,
		from: `${startYear}-09-01`,
		to: `${startYear + 1}-08-31`
	};
}

/** The school year a day ('YYYY-MM-DD') falls in, summer holiday included. */
export function schoolYearOf(date: string): SchoolYear {
	const year = Number(date.slice(0, 4));
	return schoolYearStarting(date.slice(5) >= '09-01' ? year : year - 1);
}

/** Every school year with a day from `from` to `to`, newest first (the order they are offered in). */
export function schoolYearsBetween(from: string, to: string): SchoolYear[] {
	const years: SchoolYear[] = [];
	const first = schoolYearOf(from).startYear;
	for (let start = schoolYearOf(to).startYear; start >= first; start--) {
		years.push(schoolYearStarting(start));
	}
	return years;
}

/**
 * The dates a range takes in, said as a person would: a school year by its name, several
 * whole school years as "2024–25 to 2026–27", anything else by its first and last day.
 */
export function describeDates(from: string, to: string): string {
	const first = schoolYearOf(from);
	const last = schoolYearOf(to);
	if (first.from === from && last.to === to) {
		return first.startYear === last.startYear
			? `the school year ${first.name}`
			: `the school years ${first.name} to ${last.name}`;
	}
	return `${formatLongDate(from)} to ${formatLongDate(to)}`;
}
