import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test opens Keep Up afresh: the gate and the lock as a new page would load them.
const open = async () => {
	vi.resetModules();
	return (await import('./lockGate.svelte')).lockGate;
};

afterEach(() => localStorage.clear());

describe('the app shell’s staff lock gate', () => {
	it('is open, and loads no lock, on a device without a PIN', async () => {
		const gate = await open();
		const stop = gate.watch(() => false);
		expect(gate.locked).toBe(false);
		expect(gate.enabled).toBe(false);
		gate.lockNow();
		expect(gate.locked).toBe(false);
		stop();
	});

	it('stays locked on a device with a PIN until the lock is loaded, then follows it', async () => {
		const { StaffLock } = await import('./lock.svelte');
		await new StaffLock(1_000).turnOn('2468', '2468', 5);

		const gate = await open();
		expect(gate.locked).toBe(true);
		expect(gate.enabled).toBe(true);
		const stop = gate.watch(() => false);
		const { staffLock } = await import('./lock.svelte');
		await staffLock.ready;
		expect(gate.locked).toBe(true);
		await staffLock.unlock('2468');
		expect(gate.locked).toBe(false);
		gate.lockNow();
		expect(gate.locked).toBe(true);
		stop();
	});

	it('takes over a lock a screen turns on, so the header can lock the device', async () => {
		const gate = await open();
		const stop = gate.watch(() => false);
		const { staffLock } = await import('./lock.svelte');
		await staffLock.turnOn('2468', '2468', 5);
		expect(gate.enabled).toBe(true);
		expect(gate.locked).toBe(false);
		gate.lockNow();
		expect(gate.locked).toBe(true);
		stop();
	});
});
