import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adult, schoolClass } from '$factories/roster';
import type { VisitDraft } from '$lib/db/visits';
import { DEFAULT_KEYSTONES } from '$lib/domain/keystones';
import VisitForm from './VisitForm.svelte';

const classes = [
	schoolClass('5B', { id: '5b', teacherId: 'green' }),
	schoolClass('3K', { id: '3k', yearGroup: 3 })
];
const adults = [
	adult('green', 'Mrs Green', 'teacher'),
	adult('ta', 'Mr Tapper', 'ta'),
	adult('lead', 'Ms Lead', 'lead')
];

function setUp() {
	const saved: VisitDraft[] = [];
	render(VisitForm, {
		classes,
		adults,
		keystones: DEFAULT_KEYSTONES.map(({ id, name }) => ({ id, name })),
		submitLabel: 'Save the visit',
		onSave: async (draft: VisitDraft) => {
			saved.push(draft);
		}
	});
	return saved;
}

describe('the visit form', () => {
	it('suggests a class’s teacher, offers teachers and leads only, and saves what was chosen', async () => {
		const user = userEvent.setup();
		const saved = setUp();
		expect(screen.getAllByRole('option').map((o) => o.textContent?.trim())).toEqual(
			expect.arrayContaining(['5B', '3K', 'Year 3', 'Year 5', 'Mrs Green', 'Ms Lead'])
		);
		expect(screen.queryByRole('option', { name: 'Mr Tapper' })).toBeNull();
		await user.selectOptions(screen.getByLabelText('Class or year group'), '5B');
		expect(screen.getByLabelText('Teacher')).toHaveValue('green');
		await user.click(screen.getByRole('radio', { name: 'Coaching' }));
		await user.click(screen.getByRole('checkbox', { name: 'Fluency' }));
		await user.click(screen.getByRole('checkbox', { name: 'Coherence' }));
		await user.type(screen.getByLabelText('The agreed next step'), 'Daily recall');
		await user.click(screen.getByRole('button', { name: 'Save the visit' }));

		expect(saved).toEqual([
			expect.objectContaining({
				classId: '5b',
				yearGroup: null,
				teacherId: 'green',
				kind: 'coaching',
				keystoneIds: ['fluency', 'coherence'],
				nextStep: 'Daily recall',
				followUp: null
			})
		]);
		// Ready for the next visit.
		expect(screen.getByLabelText('Class or year group')).toHaveValue('');
	});

	it('takes a whole year group, with no teacher in particular', async () => {
		const user = userEvent.setup();
		const saved = setUp();
		await user.selectOptions(screen.getByLabelText('Class or year group'), 'Year 3');
		expect(screen.getByLabelText('Teacher')).toHaveValue('');
		await user.click(screen.getByRole('button', { name: 'Save the visit' }));
		expect(saved[0]).toMatchObject({ classId: null, yearGroup: 3, teacherId: null });
	});

	it('counts the characters against what fits in print', async () => {
		const user = userEvent.setup();
		setUp();
		const box = screen.getByLabelText('The agreed next step');
		await user.type(box, 'x'.repeat(12));
		expect(screen.getByText(/^12 of 200 characters/)).toBeInTheDocument();
		expect(box).toHaveAccessibleDescription('12 of 200 characters, to fit on the printed page');
	});
});
