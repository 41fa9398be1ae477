const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Class names and pupil names in the order a school lists them: 3K before 10A. */
export function byName<T extends { name: string }>(a: T, b: T): number {
	return collator.compare(a.name, b.name);
}
