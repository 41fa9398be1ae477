const DAY = 24 * 60 * 60 * 1000;

/** A week without a backup earns a gentle reminder. */
export const BACKUP_REMINDER_DAYS = 7;

/** Whole days since the last backup; null when this device has never made one. */
export function daysSinceBackup(lastBackupAt: number | null, now: number): number | null {
	return lastBackupAt === null ? null : Math.max(0, Math.floor((now - lastBackupAt) / DAY));
}

export function isBackupDue(lastBackupAt: number | null, now: number): boolean {
	return lastBackupAt === null || now - lastBackupAt > BACKUP_REMINDER_DAYS * DAY;
}
