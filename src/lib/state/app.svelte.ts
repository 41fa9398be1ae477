import { openDatabase, type OpenProblem } from '$lib/db/open';

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
		const opened = await openDatabase(onChangedElsewhere);
		if (!opened.ok) {
			this.#problem = { title: opened.title, reason: opened.reason };
			this.#status = 'unavailable';
			return;
		}
		this.#status = 'ready';
		// Asked once the screen is up: nothing of it is needed to draw the screen.
		const { requestPersistence } = await import('$lib/db/storage');
		this.#persisted = await requestPersistence();
	}
}

export const app = new AppState();
