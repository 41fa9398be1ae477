/** Dates are calendar days as 'YYYY-MM-DD' in the school's local time. */

export function isoDate(date: Date): string {
	const y = date.getFullYear();
	const m = String(date.getMonth() + 1).padStart(2, '0');
	const d = String(date.getDate()).padStart(2, '0');
	return `${y}-${m}-${d}`;
}

export function today(now: Date = new Date()): string {
	return isoDate(now);
}

/** Noon avoids the hour that a clock change adds or removes. */
export function parseIsoDate(iso: string): Date {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(y, m - 1, d, 12);
}

export function addDays(iso: string, days: number): string {
	const date = parseIsoDate(iso);
	date.setDate(date.getDate() + days);
	return isoDate(date);
}

export function isSchoolDay(iso: string): boolean {
	const day = parseIsoDate(iso).getDay();
	return day !== 0 && day !== 6;
}

/** The school days (Monday to Friday) from `from` to `to`, both included. */
export function schoolDaysBetween(from: string, to: string): string[] {
	const days: string[] = [];
	for (let day = from; day <= to; day = addDays(day, 1)) {
		if (isSchoolDay(day)) days.push(day);
	}
	return days;
}

/** The `count` school days that end on `last` (or on the school day before it). */
export function lastSchoolDays(last: string, count: number): string[] {
	const days: string[] = [];
	for (let day = last; days.length < count; day = addDays(day, -1)) {
		if (isSchoolDay(day)) days.unshift(day);
	}
	return days;
}

/** The Monday of the week the day falls in: weeks are the unit of the review charts. */
export function weekStart(iso: string): string {
	const day = parseIsoDate(iso).getDay();
	return addDays(iso, day === 0 ? -6 : 1 - day);
}

const longDate = new Intl.DateTimeFormat('en-GB', {
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric'
});
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/** "Monday 23 November 2026": built from parts, since some engines put a comma after the day. */
export function formatLongDate(iso: string): string {
	return longDate
		.formatToParts(parseIsoDate(iso))
		.filter((part) => part.type !== 'literal')
		.map((part) => part.value)
		.join(' ');
}

export function formatShortDate(iso: string): string {
	return shortDate.format(parseIsoDate(iso));
}

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** The time of day of a moment: "13:42". */
export function formatTime(timestamp: number): string {
	return time.format(new Date(timestamp));
}

/** A moment such as when a backup was made: "Monday 23 November 2026 at 10:00". */
export function formatMoment(timestamp: number): string {
	const date = new Date(timestamp);
	return `${formatLongDate(isoDate(date))} at ${time.format(date)}`;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The school day's place in an endless run of Mondays to Fridays: two days' numbers differ by
 * the school days between them (a Saturday or Sunday counts as the Friday before).
 */
export function schoolDayNumber(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	// 5 January 1970 was a Monday.
	const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1970, 0, 5)) / DAY);
	const weeks = Math.floor(days / 7);
	return weeks * 5 + Math.min(days - weeks * 7, 4);
}

/** The days from `from` to `to` cut into at most `count` runs of consecutive days, in order. */
export function dateSpans(from: string, to: string, count: number): [string, string][] {
	const days = Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / DAY) + 1;
	const length = Math.max(1, Math.ceil(days / count));
	const spans: [string, string][] = [];
	for (let start = from; start <= to; start = addDays(start, length)) {
		const end = addDays(start, length - 1);
		spans.push([start, end < to ? end : to]);
	}
	return spans;
}
