import { createSubscriber } from 'svelte/reactivity';

const PREFIX = 'keep-up.';

/** The key under which this device keeps one of its own settings, forgotten with the rest. */
export function deviceKey(name: string): string {
	return `${PREFIX}${name}`;
}

/**
 * A small choice this device remembers between visits (who is using the tablet, the chosen
 * class). Only ids and words of the user's own choosing are kept here, never pupil data.
 * A choice made in another tab of the device shows here too.
 */
export class Preference<T extends string> {
	#key: string;
	/** Counts this tab's own changes: the storage event only tells the other tabs. */
	#changes = $state(0);
	#subscribe: () => void;

	constructor(key: string) {
		this.#key = deviceKey(key);
		this.#subscribe = createSubscriber((update) => {
			const fromOtherTab = (event: StorageEvent) => {
				if (event.key === this.#key || event.key === null) update();
			};
			addEventListener('storage', fromOtherTab);
			return () => removeEventListener('storage', fromOtherTab);
		});
	}

	get value(): T | null {
		this.#subscribe();
		void this.#changes;
		return (globalThis.localStorage?.getItem(this.#key) as T | null) ?? null;
	}

	set value(value: T | null) {
		if (value === null) globalThis.localStorage?.removeItem(this.#key);
		else globalThis.localStorage?.setItem(this.#key, value);
		this.#changes++;
	}
}

/** Forgets every choice this device remembers, when all its data is erased. */
export function forgetPreferences(): void {
	const storage = globalThis.localStorage;
	if (!storage) return;
	const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
	for (const key of keys) if (key?.startsWith(PREFIX)) storage.removeItem(key);
}
