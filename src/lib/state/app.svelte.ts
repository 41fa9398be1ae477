import { openDatabase, type OpenProblem } from '$lib/db/open';
import type { SyncSetup } from '$lib/sync/stored';
import { hasSyncSetup, onSyncChangedElsewhere } from '$lib/sync/device';

type Status = 'opening' | 'ready' | 'unavailable';

/** Whether the app can run here: the database is open and storage was asked to persist. */
class AppState {
	#status = $state<Status>('opening');
	#problem = $state<OpenProblem | null>(null);
	#persisted = $state<boolean | null>(null);
	#syncSetup = $state.raw<SyncSetup | null>(null);

	get status(): Status {
		return this.#status;
	}

	get problem(): OpenProblem | null {
		return this.#problem;
	}

	get persisted(): boolean | null {
		return this.#persisted;
	}

	/**
	 * The person signed in on a device that syncs: undefined until its sync code has loaded,
	 * null on a device that does not sync.
	 */
	get account(): SyncSetup['account'] | null | undefined {
		if (this.#status === 'opening' && hasSyncSetup()) return undefined;
		return this.#syncSetup?.account ?? null;
	}

	/** How this device syncs, once its sync code has loaded; null on a device that does not. */
	get syncSetup(): SyncSetup | null {
		return this.#syncSetup;
	}

	async start(onChangedElsewhere: () => void): Promise<void> {
		onSyncChangedElsewhere(onChangedElsewhere);
		// The sync code is downloaded only by a device that syncs.
		const sync = hasSyncSetup() ? await import('$lib/sync/entry') : null;
		sync?.catchChanges();
		const opened = await openDatabase(onChangedElsewhere);
		if (!opened.ok) {
			this.#problem = { title: opened.title, reason: opened.reason };
			this.#status = 'unavailable';
			return;
		}
		const setup = sync?.syncSetup ?? null;
		if (sync && setup) sync.startSync(setup);
		this.#syncSetup = setup;
		this.#status = 'ready';
		// Asked once the screen is up: nothing of it is needed to draw the screen.
		const { requestPersistence } = await import('$lib/db/storage');
		this.#persisted = await requestPersistence();
	}
}

export const app = new AppState();
