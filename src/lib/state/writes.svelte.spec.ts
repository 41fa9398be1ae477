import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { describeError, ValidationError } from '$lib/db/validate';
import Problem from '$lib/components/shell/Problem.svelte';
import { Writes } from './writes.svelte';

const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A device whose disk is full until `free()`; every write it saves is listed in `saved`. */
function device() {
	let space = false;
	const saved: string[] = [];
	return {
		saved,
		free: () => (space = true),
		write: (what: string) => async () => {
			if (!space) throw full();
			saved.push(what);
		}
	};
}

describe('saves on a device that is out of space', () => {
	it('says so plainly and keeps every tap, in order, until space returns', async () => {
		const disk = device();
		const writes = new Writes();
		writes.save(disk.write('tap 1'));
		await vi.waitFor(() => expect(writes.waiting).toBe(1));
		expect(writes.problem).toBe(
			'This device is out of storage space, so the change was not saved. Free some space and try again. One change is waiting here to be saved.'
		);

		writes.save(disk.write('tap 2'));
		await vi.waitFor(() => expect(writes.waiting).toBe(2));
		expect(writes.problem).toContain('2 changes are waiting here to be saved.');

		disk.free();
		writes.retry();
		await vi.waitFor(() => expect(disk.saved).toEqual(['tap 1', 'tap 2']));
		expect(writes.waiting).toBe(0);
		expect(writes.problem).toBeNull();
	});

	it('saves the waiting taps first when the next tap finds space', async () => {
		const disk = device();
		const writes = new Writes();
		writes.save(disk.write('tap 1'));
		await vi.waitFor(() => expect(writes.waiting).toBe(1));
		disk.free();
		writes.save(disk.write('tap 2'));
		await vi.waitFor(() => expect(disk.saved).toEqual(['tap 1', 'tap 2']));
		expect(writes.problem).toBeNull();
	});

	it('recognises a full disk inside the transaction Dexie aborted', () => {
		const aborted = new Dexie.AbortError(full());
		expect(describeError(aborted)).toMatch(/^This device is out of storage space/);
	});

	it('says a refused write and drops it, and the taps after it still save', async () => {
		const saved: string[] = [];
		const writes = new Writes();
		writes.save(async () => {
			throw new ValidationError(['This check is no longer on this device.']);
		});
		writes.save(async () => void saved.push('next tap'));
		await vi.waitFor(() => expect(saved).toEqual(['next tap']));
		expect(writes.problem).toBe('This check is no longer on this device.');
		expect(writes.waiting).toBe(0);
	});

	it('keeps saying a refused tap while a write that follows from earlier ones saves, until the next tap', async () => {
		const saved: string[] = [];
		const writes = new Writes();
		writes.save(async () => {
			throw new ValidationError(['A note is longer than 300 characters']);
		});
		await vi.waitFor(() => expect(writes.problem).toBe('A note is longer than 300 characters'));
		writes.saveAfter(async () => void saved.push('groups follow'));
		await vi.waitFor(() => expect(saved).toEqual(['groups follow']));
		expect(writes.problem).toBe('A note is longer than 300 characters');
		writes.save(async () => void saved.push('next tap'));
		expect(writes.problem).toBeNull();
	});

	it('offers to try again or discard, on the bar at the foot of the screen', async () => {
		const user = userEvent.setup();
		const disk = device();
		const writes = new Writes();
		render(Problem, { writes });
		writes.save(disk.write('tap'));
		expect(await screen.findByRole('alert')).toHaveTextContent('out of storage space');

		await user.click(screen.getByRole('button', { name: 'Try again' }));
		expect(screen.getByRole('alert')).toHaveTextContent('One change is waiting');
		disk.free();
		await user.click(screen.getByRole('button', { name: 'Try again' }));
		await vi.waitFor(() => expect(screen.getByRole('alert')).toBeEmptyDOMElement());
		expect(disk.saved).toEqual(['tap']);

		writes.save(async () => {
			throw full();
		});
		await user.click(await screen.findByRole('button', { name: 'Discard' }));
		expect(screen.getByRole('alert')).toBeEmptyDOMElement();
		expect(writes.waiting).toBe(0);
	});
});
