import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { smallSchool, storeSchool } from '$factories/school';
import { getSettings } from '$lib/db/queries/settings';
import { DEFAULT_KEYSTONES } from '$lib/domain/keystones';
import { defaultSettings } from '$lib/domain/school';
import KeystonesForm from './KeystonesForm.svelte';
import RulesForm from './RulesForm.svelte';
import SchoolNameForm from './SchoolNameForm.svelte';
import SlotsForm from './SlotsForm.svelte';

const defaults = defaultSettings('demo', 'Riverside Academy (demo)', 0);

beforeEach(async () => {
	await storeSchool(smallSchool());
});

describe('a settings form', () => {
	it('keeps what was typed through a refused save, and starts again from a save made elsewhere', async () => {
		const user = userEvent.setup();
		const { rerender } = render(SlotsForm, { slots: defaults.slots });
		await fireEvent.input(screen.getByLabelText('Slot 1 ends'), { target: { value: '13:05' } });
		await user.click(screen.getByRole('button', { name: 'Save' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('A slot must end after it starts.');
		expect(defaults.slots[0].end).toBe('13:35');

		// The settings are read again whenever any of them changes, as when another form saves.
		await rerender({ slots: structuredClone(defaults.slots) });
		expect(screen.getByLabelText('Slot 1 ends')).toHaveValue('13:05');

		// Another tab saves new slots.
		const later = defaults.slots.map((slot, i) => (i === 0 ? { ...slot, end: '13:30' } : slot));
		await rerender({ slots: later });
		expect(screen.getByLabelText('Slot 1 ends')).toHaveValue('13:30');
	});

	it('still says it saved once it shows the saved values', async () => {
		const user = userEvent.setup();
		const { rerender } = render(SchoolNameForm, { schoolName: defaults.schoolName });
		const name = screen.getByLabelText('School name');
		await user.clear(name);
		await user.type(name, 'Riverside Academy');
		await user.click(screen.getByRole('button', { name: 'Save' }));
		expect(await screen.findByText('Saved.')).toBeInTheDocument();

		const saved = await getSettings();
		expect(saved?.schoolName).toBe('Riverside Academy');
		await rerender({ schoolName: saved?.schoolName ?? '' });
		expect(screen.getByLabelText('School name')).toHaveValue('Riverside Academy');
		expect(screen.getByText('Saved.')).toBeInTheDocument();
	});
});

describe('the slots form', () => {
	it('refuses a slot that ends before it starts, keeping what was typed', async () => {
		const user = userEvent.setup();
		render(SlotsForm, { slots: defaults.slots });
		const end = screen.getByLabelText('Slot 1 ends');
		await fireEvent.input(end, { target: { value: '13:05' } });
		await user.click(screen.getByRole('button', { name: 'Save' }));

		expect(await screen.findByRole('alert')).toHaveTextContent(
			'Not saved: Slot 1: A slot must end after it starts.'
		);
		expect(end).toHaveValue('13:05');
		expect((await getSettings())?.slots).toEqual(defaults.slots);
	});

	it('adds a slot after the last, removes one, and keeps the removed one for old groups', async () => {
		const user = userEvent.setup();
		render(SlotsForm, { slots: defaults.slots });
		await user.click(screen.getByRole('button', { name: 'Add a slot' }));
		expect(screen.getByLabelText('Slot 4 starts')).toHaveValue('14:55');
		expect(screen.getByLabelText('Slot 4 ends')).toHaveValue('15:15');
		await user.click(screen.getByRole('button', { name: 'Remove slot 1 (13:15–13:35)' }));
		await user.click(screen.getByRole('button', { name: 'Save' }));

		expect(await screen.findByText('Saved.')).toBeInTheDocument();
		const settings = await getSettings();
		expect(settings?.slots.map((slot) => slot.start)).toEqual(['13:40', '14:30', '14:55']);
		expect(settings?.pastSlots).toEqual([defaults.slots[0]]);
	});

	it('refuses overlapping slots', async () => {
		const user = userEvent.setup();
		render(SlotsForm, { slots: defaults.slots });
		await fireEvent.input(screen.getByLabelText('Slot 2 starts'), { target: { value: '13:30' } });
		await user.click(screen.getByRole('button', { name: 'Save' }));
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'The slots 13:15–13:35 and 13:30–14:00 overlap.'
		);
	});
});

describe('the flags and groups form', () => {
	let user: ReturnType<typeof userEvent.setup>;

	async function retype(label: string, value: string): Promise<HTMLElement> {
		const input = screen.getByLabelText(label);
		await user.clear(input);
		await user.type(input, value);
		return input;
	}

	beforeEach(() => {
		user = userEvent.setup();
		render(RulesForm, { flagRule: defaults.flagRule, maxGroupSize: defaults.maxGroupSize });
	});

	it('says what is wrong with the numbers, keeping them', async () => {
		const threshold = await retype('Flag a pupil who scores below this percentage', '0');
		const size = await retype('Largest intervention group', '20');
		await user.click(screen.getByRole('button', { name: 'Save' }));

		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent('The threshold must be at least 1%.');
		expect(alert).toHaveTextContent('A group of more than 15 is not an intervention group.');
		expect(threshold).toHaveValue(0);
		expect(size).toHaveValue(20);
	});

	it('saves a new threshold and the essential-question rule', async () => {
		await retype('Flag a pupil who scores below this percentage', '60');
		await user.click(screen.getByLabelText('Missing an essential question flags the pupil'));
		await user.click(screen.getByRole('button', { name: 'Save' }));
		expect(await screen.findByText('Saved.')).toBeInTheDocument();
		expect((await getSettings())?.flagRule).toEqual({
			essentialMissFlags: false,
			threshold: 60,
			flagGuessedRight: false
		});
	});
});

describe('the keystone areas form', () => {
	it('names the area a problem is in, and restores the NCETM wording', async () => {
		const user = userEvent.setup();
		const keystones = DEFAULT_KEYSTONES.map((k) => ({ ...k, name: `${k.name} (ours)` }));
		render(KeystonesForm, { keystones });
		const name = screen.getAllByLabelText('Name')[1];
		await user.clear(name);
		await user.click(screen.getByRole('button', { name: 'Save' }));
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'Keystone area 2: The keystone name is missing.'
		);

		await user.click(screen.getByRole('button', { name: 'Restore the NCETM defaults' }));
		expect(name).toHaveValue('Representation & Structure');
		expect(screen.getByText(/The NCETM wording is in the form/)).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Save' }));
		expect(await screen.findByText('Saved.')).toBeInTheDocument();
		expect((await getSettings())?.keystones).toEqual(DEFAULT_KEYSTONES);
	});
});
