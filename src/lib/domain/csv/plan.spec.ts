import { describe, expect, it } from 'vitest';
import { csvTable, pupil, sampleTable, schoolClass, type SampleFile } from '$factories/roster';
import { recogniseColumns } from './columns';
import {
	importChangesAnything,
	planImport,
	type ChosenClass,
	type ImportPlan,
	type RosterSnapshot
} from './plan';
import type { CsvTable } from './read';
import { importRecords } from './records';

const EMPTY: RosterSnapshot = { classes: [], pupils: [] };

function plan(table: CsvTable, roster = EMPTY, chosenClass: ChosenClass | null = null) {
	return planImport(table, { mapping: recogniseColumns(table.headers), chosenClass }, roster);
}

const planSample = (file: SampleFile, roster = EMPTY) => plan(sampleTable(file), roster);

let lastId = 0;

/** The roster after the plan's records are written. */
function applied(importPlan: ImportPlan, roster: RosterSnapshot): RosterSnapshot {
	const records = importRecords(importPlan, 2, () => `new-${++lastId}`);
	const replace = <T extends { id: string }>(old: T[], changed: T[]) => [
		...old.filter((record) => !changed.some((c) => c.id === record.id)),
		...changed
	];
	return {
		classes: replace(roster.classes, records.classes),
		pupils: replace(roster.pupils, records.pupils)
	};
}

const row = (importPlan: ImportPlan, name: string) => importPlan.rows.find((r) => r.name === name);

describe('planning the import of each sample export', () => {
	it('Arbor: 28 new pupils in a new class 5B, named by preferred first name and surname', () => {
		const arbor = planSample('arbor-5B.csv');
		expect(arbor.counts).toEqual({ create: 28, update: 0, unchanged: 0, rejected: 0 });
		expect(arbor.classes).toEqual([{ name: '5B', yearGroup: 5, existing: null }]);
		expect(row(arbor, 'Yusuf Nowak')?.pupil).toEqual({
			name: 'Yusuf Nowak',
			upn: 'C886234523101',
			sen: 'none',
			disadvantaged: false,
			eal: false
		});
		expect(row(arbor, 'Elsie Taylor')?.pupil).toMatchObject({ sen: 'K', disadvantaged: true });
		expect(row(arbor, 'Dylan Brown')?.pupil).toMatchObject({ sen: 'none', eal: true });
	});

	it('SIMS: 30 new pupils in 4R with SEN codes N/K/E, Pupil Premium T/F and EAL Y/N', () => {
		const sims = planSample('sims-4R.csv');
		expect(sims.counts).toEqual({ create: 30, update: 0, unchanged: 0, rejected: 0 });
		expect(sims.classes).toEqual([{ name: '4R', yearGroup: 4, existing: null }]);
		expect(row(sims, 'Priya White')?.pupil).toMatchObject({ sen: 'E', eal: false });
		expect(row(sims, 'Evie Nowak')?.pupil).toMatchObject({ sen: 'K' });
		expect(row(sims, 'Tomasz Wilson')?.pupil).toMatchObject({ disadvantaged: true, eal: true });
		// Two pupils called Oliver Taylor: their UPNs tell them apart.
		expect(sims.rows.filter((r) => r.name === 'Oliver Taylor')).toHaveLength(2);
	});

	it('Bromcom: 29 new pupils in 8M2 with "K - SEN Support", "E - EHC Plan" and EAL or blank', () => {
		const bromcom = planSample('bromcom-8M2.csv');
		expect(bromcom.counts).toEqual({ create: 29, update: 0, unchanged: 0, rejected: 0 });
		expect(bromcom.classes).toEqual([{ name: '8M2', yearGroup: 8, existing: null }]);
		expect(row(bromcom, 'Oscar Jones')?.pupil).toMatchObject({ sen: 'K', eal: false });
		expect(row(bromcom, 'Layla Robinson')?.pupil).toMatchObject({ sen: 'E' });
		expect(row(bromcom, 'Noah Harris')?.pupil).toMatchObject({ sen: 'none', eal: true });
		expect(row(bromcom, 'Layla Khan')?.pupil).toMatchObject({ disadvantaged: true });
	});

	it('the Arbor file with errors: exactly its four faults, by spreadsheet row, and 8 good rows', () => {
		const faulty = planSample('arbor-6H-with-errors.csv');
		expect(faulty.counts).toEqual({ create: 8, update: 0, unchanged: 0, rejected: 4 });
		expect(
			faulty.rows
				.filter((r) => r.action === 'rejected')
				.map((r) => ({ row: r.rowNumber, reasons: r.reasons }))
		).toEqual([
			{
				row: 5,
				reasons: ['The UPN A886234522404 is not valid: the UPN check letter is wrong (mistyped?).']
			},
			{ row: 7, reasons: ['The UPN J886234522405 is also on row 6.'] },
			{ row: 9, reasons: ['The pupil name is missing.'] },
			{ row: 11, reasons: ['Year 14 is not one of Years 3 to 9, which Keep Up is for.'] }
		]);
		expect(faulty.classes).toEqual([{ name: '6H', yearGroup: 6, existing: null }]);
	});

	it('re-importing the same files changes nothing', () => {
		let roster = EMPTY;
		const files: SampleFile[] = ['arbor-5B.csv', 'sims-4R.csv', 'bromcom-8M2.csv'];
		for (const file of files) roster = applied(planSample(file), roster);
		expect(roster.pupils).toHaveLength(87);
		for (const file of files) {
			const again = planSample(file, roster);
			expect(again.counts.create + again.counts.update + again.counts.rejected, file).toBe(0);
			expect(importChangesAnything(again)).toBe(false);
			expect(importRecords(again, 3, () => 'unused')).toEqual({ classes: [], pupils: [] });
		}
	});
});

describe('matching rows to pupils already on the roster', () => {
	const fiveB = schoolClass('5B');
	const fourR = schoolClass('4R');

	it('updates a pupil matched by UPN in the same class, saying what changes', () => {
		const elsie = pupil('Elsie Tailor', fiveB.id, { upn: 'B886234523110', eal: true });
		const arbor = planSample('arbor-5B.csv', { classes: [fiveB], pupils: [elsie] });
		expect(arbor.counts).toMatchObject({ create: 27, update: 1 });
		expect(arbor.classes).toEqual([{ name: '5B', yearGroup: 5, existing: fiveB }]);
		expect(row(arbor, 'Elsie Taylor')).toMatchObject({
			action: 'update',
			existing: elsie,
			changes: [
				'name: Elsie Tailor → Elsie Taylor',
				'SEN: No SEN → SEN support',
				'Pupil Premium: no → yes',
				'EAL: yes → no'
			]
		});
	});

	it('finds the class whatever its case', () => {
		const fiveBLower = schoolClass('5b');
		const arbor = planSample('arbor-5B.csv', { classes: [fiveBLower], pupils: [] });
		expect(arbor.classes[0].existing).toBe(fiveBLower);
	});

	it('rejects a UPN that belongs to a pupil of another class', () => {
		const yusuf = pupil('Yusuf Nowak', fourR.id, { upn: 'C886234523101' });
		const arbor = planSample('arbor-5B.csv', { classes: [fiveB, fourR], pupils: [yusuf] });
		expect(row(arbor, 'Yusuf Nowak')).toMatchObject({
			action: 'rejected',
			reasons: [
				'The UPN C886234523101 already belongs to Yusuf Nowak in 4R. If they have changed class, move them on the roster first.'
			]
		});
		expect(arbor.counts).toMatchObject({ create: 27, rejected: 1 });
	});

	it('matches by name in the class when the row has no UPN, and adds a UPN a pupil lacked', () => {
		const ada = pupil('Ada Lovelace', fiveB.id, { upn: 'C886234523101', sen: 'K' });
		const alan = pupil('Alan Turing', fiveB.id);
		const roster = { classes: [fiveB], pupils: [ada, alan] };
		const listed = plan(
			csvTable('Name,UPN,Class,SEN\nada lovelace,,5B,K\nAlan Turing,R886234523102,5B,\n'),
			roster
		);
		expect(listed.rows.map((r) => [r.action, r.existing?.id, r.changes])).toEqual([
			['update', ada.id, ['name: Ada Lovelace → ada lovelace']],
			['update', alan.id, ['UPN R886234523102 added']]
		]);
	});

	it('leaves what the file has no column for as it is', () => {
		const ada = pupil('Ada Lovelace', fiveB.id, { sen: 'E', disadvantaged: true, eal: true });
		const listed = plan(csvTable('Name,Class\nAda Lovelace,5B\n'), {
			classes: [fiveB],
			pupils: [ada]
		});
		expect(listed.rows[0]).toMatchObject({ action: 'unchanged', changes: [] });
		expect(listed.rows[0].pupil).toMatchObject({ sen: 'E', disadvantaged: true, eal: true });
	});

	it('brings an archived pupil and class back, and says so', () => {
		const archivedClass = schoolClass('5B', { archived: true });
		const ada = pupil('Ada Lovelace', archivedClass.id, { archived: true });
		const listed = plan(csvTable('Name,Class\nAda Lovelace,5B\n'), {
			classes: [archivedClass],
			pupils: [ada]
		});
		expect(listed.rows[0]).toMatchObject({ action: 'update', changes: ['back from the archive'] });
		expect(importChangesAnything(listed)).toBe(true);
	});

	it('rejects a row that cannot say which of two pupils it is', () => {
		const roster = {
			classes: [fiveB],
			pupils: [pupil('Sam Lee', fiveB.id, { id: 'a' }), pupil('Sam Lee', fiveB.id, { id: 'b' })]
		};
		const listed = plan(csvTable('Name,Class\nSam Lee,5B\n'), roster);
		expect(listed.rows[0].reasons).toEqual([
			'2 pupils in 5B are called Sam Lee: add their UPNs to the file to tell them apart.'
		]);
	});

	it('rejects a pupil who is in the file twice', () => {
		const twice = plan(csvTable('Name,Class\nSam Lee,5B\nSam Lee,5B\n'), EMPTY);
		expect(twice.rows[1].reasons).toEqual([
			'Row 2 has the same name in the same class. If it is the same pupil, remove one of the rows; if not, add UPNs to tell them apart.'
		]);
		// Renamed through the UPN on row 2, then listed again under the old name.
		const ada = pupil('Ada Lovelace', fiveB.id, { upn: 'C886234523101' });
		const sameOne = plan(
			csvTable('Name,UPN,Class\nAda King,C886234523101,5B\nAda Lovelace,,5B\n'),
			{ classes: [fiveB], pupils: [ada] }
		);
		expect(sameOne.rows[1].reasons).toEqual(['Row 2 is already Ada Lovelace.']);
	});
});

describe('rows Keep Up cannot import', () => {
	it('are reported with every reason, in plain English', () => {
		const faulty = plan(
			csvTable(
				'Forename,Surname,UPN,Year,Form,SEN,PP,EAL\n' +
					'Ada,Lovelace,C88623452310,Reception,5B,Maybe,Perhaps,Sometimes\n' +
					',,,5,5B,,,\n'
			)
		);
		expect(faulty.rows[0].reasons).toEqual([
			'The UPN C88623452310 is not valid: a UPN must be 13 characters.',
			'“Reception” is not a year group: write it as 5, Y5 or Year 5.',
			'“Maybe” is not a SEN status Keep Up knows: leave it blank, or write N, K (SEN support) or E (EHC plan).',
			'“Perhaps” in the Pupil Premium column is neither yes nor no.',
			'“Sometimes” in the EAL column is neither yes nor no.'
		]);
		expect(faulty.rows[1].reasons).toEqual(['The pupil name is missing.']);
		expect(faulty.counts.rejected).toBe(2);
	});

	it('include a row with no class, and a new class with no year group', () => {
		const listed = plan(csvTable('Name,Class\nAda Lovelace,\nAlan Turing,Oak\n'));
		expect(listed.rows.map((r) => r.reasons)).toEqual([
			['The class is missing.'],
			[
				'Oak is a new class, and the file gives no year group for it. Add a year column, or choose the class’s year.'
			]
		]);
		expect(listed.classes).toEqual([]);
	});
});

describe('a file with no class column', () => {
	const names = csvTable('Name,Year\nAda Lovelace,6\nAlan Turing,6\n');

	it('goes into the class the user chose', () => {
		const oak = schoolClass('Oak', { yearGroup: 6 });
		const listed = plan(names, { classes: [oak], pupils: [] }, { name: 'Oak', yearGroup: 6 });
		expect(listed.classes).toEqual([{ name: 'Oak', yearGroup: 6, existing: oak }]);
		expect(listed.rows.map((r) => r.className)).toEqual(['Oak', 'Oak']);
	});

	it('or into a new class, whose year comes from the file before the choice', () => {
		expect(plan(names, EMPTY, { name: 'Ash', yearGroup: 3 }).classes).toEqual([
			{ name: 'Ash', yearGroup: 6, existing: null }
		]);
		const noYears = csvTable('Name\nAda Lovelace\n');
		expect(plan(noYears, EMPTY, { name: 'Ash', yearGroup: 3 }).classes).toEqual([
			{ name: 'Ash', yearGroup: 3, existing: null }
		]);
	});
});
