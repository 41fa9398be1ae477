import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { markedCheck, question } from '$factories/check';
import { db } from './database';
import { LiveQuery } from './live.svelte';

describe('LiveQuery', () => {
	it('follows the database and the reactive values its query reads', async () => {
		let date = $state('2026-11-23');
		let live: LiveQuery<number> | undefined;
		const stop = $effect.root(() => {
			live = new LiveQuery(() => {
				const day = date;
				return () => db.checks.where('date').equals(day).count();
			});
		});

		expect(live?.loading).toBe(true);
		await vi.waitFor(() => expect(live?.current).toBe(0));

		await db.checks.put(markedCheck([question(1, 'fluency')], { ada: '✓' }, '2026-11-23'));
		await vi.waitFor(() => expect(live?.current).toBe(1));

		date = '2026-11-24';
		flushSync();
		await vi.waitFor(() => expect(live?.current).toBe(0));
		expect(live?.error).toBeUndefined();
		stop();
	});

	it('reports a failing query instead of hanging', async () => {
		let live: LiveQuery<number> | undefined;
		const stop = $effect.root(() => {
			live = new LiveQuery(() => () => Promise.reject(new Error('disk full')));
		});
		await vi.waitFor(() => expect(live?.error?.message).toBe('disk full'));
		expect(live?.loading).toBe(false);
		stop();
	});
});
