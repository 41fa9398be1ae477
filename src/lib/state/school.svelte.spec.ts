import { describe, expect, it, vi } from 'vitest';
import { smallSchool, storeSchool } from '$factories/school';
import { updateSettings } from '$lib/db/settings';

// Ready from the start: the school is loaded only once the test's database is open (see
// tests/setup/unit.ts), as the app reads the settings only once its database is.
vi.mock('./app.svelte', () => ({ app: { status: 'ready' } }));

describe('the school', () => {
	it('follows the settings with no component around it', async () => {
		const { school } = await import('./school.svelte');
		await vi.waitFor(() => expect(school.settings).toBeNull());
		expect(school.keystone('fluency')).toMatchObject({ id: 'fluency', name: 'fluency' });

		await storeSchool(smallSchool());
		await vi.waitFor(() => expect(school.settings?.schoolName).toBe('Riverside Academy (demo)'));
		expect(school.keystone('fluency').name).toBe('Fluency');

		await updateSettings({ schoolName: 'Riverside Academy' });
		await vi.waitFor(() => expect(school.settings?.schoolName).toBe('Riverside Academy'));
	});
});
