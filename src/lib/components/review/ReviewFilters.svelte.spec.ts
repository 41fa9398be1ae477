import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { schoolClass } from '$factories/roster';
import { OutcomeBook } from '$lib/domain/outcomes';
import { prepareFacts } from '$lib/domain/review/facts';
import type { ReviewFilter } from '$lib/domain/review/filter';
import { DEFAULT_KEYSTONES } from '$lib/domain/keystones';
import { schoolYearsBetween } from '$lib/domain/schoolYears';
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
const schoolYears = schoolYearsBetween('2024-10-07', '2026-11-23');

describe('the review filters', () => {
	it('refuse an end before the start, keep what was typed, and change nothing', async () => {
		const onChange = vi.fn();
		render(ReviewFilters, {
			facts,
			filter,
			keystones: [...DEFAULT_KEYSTONES],
			schoolYears,
			onChange
		});
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
			schoolYears,
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
			schoolYears,
			onChange
		});
		await userEvent.selectOptions(screen.getByLabelText('Year group'), 'Year 7');
		expect(onChange).toHaveBeenCalledWith({ ...filter, yearGroup: 7, classId: null });
	});

	it('say which school year is shown, and choose another or every year at once', async () => {
		const onChange = vi.fn();
		const current = { ...filter, from: '2026-09-01', to: '2027-08-31', yearGroup: 5 };
		render(ReviewFilters, {
			facts,
			filter: current,
			keystones: [...DEFAULT_KEYSTONES],
			schoolYears,
			onChange
		});
		expect(screen.getByText('Showing the school year 2026–27, the current school year.'));
		const year = screen.getByLabelText('School year');
		expect([...year.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
			'2026–27 (current)',
			'2025–26',
			'2024–25',
			'The whole history'
		]);
		await userEvent.selectOptions(year, '2024–25');
		expect(onChange).toHaveBeenLastCalledWith({ ...current, from: '2024-09-01', to: '2025-08-31' });
		expect(screen.getByLabelText('From')).toHaveValue('2024-09-01');
		await userEvent.selectOptions(year, 'The whole history');
		expect(onChange).toHaveBeenLastCalledWith({ ...current, from: '2024-09-01', to: '2027-08-31' });
	});

	it('say which dates are shown when they are not a school year', () => {
		render(ReviewFilters, {
			facts,
			filter,
			keystones: [...DEFAULT_KEYSTONES],
			schoolYears,
			onChange: vi.fn()
		});
		expect(screen.getByText('Showing Monday 12 October 2026 to Monday 23 November 2026.'));
		expect(screen.getByLabelText('School year')).toHaveValue('other');
	});
});
