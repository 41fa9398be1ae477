/**
 * Which of two versions of a record wins, the same way on every device: the later change, and
 * between changes made at the same moment, the one whose content sorts last. A merge done in
 * either direction, or by sync on either device, then gives the same record.
 */
export function laterOf<T>(
	a: T,
	b: T,
	changedAt: (version: T) => number,
	content: (version: T) => string
): T {
	const [at, bt] = [changedAt(a), changedAt(b)];
	if (at !== bt) return at > bt ? a : b;
	return content(a) >= content(b) ? a : b;
}

/** A typed array or list as comparable text, for breaking ties between equal change times. */
export function contentOf(...parts: unknown[]): string {
	return JSON.stringify(parts, (_, value: unknown) =>
		ArrayBuffer.isView(value) ? Array.from(value as Uint8Array) : value
	);
}

/** A deletion on either device wins: the later of the two, for both devices to agree. */
export function deletionOf(
	a: { deletedAt: number | null },
	b: { deletedAt: number | null }
): number | null {
	return a.deletedAt === null && b.deletedAt === null
		? null
		: Math.max(a.deletedAt ?? 0, b.deletedAt ?? 0);
}
