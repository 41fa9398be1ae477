import { describe, expect, it, vi } from 'vitest';

const storage = vi.hoisted(() => ({ requestPersistence: vi.fn(async () => true) }));
vi.mock('$lib/db/storage', () => storage);

/** Resolves once `count` animation frames have begun. */
async function frames(count: number): Promise<void> {
	for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('the first screen', () => {
	it('is drawn before what it does not need is asked for, and that is asked for once', async () => {
		const { app } = await import('./app.svelte');
		const drawing = app.screenDrawn();
		void app.screenDrawn();
		expect(app.drawn).toBe(false);
		await frames(1);
		expect(app.drawn).toBe(false);
		expect(storage.requestPersistence).not.toHaveBeenCalled();

		await drawing;
		expect(app.drawn).toBe(true);
		void app.screenDrawn();
		await frames(3);
		expect(storage.requestPersistence).toHaveBeenCalledOnce();
	});
});
