export interface StorageStatus {
	/** Null where the browser cannot say. */
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
}

/**
 * Asks the browser not to clear Keep Up's data under storage pressure. Browsers decide by
 * their own rules (installed app, site engagement), so the answer is shown, not assumed.
 */
export async function requestPersistence(): Promise<boolean | null> {
	if (!navigator.storage?.persist) return null;
	try {
		return (await navigator.storage.persisted()) || (await navigator.storage.persist());
	} catch {
		return null;
	}
}

export async function storageStatus(): Promise<StorageStatus> {
	const storage = navigator.storage;
	if (!storage) return { persisted: null, usage: null, quota: null };
	const [persisted, estimate] = await Promise.all([
		storage.persisted ? storage.persisted().catch(() => null) : null,
		storage.estimate ? storage.estimate().catch(() => null) : null
	]);
	return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];

export function formatBytes(bytes: number): string {
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
