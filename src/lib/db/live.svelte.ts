import { liveQuery } from 'dexie';

/**
 * A Dexie live query as rune state: `current` follows the database, in this tab and others.
 *
 * `source` runs inside an effect, so the reactive values it reads (a date, a class id) are
 * tracked; it returns the querier, which Dexie re-runs whenever the tables it read change.
 * Results are kept raw (not deeply proxied): they can be a whole school year.
 */
export class LiveQuery<T> {
	#current = $state.raw<T | undefined>(undefined);
	#error = $state.raw<Error | undefined>(undefined);

	constructor(source: () => () => T | Promise<T>) {
		$effect(() => {
			const querier = source();
			const subscription = liveQuery(querier).subscribe({
				next: (value) => {
					this.#current = value;
					this.#error = undefined;
				},
				error: (error: unknown) => {
					this.#error = error instanceof Error ? error : new Error(String(error));
				}
			});
			return () => subscription.unsubscribe();
		});
	}

	/** Undefined until the first answer arrives. */
	get current(): T | undefined {
		return this.#current;
	}

	get loading(): boolean {
		return this.#current === undefined && this.#error === undefined;
	}

	get error(): Error | undefined {
		return this.#error;
	}
}
