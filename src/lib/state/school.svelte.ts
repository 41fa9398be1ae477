import { LiveQuery } from '$lib/db/live.svelte';
import { getSettings } from '$lib/db/queries/settings';
import { app } from './app.svelte';
import type { Keystone, KeystoneId } from '$lib/domain/keystones';
import type { Settings } from '$lib/domain/model/settings';

/** The school's settings, live, for the layout and every screen. */
class School {
	#settings: LiveQuery<Settings | null | undefined>;

	constructor() {
		// The header and every screen read the settings for as long as the page is open, so the
		// query starts with this module and is never stopped: it needs no component to run in.
		let settings: LiveQuery<Settings | null | undefined> | undefined;
		$effect.root(() => {
			// Read once the database is open, never before: see db/database.ts.
			settings = new LiveQuery(() =>
				app.status === 'ready' ? getSettings : () => Promise.resolve(undefined)
			);
		});
		this.#settings = settings!;
	}

	/** Undefined while loading; null when no school is set up on this device. */
	get settings(): Settings | null | undefined {
		return this.#settings.current;
	}

	keystone(id: KeystoneId): Keystone {
		const found = this.#settings.current?.keystones.find((keystone) => keystone.id === id);
		return found ?? { id, name: id, meaning: '', questionHint: '', approach: '' };
	}
}

export const school = new School();
