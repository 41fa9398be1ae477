import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { deviceKey, forgetPreferences, Preference } from './preference.svelte';

/** What a screen showing the preference shows, each time it shows it. */
function watched<T extends string>(preference: Preference<T>) {
	const seen: (T | null)[] = [];
	const stop = $effect.root(() => {
		$effect(() => {
			seen.push(preference.value);
		});
	});
	flushSync();
	return { seen, stop };
}

/** Another tab of the device writes the choice: this tab hears of it by a storage event. */
function otherTabChooses(name: string, value: string | null) {
	const key = deviceKey(name);
	if (value === null) localStorage.removeItem(key);
	else localStorage.setItem(key, value);
	dispatchEvent(new StorageEvent('storage', { key, newValue: value }));
	flushSync();
}

afterEach(() => forgetPreferences());

describe('a preference', () => {
	it('is remembered between visits', () => {
		new Preference<string>('adult').value = 'adult-1';
		expect(new Preference<string>('adult').value).toBe('adult-1');
		new Preference<string>('adult').value = null;
		expect(localStorage.getItem(deviceKey('adult'))).toBeNull();
	});

	it('shows a change made in this tab', () => {
		const preference = new Preference<string>('adult');
		const { seen, stop } = watched(preference);
		preference.value = 'adult-1';
		flushSync();
		expect(seen).toEqual([null, 'adult-1']);
		stop();
	});

	it('follows a choice made in another tab, and only its own', () => {
		const preference = new Preference<string>('adult');
		const { seen, stop } = watched(preference);
		otherTabChooses('adult', 'adult-2');
		otherTabChooses('teach-teacher', 'adult-3');
		otherTabChooses('adult', null);
		expect(seen).toEqual([null, 'adult-2', null]);
		stop();
	});
});
