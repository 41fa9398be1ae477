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

/** Saved reports, the latest period first; of two that end together, the last saved first. */
export function byPeriodEndLatestFirst<T extends { to: string; createdAt: number }>(
	a: T,
	b: T
): number {
	return b.to.localeCompare(a.to) || b.createdAt - a.createdAt;
}

/**
 * Groups in the order of the slots they were given (the day's slots, then past ones, as
 * `slots` lists them); a group with no slot comes last.
 */
export function bySlot(
	slots: readonly { id: string }[]
): (a: { slotId: string | null }, b: { slotId: string | null }) => number {
	const place = (slotId: string | null) => {
		const index = slots.findIndex((slot) => slot.id === slotId);
		return index < 0 ? slots.length : index;
	};
	return (a, b) => place(a.slotId) - place(b.slotId);
}

/** Codes such as curriculum objectives in a natural order: 3NF-2 before 3NF-10 before 4F-1. */
export function byCode(a: string, b: string): number {
	return collator.compare(a, b);
}
