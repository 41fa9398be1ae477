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

export function formatLongDate(iso: string): string {
	return longDate.format(parseIsoDate(iso));
}

export function formatShortDate(iso: string): string {
	return shortDate.format(parseIsoDate(iso));
}

const moment = new Intl.DateTimeFormat('en-GB', {
	weekday: 'long',
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit'
});

/** A moment such as when a backup was made: "Monday, 23 November 2026 at 10:00". */
export function formatMoment(timestamp: number): string {
	return moment.format(new Date(timestamp));
}
