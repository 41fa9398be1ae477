/**
 * Whether this device syncs, known without downloading any sync code: the app's frame reads
 * it on every start, so it holds nothing else. How it syncs is in ./stored.
 */
export const SETUP_KEY = 'keep-up.sync';

/** What the syncing tab last said of the sync, for every tab of this device to show. */
export const STATUS_KEY = 'keep-up.sync-status';

export function hasSyncSetup(): boolean {
	return typeof localStorage !== 'undefined' && localStorage.getItem(SETUP_KEY) !== null;
}

/**
 * Sync was set up or stopped in another tab: this one starts again, so that from now on every
 * change it makes is caught for the server, or none is.
 */
export function onSyncChangedElsewhere(restart: () => void): void {
	addEventListener('storage', (event) => {
		if (event.key === SETUP_KEY || event.key === null) restart();
	});
}
