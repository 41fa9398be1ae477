const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Class names and pupil names in the order a school lists them: 3K before 10A. */
export function byName<T extends { name: string }>(a: T, b: T): number {
	return collator.compare(a.name, b.name);
}

/**
 * Oldest first: by date, then the order they were made, then id, so that records that came in
 * any order (from two devices, say) line up the same way.
 */
export function byDateThenMade<T extends { date: string; createdAt: number; id: string }>(
	a: T,
	b: T
): number {
	return a.date < b.date
		? -1
		: a.date > b.date
			? 1
			: a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
