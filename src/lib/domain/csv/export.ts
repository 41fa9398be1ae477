import Papa from 'papaparse';
import { SEN_NAMES, type Pupil, type SchoolClass } from '../model/roster';
import { byName } from '../sorting';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/**
 * The roster as a CSV file that Excel opens and Keep Up imports again: one row per pupil,
 * class by class, archived ones marked.
 */
export function rosterCsv(classes: SchoolClass[], pupils: Pupil[]): string {
	const rows = [...classes].sort(byName).flatMap((schoolClass) =>
		pupils
			.filter((pupil) => pupil.classId === schoolClass.id)
			.sort(byName)
			.map((pupil) => ({
				Class: schoolClass.name,
				Year: schoolClass.yearGroup,
				Name: pupil.name,
				UPN: pupil.upn ?? '',
				SEN: SEN_NAMES[pupil.sen],
				Disadvantaged: yesNo(pupil.disadvantaged),
				EAL: yesNo(pupil.eal),
				Archived: yesNo(pupil.archived || schoolClass.archived)
			}))
	);
	const csv = Papa.unparse(rows, {
		columns: ['Class', 'Year', 'Name', 'UPN', 'SEN', 'Disadvantaged', 'EAL', 'Archived'],
		// A cell starting with = + - @ (or a tab or carriage return) is run as a formula when a
		// spreadsheet opens the file: papaparse puts a ' before it so that it stays text
		// (CSV formula injection through a name typed or imported into the roster).
		escapeFormulae: true
	});
	// Excel reads a CSV file as UTF-8 (names such as Zoë) only when it starts with a byte-order mark.
	return `\ufeff${csv}`;
}
