import { getContext, setContext } from 'svelte';
import { LiveQuery } from '$lib/db/live.svelte';
import { getSettings } from '$lib/db/queries/settings';
import { app } from './app.svelte';
import type { Keystone, KeystoneId } from '$lib/domain/keystones';
import type { Settings } from '$lib/domain/model/settings';

/** The school's settings, live, for every screen below the layout. */
class School {
	// Read once the database is open, never before: see db/database.ts.
	#settings = new LiveQuery(() =>
		app.status === 'ready' ? getSettings : () => Promise.resolve(undefined)
	);

	/** Undefined while loading; null when no school is set up on this device. */
	get settings(): Settings | null | undefined {
		return this.#settings.current;
	}

	keystone(id: KeystoneId): Keystone {
		const found = this.#settings.current?.keystones.find((keystone) => keystone.id === id);
		return found ?? { id, name: id, meaning: '', questionHint: '', approach: '' };
	}
}

const KEY = Symbol('school');

export function provideSchool(): School {
	return setContext(KEY, new School());
}

export function useSchool(): School {
	return getContext<School>(KEY);
}
