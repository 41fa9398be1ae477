import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SessionTimer from './SessionTimer.svelte';

const props = { groupId: 'g1', date: '2026-11-23', minutes: 1, label: '13:15–13:35 · 5B' };

beforeEach(() => {
	vi.useFakeTimers({ now: new Date('2026-11-23T13:15:00') });
	localStorage.clear();
});

afterEach(() => {
	vi.useRealTimers();
});

describe('the session timer', () => {
	it('carries on after a reload, and says when the time is up', async () => {
		const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
		const first = render(SessionTimer, props);
		await user.click(screen.getByRole('button', { name: 'Start the timer' }));
		await vi.advanceTimersByTimeAsync(20_000);
		expect(screen.getByRole('timer')).toHaveTextContent('0:40');
		first.unmount();

		// The tab is reloaded ten seconds later: the time kept running.
		await vi.advanceTimersByTimeAsync(10_000);
		render(SessionTimer, props);
		expect(screen.getByRole('timer')).toHaveTextContent('0:30');
		expect(screen.getByRole('button', { name: 'Pause the timer' })).toBeInTheDocument();

		const vibrate = vi.fn();
		Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
		await vi.advanceTimersByTimeAsync(31_000);
		expect(screen.getByRole('timer')).toHaveTextContent('0:00');
		expect(screen.getByRole('alert')).toHaveTextContent('Time’s up: 13:15–13:35 · 5B');
		expect(vibrate).toHaveBeenCalledOnce();
		expect(screen.queryByRole('button', { name: /Start|Resume/ })).toBeNull();
		expect(screen.getByRole('button', { name: 'Reset the timer' })).toBeEnabled();
	});

	it('keeps a paused timer paused, and forgets one reset', async () => {
		const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
		const first = render(SessionTimer, props);
		await user.click(screen.getByRole('button', { name: 'Start the timer' }));
		await vi.advanceTimersByTimeAsync(15_000);
		await user.click(screen.getByRole('button', { name: 'Pause the timer' }));
		first.unmount();
		await vi.advanceTimersByTimeAsync(60_000);
		const second = render(SessionTimer, props);
		expect(screen.getByRole('timer')).toHaveTextContent('0:45');
		expect(screen.getByRole('button', { name: 'Resume the timer' })).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Reset the timer' }));
		second.unmount();
		render(SessionTimer, props);
		expect(screen.getByRole('timer')).toHaveTextContent('1:00');
	});

	it('does not carry yesterday’s timer into today', () => {
		localStorage.setItem(
			'keep-up.timer.g1',
			JSON.stringify({ date: '2026-11-20', ran: 30_000, startedAt: null })
		);
		render(SessionTimer, props);
		expect(screen.getByRole('timer')).toHaveTextContent('1:00');
		expect(localStorage.getItem('keep-up.timer.g1')).toBeNull();
	});
});
