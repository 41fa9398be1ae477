import { LiveQuery } from '$lib/db/live.svelte';
import { outboxCounts, stoppedEntries } from '$lib/db/sync/outbox';
import type { OutboxEntry } from '$lib/domain/sync/outbox';
import { syncLine, type Counts, type SyncLine } from '$lib/domain/sync/status';
import { watchSync, type SyncStatus } from '$lib/sync/engine';

/** This device's sync as the screens show it: what the syncing tab says, and what waits here. */
export class SyncView {
	#status = $state.raw<SyncStatus | null>(null);
	#online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
	#counts = new LiveQuery(() => outboxCounts);
	#stopped = new LiveQuery(() => stoppedEntries);

	constructor() {
		$effect(() => watchSync((status) => (this.#status = status)));
		$effect(() => {
			const update = () => (this.#online = navigator.onLine);
			addEventListener('online', update);
			addEventListener('offline', update);
			return () => {
				removeEventListener('online', update);
				removeEventListener('offline', update);
			};
		});
	}

	get status(): SyncStatus | null {
		return this.#status;
	}

	get counts(): Counts {
		return this.#counts.current ?? { new: 0, moved: 0, held: 0, refused: 0 };
	}

	/** Changes held back or refused, with why. */
	get stopped(): OutboxEntry[] {
		return this.#stopped.current ?? [];
	}

	get line(): SyncLine | null {
		return this.#status ? syncLine(this.#status, this.counts, this.#online) : null;
	}

	/** A first sync is running: the app waits for it. */
	get firstSync(): boolean {
		return this.#status?.phase === 'first-sync';
	}
}
