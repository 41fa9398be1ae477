import { followLeftOverFlags, openDatabase, type OpenProblem } from '$lib/db/open';
import type { SyncSetup } from '$lib/sync/stored';
import { hasSyncSetup, onSyncChangedElsewhere } from '$lib/sync/device';

type Status = 'opening' | 'ready' | 'unavailable';

/** The frame being drawn has reached the screen: the next one has begun. */
function painted(): Promise<void> {
	return new Promise((resolve) =>
		requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
	);
}

/** Whether the app can run here: the database is open, and its first screen has drawn. */
class AppState {
	#status = $state<Status>('opening');
	#problem = $state<OpenProblem | null>(null);
	#syncSetup = $state.raw<SyncSetup | null>(null);
	#drawn = $state(false);
	#drawing = false;

	get status(): Status {
		return this.#status;
	}

	get problem(): OpenProblem | null {
		return this.#problem;
	}

	/**
	 * The first screen has painted: what it does not need (the update check, asking for
	 * lasting storage) waits for this, so that it does not download or run in the screen's way.
	 */
	get drawn(): boolean {
		return this.#drawn;
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
			void this.screenDrawn();
			return;
		}
		const setup = sync?.syncSetup ?? null;
		if (sync && setup) sync.startSync(setup);
		this.#syncSetup = setup;
		this.#status = 'ready';
	}

	/** The first screen has what it needs to draw (the layout says when): once it has painted. */
	async screenDrawn(): Promise<void> {
		if (this.#drawing) return;
		this.#drawing = true;
		await painted();
		this.#drawn = true;
		const { requestPersistence } = await import('$lib/db/storage');
		await requestPersistence();
		if (this.#status === 'ready') await followLeftOverFlags();
	}
}

export const app = new AppState();
