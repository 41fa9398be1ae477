import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvTable, pupil, schoolClass } from '$factories/roster';
import { recogniseColumns } from './columns';
import { rosterCsv } from './export';
import { planImport } from './plan';

const fiveB = schoolClass('5B');
const tenA = schoolClass('10A', { yearGroup: 9, archived: true });
const pupils = [
	pupil('Zoë Ward', fiveB.id, { upn: 'C886234523101', sen: 'K', eal: true }),
	pupil('Ada Lovelace', fiveB.id, { disadvantaged: true, sen: 'E' }),
	pupil('Sam Lee', tenA.id)
];

describe('exporting the roster as CSV', () => {
	it('writes one row per pupil, class by class, with plain column names', () => {
		const csv = rosterCsv([tenA, fiveB], pupils);
		expect(csv.startsWith('\ufeff')).toBe(true);
		expect(Papa.parse(csv.slice(1).trim()).data).toEqual([
			['Class', 'Year', 'Name', 'UPN', 'SEN', 'Disadvantaged', 'EAL', 'Archived'],
			['5B', '5', 'Ada Lovelace', '', 'EHC plan', 'Yes', 'No', 'No'],
			['5B', '5', 'Zoë Ward', 'C886234523101', 'SEN support', 'No', 'Yes', 'No'],
			['10A', '9', 'Sam Lee', '', 'No SEN', 'No', 'No', 'Yes']
		]);
	});

	it('keeps a name that looks like a formula from running in a spreadsheet', () => {
		const sly = [pupil('=HYPERLINK("http://x","y")', fiveB.id), pupil('@SUM(A1)', fiveB.id)];
		const csv = rosterCsv([fiveB], sly);
		expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
		expect(csv).toContain(`'@SUM(A1)`);
		expect(csv).not.toMatch(/,=|,@/);
	});

	it('can be imported again, changing nothing', () => {
		const current = [pupils[0], pupils[1]];
		const table = csvTable(rosterCsv([fiveB], current));
		const plan = planImport(
			table,
			{ mapping: recogniseColumns(table.headers), chosenClass: null },
			{ classes: [fiveB], pupils: current }
		);
		expect(plan.counts).toEqual({ create: 0, update: 0, unchanged: 2, rejected: 0 });
	});
});
