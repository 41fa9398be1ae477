import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { csvTable, sampleTable, schoolClass } from '$factories/roster';
import { NO_NAME_COLUMN, recogniseColumns } from '$lib/domain/csv/columns';
import type { CsvTable } from '$lib/domain/csv/read';
import ImportMapping from './ImportMapping.svelte';

function renderMapping(table: CsvTable, classes = [schoolClass('5B')]) {
	const onPreview = vi.fn();
	const onBack = vi.fn();
	render(ImportMapping, {
		table,
		classes,
		choices: { mapping: recogniseColumns(table.headers), chosenClass: null },
		onPreview,
		onBack
	});
	return { onPreview, onBack };
}

describe('the column mapping step', () => {
	it('shows what Keep Up recognised, with a first value, and lets the user correct it', async () => {
		const { onPreview } = renderMapping(sampleTable('sims-4R.csv'));
		expect(screen.getByLabelText('Surname')).toHaveDisplayValue('Surname');
		expect(screen.getByLabelText('SEN status')).toHaveDisplayValue('SEN Status');
		expect(screen.getByLabelText('Full name')).toHaveDisplayValue('Not in this file');
		expect(screen.getByRole('row', { name: /Surname/ })).toHaveTextContent('White');

		await userEvent.selectOptions(screen.getByLabelText('EAL'), 'Not in this file');
		await userEvent.click(screen.getByRole('button', { name: 'Check the rows' }));
		expect(onPreview).toHaveBeenCalledWith({
			mapping: expect.objectContaining({ lastName: 'Surname', className: 'Reg', eal: null }),
			chosenClass: null
		});
	});

	it('refuses to go on without a name column, until the user chooses one', async () => {
		const { onPreview } = renderMapping(csvTable('Kid,Class\nAda Lovelace,5B\n'));
		expect(screen.getByRole('alert')).toHaveTextContent(NO_NAME_COLUMN);
		const next = screen.getByRole('button', { name: 'Check the rows' });
		expect(next).toBeDisabled();

		await userEvent.selectOptions(screen.getByLabelText('Full name'), 'Kid');
		expect(screen.queryByRole('alert')).toBeNull();
		await userEvent.click(next);
		expect(onPreview).toHaveBeenCalledOnce();
	});

	it('asks which class the pupils are in when the file has no class column', async () => {
		const { onPreview, onBack } = renderMapping(csvTable('Name\nAda Lovelace\n'));
		expect(screen.getByLabelText('Class')).toHaveDisplayValue('5B');

		await userEvent.selectOptions(screen.getByLabelText('Class'), 'A new class');
		expect(screen.getByRole('alert')).toHaveTextContent('Name the new class');
		await userEvent.type(screen.getByLabelText('Name of the new class'), ' Oak ');
		await userEvent.selectOptions(screen.getByLabelText('Its year group'), 'Year 4');
		await userEvent.click(screen.getByRole('button', { name: 'Check the rows' }));
		expect(onPreview).toHaveBeenCalledWith(
			expect.objectContaining({ chosenClass: { name: 'Oak', yearGroup: 4 } })
		);

		await userEvent.click(screen.getByRole('button', { name: 'Choose another file' }));
		expect(onBack).toHaveBeenCalledOnce();
	});
});
