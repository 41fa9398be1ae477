import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import ShowMore from './ShowMore.svelte';

const list = createRawSnippet((first: () => number[]) => ({
	render: () => '<p></p>',
	setup: (paragraph) => {
		$effect(() => {
			paragraph.textContent = `Up to ${first().at(-1)}`;
		});
	}
}));

describe('a long list', () => {
	it('shows its first 20 and 20 more at each press, until all are shown', async () => {
		const user = userEvent.setup();
		const items = Array.from({ length: 45 }, (_, i) => i + 1);
		render(ShowMore<number>, { items, children: list });
		expect(screen.getByText('Up to 20')).toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Show 20 more of 45' }));
		expect(screen.getByText('Up to 40')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Show 20 more of 45' }));
		expect(screen.getByText('Up to 45')).toBeInTheDocument();
		expect(screen.queryByRole('button')).not.toBeInTheDocument();
	});
});
