import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ValidationError } from '$lib/db/validate';
import { eraseThisDevice } from './erase';
import { StaffLock, staffLock } from './lock.svelte';

// Few rounds: these tests are about the rules, not the cost of a guess.
const ROUNDS = 1_000;
const MINUTE = 60_000;

async function refused(attempt: Promise<unknown>): Promise<string> {
	const error = await attempt.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(ValidationError);
	return (error as ValidationError).message;
}

/** A lock with the PIN 2468 set, as a device that has just been given it. */
async function setUp(idleMinutes = 5): Promise<StaffLock> {
	const lock = new StaffLock(ROUNDS);
	await lock.turnOn('2468', '2468', idleMinutes);
	return lock;
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
	vi.setSystemTime(new Date('2026-11-23T10:00:00'));
});

afterEach(() => {
	vi.useRealTimers();
	localStorage.clear();
});

describe('the staff lock', () => {
	it('is off until a PIN is set, and then asks for it whenever Keep Up is opened', async () => {
		const fresh = new StaffLock(ROUNDS);
		expect(fresh.enabled).toBe(false);
		expect(fresh.locked).toBe(false);

		await fresh.turnOn('2468', '2468', 5);
		expect(fresh.enabled).toBe(true);
		expect(fresh.locked).toBe(false);
		expect(JSON.stringify(localStorage)).not.toContain('2468');

		const reopened = new StaffLock(ROUNDS);
		expect(reopened.locked).toBe(true);
		await reopened.unlock('2468');
		expect(reopened.locked).toBe(false);
	});

	it('refuses a short PIN or a repeat that differs, and stays off', async () => {
		const lock = new StaffLock(ROUNDS);
		expect(await refused(lock.turnOn('123', '123', 5))).toMatch(/4 to 12 digits/);
		expect(await refused(lock.turnOn('1234', '1235', 5))).toMatch(/not the same/);
		expect(await refused(lock.turnOn('1234', '1234', 7))).toMatch(/1, 2, 5, 10, 15, 30/);
		expect(lock.enabled).toBe(false);
		expect(new StaffLock(ROUNDS).enabled).toBe(false);
	});

	it('locks after the chosen minutes without a tap, and a tap starts them again', async () => {
		const lock = await setUp(5);
		const stop = lock.watch();
		vi.advanceTimersByTime(4 * MINUTE);
		dispatchEvent(new Event('pointerdown'));
		vi.advanceTimersByTime(4 * MINUTE);
		expect(lock.locked).toBe(false);
		vi.advanceTimersByTime(1 * MINUTE + 10_000);
		expect(lock.locked).toBe(true);
		stop();
	});

	it('does not lock for idleness while pupils are using the device in pupil mode', async () => {
		const lock = await setUp(5);
		let pupilMode = true;
		const stop = lock.watch(() => pupilMode);
		vi.advanceTimersByTime(20 * MINUTE);
		expect(lock.locked).toBe(false);
		pupilMode = false;
		vi.advanceTimersByTime(4 * MINUTE);
		expect(lock.locked).toBe(false);
		vi.advanceTimersByTime(1 * MINUTE + 10_000);
		expect(lock.locked).toBe(true);
		stop();
	});

	it('uses a changed idle time at once', async () => {
		const lock = await setUp(5);
		const stop = lock.watch();
		await lock.setIdleMinutes(1);
		expect(lock.idleMinutes).toBe(1);
		vi.advanceTimersByTime(MINUTE + 10_000);
		expect(lock.locked).toBe(true);
		stop();
	});

	it('makes each try wait after three wrong PINs, even when Keep Up is reopened', async () => {
		await setUp();
		const lock = new StaffLock(ROUNDS);
		expect(await refused(lock.unlock('1111'))).toBe('That PIN is not right.');
		expect(await refused(lock.unlock('2222'))).toBe('That PIN is not right.');
		expect(await refused(lock.unlock('3333'))).toBe(
			'That PIN is not right. Wait 30 seconds before trying again.'
		);

		const reopened = new StaffLock(ROUNDS);
		await reopened.ready;
		expect(reopened.nextTryAt - Date.now()).toBe(30_000);
		// Even the right PIN waits.
		expect(await refused(reopened.unlock('2468'))).toBe(
			'Too many wrong PINs: try again in 30 seconds.'
		);
		expect(reopened.locked).toBe(true);

		vi.advanceTimersByTime(30_000);
		expect(await refused(reopened.unlock('4444'))).toBe(
			'That PIN is not right. Wait 1 minute before trying again.'
		);
		vi.advanceTimersByTime(60_000);
		await reopened.unlock('2468');
		expect(reopened.locked).toBe(false);
		expect(reopened.nextTryAt).toBe(0);
	});

	it('does not count an empty try', async () => {
		await setUp();
		const lock = new StaffLock(ROUNDS);
		for (let i = 0; i < 5; i++) expect(await refused(lock.unlock('  '))).toBe('Type the PIN.');
		expect(lock.nextTryAt).toBe(0);
	});

	it('locks every tab of the device when one locks now', async () => {
		const lock = await setUp();
		const otherTab = new StaffLock(ROUNDS);
		await otherTab.unlock('2468');
		const stop = otherTab.watch();

		lock.lockNow();
		expect(lock.locked).toBe(true);
		const key = 'keep-up.locked-at';
		dispatchEvent(new StorageEvent('storage', { key, newValue: localStorage.getItem(key) }));
		expect(otherTab.locked).toBe(true);
		stop();
	});

	it('is turned off only with the PIN', async () => {
		const lock = await setUp();
		expect(await refused(lock.turnOff('1357'))).toBe('That PIN is not right.');
		expect(lock.enabled).toBe(true);
		await lock.turnOff('2468');
		expect(lock.enabled).toBe(false);
		expect(new StaffLock(ROUNDS).locked).toBe(false);
	});

	it('goes with the rest of the device’s data when it is erased', async () => {
		await staffLock.turnOn('2468', '2468', 5);
		staffLock.lockNow();
		await eraseThisDevice();
		expect(staffLock.locked).toBe(false);
		expect(staffLock.enabled).toBe(false);
		expect(new StaffLock(ROUNDS).enabled).toBe(false);
	});

	it('treats a damaged setting as no lock rather than a device no one can open', async () => {
		localStorage.setItem('keep-up.lock', '{"pin":');
		const lock = new StaffLock(ROUNDS);
		// Locked at once, as any stored lock is, until the setting has been read.
		expect(lock.locked).toBe(true);
		await lock.ready;
		expect(lock.locked).toBe(false);
		expect(lock.enabled).toBe(false);
	});
});
