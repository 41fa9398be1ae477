import { describe, expect, it } from 'vitest';
import { csvTable, pupil, schoolClass } from '$factories/roster';
import { recogniseColumns } from './columns';
import { planImport, type RosterSnapshot } from './plan';
import { importRecords } from './records';

const table = csvTable(
	'Name,UPN,Year,Class,SEN\n' +
		'Ada Lovelace,C886234523101,5,5B,K\n' +
		'Alan Turing,,5,5B,\n' +
		'Grace Hopper,,6,6H,E\n' +
		',,6,6H,\n'
);

function records(roster: RosterSnapshot) {
	const plan = planImport(
		table,
		{ mapping: recogniseColumns(table.headers), chosenClass: null },
		roster
	);
	let n = 0;
	return importRecords(plan, 100, () => `id-${++n}`);
}

describe('the records an import writes', () => {
	it('are new classes and new pupils in them, with defaults for what the file does not say', () => {
		expect(records({ classes: [], pupils: [] })).toEqual({
			classes: [
				schoolClass('5B', { id: 'id-1', updatedAt: 100 }),
				schoolClass('6H', { id: 'id-2', updatedAt: 100 })
			],
			pupils: [
				expect.objectContaining({ id: 'id-3', classId: 'id-1', name: 'Ada Lovelace', sen: 'K' }),
				expect.objectContaining({ id: 'id-4', classId: 'id-1', upn: null, sen: 'none' }),
				expect.objectContaining({ id: 'id-5', classId: 'id-2', name: 'Grace Hopper', sen: 'E' })
			]
		});
	});

	it('change only what differs, keep ids, and restore an archived class', () => {
		const fiveB = schoolClass('5B', { archived: true });
		const sixH = schoolClass('6H');
		const ada = pupil('Ada Lovelace', fiveB.id, { upn: 'C886234523101', sen: 'K' });
		const alan = pupil('Alan Turing', fiveB.id, { sen: 'K', eal: true });
		const grace = pupil('Grace Hopper', sixH.id, { sen: 'E' });
		const written = records({ classes: [fiveB, sixH], pupils: [ada, alan, grace] });
		expect(written.classes).toEqual([{ ...fiveB, archived: false, updatedAt: 100 }]);
		// Ada and Grace are as the file says: they are not written, and keep their updatedAt.
		// The file has no EAL column, so Alan's EAL stays as it was.
		expect(written.pupils).toEqual([{ ...alan, sen: 'none', updatedAt: 100 }]);
	});
});
