import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { smallSchool, storeSchool } from '$factories/school';
import { db } from '$lib/db/database';
import EraseCard from './EraseCard.svelte';

const navigation = vi.hoisted(() => ({ goto: vi.fn() }));
vi.mock('$app/navigation', () => navigation);

describe('erasing all data on this device', () => {
	it('waits for the school name, typed in any case, then erases everything and goes home', async () => {
		const user = userEvent.setup();
		await storeSchool(smallSchool());
		localStorage.setItem('keep-up.adult', 'demo-ta-1');
		render(EraseCard, { schoolName: 'Riverside Academy (demo)' });
		const button = screen.getByRole('button', { name: 'Erase all data on this device' });
		const input = screen.getByLabelText(/To confirm, type the school name/);

		expect(button).toBeDisabled();
		await user.type(input, 'Riverside Academy');
		expect(button).toBeDisabled();
		await user.type(input, ' (DEMO)  ');
		expect(button).toBeEnabled();
		expect(await db.pupils.count()).toBeGreaterThan(0);

		await user.click(button);
		await vi.waitFor(() => expect(navigation.goto).toHaveBeenCalled());
		expect(await db.settings.count()).toBe(0);
		expect(await db.checks.count()).toBe(0);
		expect(localStorage.getItem('keep-up.adult')).toBeNull();
	});

	it('does nothing when Enter is pressed before the name matches', async () => {
		const user = userEvent.setup();
		await storeSchool(smallSchool());
		render(EraseCard, { schoolName: 'Riverside Academy (demo)' });
		await user.type(screen.getByLabelText(/To confirm/), 'Riverside{Enter}');
		expect(await db.settings.count()).toBe(1);
	});
});
