import { describe, expect, it } from 'vitest';
import { sampleTable } from '$factories/roster';
import { EMPTY } from './decode';
import { NO_ROWS, openCsv, readCsv } from './read';

describe('reading a CSV class list with papaparse', () => {
	it('reads the heading row and numbers rows as a spreadsheet does', () => {
		const table = sampleTable('sims-4R.csv');
		expect(table.headers).toEqual([
			'Surname',
			'Forename',
			'UPN',
			'Year',
			'Reg',
			'Gender',
			'DOB',
			'SEN Status',
			'Pupil Premium Indicator',
			'EAL'
		]);
		expect(table.rows).toHaveLength(30);
		expect(table.rows[0]).toMatchObject({ rowNumber: 2, cells: { Surname: 'White', Reg: '4R' } });
		expect(table.rows[29].rowNumber).toBe(31);
	});

	it('detects semicolons and tabs, even with blank lines, and keeps row numbers', () => {
		const semicolons = readCsv('Name;Year\r\nAda Lovelace;5\r\n\r\nAlan Turing;6\r\n');
		expect(semicolons).toEqual({
			ok: true,
			table: {
				headers: ['Name', 'Year'],
				rows: [
					{ rowNumber: 2, cells: { Name: 'Ada Lovelace', Year: '5' } },
					{ rowNumber: 4, cells: { Name: 'Alan Turing', Year: '6' } }
				]
			}
		});
		const tabs = readCsv('Surname\tForename\nLovelace\tAda\n');
		expect(tabs.ok && tabs.table.rows[0].cells).toEqual({ Surname: 'Lovelace', Forename: 'Ada' });
	});

	it('drops a byte-order mark and trims headings, so the first heading is still recognised', () => {
		const opened = openCsv(new TextEncoder().encode('\ufeff UPN ,Name\nC886234523101,Ada\n'));
		expect(opened.ok && opened.table.headers).toEqual(['UPN', 'Name']);
	});

	it('keeps quoted commas inside a cell', () => {
		const read = readCsv('Name,Year\n"Lovelace, Ada",5\n');
		expect(read.ok && read.table.rows[0].cells.Name).toBe('Lovelace, Ada');
	});

	it('refuses a file with no pupils, or a quotation mark never closed', () => {
		expect(readCsv('Name,Year\n\n')).toEqual({ ok: false, problem: NO_ROWS });
		expect(readCsv('\n\n')).toEqual({ ok: false, problem: EMPTY });
		expect(readCsv('Name,Year\nAda,5\n"Alan,6\nGrace,7\n')).toEqual({
			ok: false,
			problem: 'This file could not be read as CSV: a quotation mark on row 3 is never closed.'
		});
	});
});
