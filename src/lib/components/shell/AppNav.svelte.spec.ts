import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import AppNav from './AppNav.svelte';

const links = () => screen.queryAllByRole('link').map((link) => link.textContent?.trim());

describe('the main navigation', () => {
	it('offers every screen on a device that does not sync', () => {
		render(AppNav, { account: null });
		expect(links()).toEqual([
			'Teach',
			'Intervene',
			'Board',
			'Review',
			'Leading maths',
			'Roster',
			'Settings'
		]);
	});

	it('offers an assistant only their screens, and nothing before their role is known', async () => {
		const { rerender } = render(AppNav, { account: undefined });
		expect(links()).toEqual([]);
		await rerender({ account: { roles: ['ta', 'adult:ta-1'] } });
		expect(links()).not.toContain('Teach');
		expect(links()).toContain('Intervene');
	});
});
