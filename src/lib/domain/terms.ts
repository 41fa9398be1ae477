import { addDays, parseIsoDate } from './dates';
import { schoolYearOf, schoolYearStarting } from './schoolYears';

/**
 * English school half-terms, worked out from the calendar. Schools' exact dates vary by a few
 * days, so this is a default the maths lead can adjust (a report's dates can be changed):
 *
 * - the school year starts on 1 September;
 * - October half-term is the week of the last Monday of October;
 * - February half-term is the week of the third Monday of February;
 * - the Easter holiday ends on the Sunday a week after Easter Sunday;
 * - May half-term is the week of the spring bank holiday, the last Monday of May.
 *
 * Each half-term runs from its first day back to the day before the next one starts, so a
 * holiday belongs to the half-term before it and every day falls in exactly one half-term: a
 * check marked or a visit made in a holiday is never lost from a report.
 */
export interface HalfTerm {
	/** "2026-autumn-2": the same half-term always has the same id. */
	id: string;
	/** "Autumn 2 2026–27" */
	name: string;
	from: string;
	to: string;
}

const PARTS = ['autumn-1', 'autumn-2', 'spring-1', 'spring-2', 'summer-1', 'summer-2'] as const;
const PART_NAMES = ['Autumn 1', 'Autumn 2', 'Spring 1', 'Spring 2', 'Summer 1', 'Summer 2'];

const iso = (year: number, month: number, day: number) =>
	`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm of 1876). */
export function easterSunday(year: number): string {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return iso(year, month, day);
}

/** The nth Monday (1 = first) of a month; 0 for the last. */
function monday(year: number, month: number, nth: number): string {
	if (nth === 0) {
		const last = iso(year, month, new Date(year, month, 0).getDate());
		return addDays(last, -((parseIsoDate(last).getDay() + 6) % 7));
	}
	const first = iso(year, month, 1);
	const toMonday = (8 - parseIsoDate(first).getDay()) % 7;
	return addDays(first, toMonday + 7 * (nth - 1));
}

/** The six half-terms of the school year that starts in September of `startYear`. */
export function schoolYear(startYear: number): HalfTerm[] {
	const next = startYear + 1;
	const starts = [
		iso(startYear, 9, 1),
		addDays(monday(startYear, 10, 0), 7),
		iso(next, 1, 1),
		addDays(monday(next, 2, 3), 7),
		addDays(easterSunday(next), 8),
		addDays(monday(next, 5, 0), 7)
	];
	const year = schoolYearStarting(startYear);
	const ends = [...starts.slice(1).map((start) => addDays(start, -1)), year.to];
	return PARTS.map((part, i) => ({
		id: `${startYear}-${part}`,
		name: `${PART_NAMES[i]} ${year.name}`,
		from: starts[i],
		to: ends[i]
	}));
}

/** The half-term a day falls in, holidays included. */
export function halfTermOf(date: string): HalfTerm {
	return schoolYear(schoolYearOf(date).startYear).find((half) => date <= half.to)!;
}

/** The half-term just before this one. */
export function halfTermBefore(half: HalfTerm): HalfTerm {
	return halfTermOf(addDays(half.from, -1));
}

/** Every half-term that has a day from `from` to `to`, oldest first. */
export function halfTermsBetween(from: string, to: string): HalfTerm[] {
	const halves: HalfTerm[] = [];
	for (let half = halfTermOf(from); half.from <= to; half = halfTermOf(addDays(half.to, 1))) {
		halves.push(half);
	}
	return halves;
}
