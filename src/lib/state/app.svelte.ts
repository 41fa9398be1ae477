import { openDatabase, type OpenProblem } from '$lib/db/open';
import { requestPersistence } from '$lib/db/storage';
import { onSyncChangedElsewhere, syncCode, syncSetup } from '$lib/sync/device';

type Status = 'opening' | 'ready' | 'unavailable';

/** Whether the app can run here: the database is open and storage was asked to persist. */
class AppState {
	#status = $state<Status>('opening');
	#problem = $state<OpenProblem | null>(null);
	#persisted = $state<boolean | null>(null);

	get status(): Status {
		return this.#status;
	}

	get problem(): OpenProblem | null {
		return this.#problem;
	}

	get persisted(): boolean | null {
		return this.#persisted;
	}

	async start(onChangedElsewhere: () => void): Promise<void> {
		onSyncChangedElsewhere(onChangedElsewhere);
		// The sync code is downloaded only by a device that syncs.
		const sync = await syncCode;
		sync?.catchChanges();
		const opened = await openDatabase(onChangedElsewhere);
		if (!opened.ok) {
			this.#problem = { title: opened.title, reason: opened.reason };
			this.#status = 'unavailable';
			return;
		}
		if (sync && syncSetup) sync.startSync(syncSetup);
		this.#status = 'ready';
		this.#persisted = await requestPersistence();
	}
}

export const app = new AppState();
