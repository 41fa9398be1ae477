import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Hold, HOLD_MS } from './hold.svelte';

describe('a press held down', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('counts only when held the whole time', () => {
		const held = vi.fn();
		const hold = new Hold(held);
		hold.start();
		expect(hold.holding).toBe(true);
		vi.advanceTimersByTime(HOLD_MS - 1);
		expect(held).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(held).toHaveBeenCalledOnce();
		expect(hold.holding).toBe(false);
	});

	it('does nothing for a tap, or a press let go too soon', () => {
		const held = vi.fn();
		const hold = new Hold(held);
		hold.start();
		vi.advanceTimersByTime(300);
		hold.cancel();
		hold.start();
		vi.advanceTimersByTime(HOLD_MS - 1);
		hold.cancel();
		vi.advanceTimersByTime(HOLD_MS * 2);
		expect(held).not.toHaveBeenCalled();
	});

	it('is not started again by a key held down and repeating', () => {
		const held = vi.fn();
		const hold = new Hold(held);
		hold.start();
		vi.advanceTimersByTime(HOLD_MS / 2);
		hold.start();
		vi.advanceTimersByTime(HOLD_MS / 2);
		expect(held).toHaveBeenCalledOnce();
	});
});
