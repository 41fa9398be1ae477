import { looseKey } from '../matching';

/** What Keep Up can take from a class list, in the order the mapping step shows them. */
export const IMPORT_FIELDS = [
	'fullName',
	'firstName',
	'preferredFirstName',
	'lastName',
	'upn',
	'year',
	'className',
	'sen',
	'disadvantaged',
	'eal'
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The file's column heading for each field, or null when the file has no such column. */
export type ColumnMapping = Record<ImportField, string | null>;

export const FIELD_NAMES: Record<ImportField, string> = {
	fullName: 'Full name',
	firstName: 'First name',
	preferredFirstName: 'Preferred first name',
	lastName: 'Surname',
	upn: 'UPN',
	year: 'Year group',
	className: 'Class (registration or tutor group)',
	sen: 'SEN status',
	disadvantaged: 'Disadvantaged (Pupil Premium)',
	eal: 'EAL'
};

/**
 * Column headings of Arbor, SIMS and Bromcom class-list exports, and common spreadsheet
 * headings, best first: where a file has both a preferred and a legal surname, the preferred
 * one is the name the class knows. Matched without regard to case, spaces or punctuation.
 */
const KNOWN_HEADINGS: Record<ImportField, string[]> = {
	fullName: [
		'Preferred Full Name',
		'Student',
		'Student Name',
		'Pupil',
		'Pupil Name',
		'Name',
		'Full Name',
		'Legal Full Name',
		'Legal Name'
	],
	firstName: [
		'Legal First Name',
		'Legal Forename',
		'First Name',
		'Forename',
		'Forenames',
		'Given Name'
	],
	preferredFirstName: [
		'Preferred First Name',
		'Preferred Forename',
		'Chosen First Name',
		'Chosen Forename',
		'Known As'
	],
	lastName: [
		'Preferred Last Name',
		'Preferred Surname',
		'Chosen Surname',
		'Legal Last Name',
		'Legal Surname',
		'Last Name',
		'Surname',
		'Family Name'
	],
	upn: ['UPN', 'Unique Pupil Number', 'Pupil UPN', 'Student UPN'],
	year: [
		'Year',
		'Year Group',
		'NC Year',
		'National Curriculum Year',
		'Curriculum Year',
		'Year Grp',
		'Yr'
	],
	className: [
		'Registration Form',
		'Registration Group',
		'Reg Form',
		'Reg Group',
		'Reg',
		'Form',
		'Form Group',
		'Tutor Group',
		'Class',
		'Class Name'
	],
	sen: ['SEN Status', 'SEN', 'SEN Need', 'SEN Provision', 'SEN Stage', 'SEND Status', 'SEND'],
	disadvantaged: [
		'PP Eligible',
		'Pupil Premium',
		'Pupil Premium Indicator',
		'Pupil Premium Eligible',
		'PP',
		'PP Indicator',
		'PP Status',
		'Disadvantaged'
	],
	eal: ['EAL', 'EAL Status', 'EAL Indicator', 'English as an Additional Language']
};

/** The mapping Keep Up proposes for a file's headings; each heading serves one field at most. */
export function recogniseColumns(headers: string[]): ColumnMapping {
	const used = new Set<string>();
	const mapping = {} as ColumnMapping;
	for (const field of IMPORT_FIELDS) {
		const heading = KNOWN_HEADINGS[field]
			.map(looseKey)
			.map((known) => headers.find((header) => !used.has(header) && looseKey(header) === known))
			.find((header) => header !== undefined);
		mapping[field] = heading ?? null;
		if (heading) used.add(heading);
	}
	return mapping;
}

export const NO_NAME_COLUMN =
	'Keep Up cannot find the pupils’ names in this file. Choose the column with their full names, or the columns with their first names and surnames. If the file has no names, export the class list again with them.';
export const NO_SURNAME_COLUMN =
	'Choose the column with the pupils’ surnames too: first names alone do not tell pupils apart.';
export const NO_FIRST_NAME_COLUMN = 'Choose the column with the pupils’ first names too.';

/** Why a mapping cannot give every pupil a name, or null when it can. */
export function nameColumnProblem(mapping: ColumnMapping): string | null {
	if (mapping.fullName) return null;
	const firstName = mapping.preferredFirstName ?? mapping.firstName;
	if (firstName && mapping.lastName) return null;
	if (firstName) return NO_SURNAME_COLUMN;
	return mapping.lastName ? NO_FIRST_NAME_COLUMN : NO_NAME_COLUMN;
}
