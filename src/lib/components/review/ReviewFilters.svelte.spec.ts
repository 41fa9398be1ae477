import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { schoolClass } from '$factories/roster';
import { OutcomeBook } from '$lib/domain/outcomes';
import { prepareFacts } from '$lib/domain/review/facts';
import type { ReviewFilter } from '$lib/domain/review/filter';
import { DEFAULT_KEYSTONES } from '$lib/domain/keystones';
import ReviewFilters from './ReviewFilters.svelte';

const classes = [schoolClass('5B', { id: '5b' }), schoolClass('7M', { id: '7m' })];
const facts = prepareFacts([], [], classes, new OutcomeBook());
const filter: ReviewFilter = {
	from: '2026-10-12',
	to: '2026-11-23',
	yearGroup: null,
	classId: null,
	keystoneId: null
};

describe('the review filters', () => {
	it('refuse an end before the start, keep what was typed, and change nothing', async () => {
		const onChange = vi.fn();
		render(ReviewFilters, { facts, filter, keystones: [...DEFAULT_KEYSTONES], onChange });
		const to = screen.getByLabelText('To');
		await userEvent.clear(to);
		await userEvent.type(to, '2026-10-01');
		to.dispatchEvent(new Event('change', { bubbles: true }));
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'The end date is before the start date.'
		);
		expect(to).toHaveValue('2026-10-01');
		expect(to).toHaveAttribute('aria-invalid', 'true');
		expect(onChange).not.toHaveBeenCalled();
	});

	it('offer only the classes of the chosen year', () => {
		render(ReviewFilters, {
			facts,
			filter: { ...filter, yearGroup: 7 },
			keystones: [...DEFAULT_KEYSTONES],
			onChange: vi.fn()
		});
		const options = [...screen.getByLabelText('Class').querySelectorAll('option')].map(
			(o) => o.textContent
		);
		expect(options).toEqual(['All classes', '7M']);
	});

	it('pass on a change of year, forgetting a class of another year', async () => {
		const onChange = vi.fn();
		render(ReviewFilters, {
			facts,
			filter: { ...filter, classId: '5b' },
			keystones: [...DEFAULT_KEYSTONES],
			onChange
		});
		await userEvent.selectOptions(screen.getByLabelText('Year group'), 'Year 7');
		expect(onChange).toHaveBeenCalledWith({ ...filter, yearGroup: 7, classId: null });
	});
});
