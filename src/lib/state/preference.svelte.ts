const PREFIX = 'keep-up.';

/** The key under which this device keeps one of its own settings, forgotten with the rest. */
export function deviceKey(name: string): string {
	return `${PREFIX}${name}`;
}

/**
 * A small choice this device remembers between visits (who is using the tablet, the chosen
 * class). Only ids and words of the user's own choosing are kept here, never pupil data.
 */
export class Preference<T extends string> {
	#key: string;
	#value = $state<T | null>(null);

	constructor(key: string) {
		this.#key = deviceKey(key);
		this.#value = (globalThis.localStorage?.getItem(this.#key) as T | null) ?? null;
	}

	get value(): T | null {
		return this.#value;
	}

	set value(value: T | null) {
		this.#value = value;
		if (value === null) globalThis.localStorage?.removeItem(this.#key);
		else globalThis.localStorage?.setItem(this.#key, value);
	}
}

/** Forgets every choice this device remembers, when all its data is erased. */
export function forgetPreferences(): void {
	const storage = globalThis.localStorage;
	if (!storage) return;
	const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
	for (const key of keys) if (key?.startsWith(PREFIX)) storage.removeItem(key);
}
