import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sampleTable, type SampleFile } from '$factories/roster';
import { recogniseColumns } from '$lib/domain/csv/columns';
import { planImport, type RosterSnapshot } from '$lib/domain/csv/plan';
import { importRecords } from '$lib/domain/csv/records';
import ImportPreview from './ImportPreview.svelte';

function planOf(file: SampleFile, roster: RosterSnapshot = { classes: [], pupils: [] }) {
	const table = sampleTable(file);
	return planImport(table, { mapping: recogniseColumns(table.headers), chosenClass: null }, roster);
}

function renderPreview(plan: ReturnType<typeof planOf>) {
	const handlers = { onImport: vi.fn(), onCancel: vi.fn(), onBack: vi.fn() };
	render(ImportPreview, { plan, ...handlers });
	return handlers;
}

describe('the import preview', () => {
	it('counts the rows, lists the rejected ones with row and reason, and imports the good', async () => {
		const { onImport, onCancel } = renderPreview(planOf('arbor-6H-with-errors.csv'));
		const counts = screen.getByRole('list', { name: 'What the import will do' });
		expect(counts).toHaveTextContent('8 to create');
		expect(counts).toHaveTextContent('0 to update');
		expect(counts).toHaveTextContent('0 unchanged');
		expect(counts).toHaveTextContent('4 rejected');
		expect(screen.getByText(/A new class,/)).toHaveTextContent('6H (Year 6), will be created');

		const rejected = screen.getByRole('region', { name: 'Rejected rows' });
		const rows = within(rejected).getAllByRole('row').slice(1);
		expect(
			rows.map((row) =>
				within(row)
					.getAllByRole('cell')
					.map((cell) => cell.textContent?.trim())
			)
		).toEqual([
			[
				'5',
				'Chloe Khan',
				'The UPN A886234522404 is not valid: the UPN check letter is wrong (mistyped?).'
			],
			['7', 'Muhammad Ahmed', 'The UPN J886234522405 is also on row 6.'],
			['9', '(no name)', 'The pupil name is missing.'],
			['11', 'Charlie Cooper', 'Year 14 is not one of Years 3 to 9, which Keep Up is for.']
		]);

		const good = screen.getByRole('region', { name: 'Good rows' });
		expect(within(good).getAllByRole('row')).toHaveLength(9);
		expect(within(good).queryByRole('row', { name: /Chloe/ })).toBeNull();

		await userEvent.click(screen.getByRole('button', { name: 'Import 8 good rows' }));
		expect(onImport).toHaveBeenCalledOnce();
		await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(onCancel).toHaveBeenCalledOnce();
	});

	it('shows badges for SEN, Pupil Premium and EAL on the good rows', () => {
		renderPreview(planOf('bromcom-8M2.csv'));
		const layla = screen.getByRole('row', { name: /Layla Robinson/ });
		expect(layla).toHaveTextContent('EHCP');
		expect(layla).toHaveTextContent('New pupil');
		expect(screen.getByRole('row', { name: /Noah Harris/ })).toHaveTextContent('EAL');
	});

	it('says there is nothing to import when every row is unchanged', () => {
		const first = planOf('sims-4R.csv');
		let n = 0;
		const records = importRecords(first, 1, () => `id-${++n}`);
		renderPreview(planOf('sims-4R.csv', records));
		expect(screen.getByRole('list', { name: 'What the import will do' })).toHaveTextContent(
			'30 unchanged'
		);
		expect(screen.getByRole('status')).toHaveTextContent('Nothing to import');
		expect(screen.getByRole('button', { name: 'Import 30 good rows' })).toBeDisabled();
	});
});
