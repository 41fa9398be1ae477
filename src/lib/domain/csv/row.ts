import { z } from 'zod';
import { text, YearGroup } from '../model/common';
import { problemsOf } from '../model/problems';
import { UpnSchema } from '../model/roster';
import { isValidUpn, normaliseUpn } from '../upn';
import type { ColumnMapping, ImportField } from './columns';
import { composeName } from './names';
import { EAL_WORDS, parseSen, parseYear, parseYesNo, PUPIL_PREMIUM_WORDS } from './values';

type Reading<T> = { value: T } | { problem: string };

/** A cell as zod reads it: the row is refused with the reading's problem, in plain English. */
function cell<T>(read: (cell: string) => Reading<T>) {
	return z.string().transform((raw, context) => {
		const reading = read(raw.trim());
		if ('value' in reading) return reading.value;
		context.addIssue({ code: 'custom', message: reading.problem });
		return z.NEVER;
	});
}

/** A cell that must be one of the values `parse` knows. */
function known<T>(parse: (cell: string) => T | null, problem: (cell: string) => string) {
	return cell((raw) => {
		const value = parse(raw);
		return value === null ? { problem: problem(raw) } : { value };
	});
}

/** A blank UPN cell is a pupil without a UPN; any other must be a valid UPN. */
const upn = z
	.string()
	.transform((raw) => (raw.trim() === '' ? null : raw))
	.pipe(UpnSchema.nullable());

const yearGroup = cell<number | null>((raw) => {
	if (raw === '') return { value: null };
	const year = parseYear(raw);
	if (year === null)
		return { problem: `“${raw}” is not a year group: write it as 5, Y5 or Year 5.` };
	return YearGroup.safeParse(year).success
		? { value: year }
		: { problem: `Year ${year} is not one of Years 3 to 9, which Keep Up is for.` };
});

/** One row of a class list, read: fields whose column is not in the file are left undefined. */
export const ImportRowSchema = z.object({
	name: text('The pupil name', 80),
	upn,
	yearGroup,
	className: z.string().trim().max(40, 'The class name is longer than 40 characters'),
	sen: known(
		parseSen,
		(raw) =>
			`“${raw}” is not a SEN status Keep Up knows: leave it blank, or write N, K (SEN support) or E (EHC plan).`
	).optional(),
	disadvantaged: known(
		(raw) => parseYesNo(raw, PUPIL_PREMIUM_WORDS),
		(raw) => `“${raw}” in the Pupil Premium column is neither yes nor no.`
	).optional(),
	eal: known(
		(raw) => parseYesNo(raw, EAL_WORDS),
		(raw) => `“${raw}” in the EAL column is neither yes nor no.`
	).optional()
});

export type ImportedPupil = z.output<typeof ImportRowSchema>;

/** A refused row still says its name and valid UPN, so that the preview can show who it was. */
export type RowReading =
	| { ok: true; pupil: ImportedPupil }
	| { ok: false; name: string; upn: string | null; reasons: string[] };

export function readPupilRow(cells: Record<string, string>, mapping: ColumnMapping): RowReading {
	const at = (field: ImportField) => {
		const heading = mapping[field];
		return heading === null ? undefined : (cells[heading] ?? '');
	};
	const name = composeName({
		fullName: at('fullName'),
		firstName: at('firstName'),
		preferredFirstName: at('preferredFirstName'),
		lastName: at('lastName')
	});
	const upnCell = normaliseUpn(at('upn') ?? '');
	const result = ImportRowSchema.safeParse({
		name,
		upn: upnCell,
		yearGroup: at('year') ?? '',
		className: at('className') ?? '',
		sen: at('sen'),
		disadvantaged: at('disadvantaged'),
		eal: at('eal')
	});
	return result.success
		? { ok: true, pupil: result.data }
		: {
				ok: false,
				name,
				upn: isValidUpn(upnCell) ? upnCell : null,
				reasons: problemsOf(result.error)
			};
}
