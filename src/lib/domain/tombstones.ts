/**
 * A deleted record stays as a tombstone (its `deletedAt` set), so that the deletion reaches
 * every other device by merge or sync. Every reader skips tombstones.
 */
export function isLive(record: { deletedAt: number | null }): boolean {
	return record.deletedAt === null;
}
