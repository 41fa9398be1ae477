import { describe, expect, it } from 'vitest';
import { sampleTable } from '$factories/roster';
import {
	nameColumnProblem,
	NO_FIRST_NAME_COLUMN,
	NO_NAME_COLUMN,
	NO_SURNAME_COLUMN,
	recogniseColumns
} from './columns';

describe('recognising the columns of MIS exports', () => {
	it('reads an Arbor student list', () => {
		expect(recogniseColumns(sampleTable('arbor-5B.csv').headers)).toEqual({
			fullName: 'Student',
			firstName: 'Legal First Name',
			preferredFirstName: 'Preferred First Name',
			lastName: 'Legal Last Name',
			upn: 'UPN',
			year: 'Year',
			className: 'Registration Form',
			sen: 'SEN Status',
			disadvantaged: 'PP Eligible',
			eal: 'EAL'
		});
	});

	it('reads a SIMS list', () => {
		expect(recogniseColumns(sampleTable('sims-4R.csv').headers)).toEqual({
			fullName: null,
			firstName: 'Forename',
			preferredFirstName: null,
			lastName: 'Surname',
			upn: 'UPN',
			year: 'Year',
			className: 'Reg',
			sen: 'SEN Status',
			disadvantaged: 'Pupil Premium Indicator',
			eal: 'EAL'
		});
	});

	it('reads a Bromcom list', () => {
		expect(recogniseColumns(sampleTable('bromcom-8M2.csv').headers)).toEqual({
			fullName: null,
			firstName: 'Legal Forename',
			preferredFirstName: 'Preferred Forename',
			lastName: 'Legal Surname',
			upn: 'UPN',
			year: 'Year Group',
			className: 'Tutor Group',
			sen: 'SEN Need',
			disadvantaged: 'Pupil Premium',
			eal: 'EAL Status'
		});
	});

	it('ignores case, spaces and punctuation, and prefers the preferred surname', () => {
		const mapping = recogniseColumns([
			'LEGAL SURNAME',
			'preferred_surname',
			'forename',
			'yeargroup',
			'Reg. Group',
			'Unique Pupil Number'
		]);
		expect(mapping).toMatchObject({
			lastName: 'preferred_surname',
			firstName: 'forename',
			year: 'yeargroup',
			className: 'Reg. Group',
			upn: 'Unique Pupil Number',
			sen: null
		});
	});

	it('gives each heading to one field only', () => {
		const mapping = recogniseColumns(['Name', 'Class']);
		expect(mapping.fullName).toBe('Name');
		expect(Object.values(mapping).filter((heading) => heading === 'Name')).toHaveLength(1);
	});

	it('says when the pupils cannot be named', () => {
		expect(nameColumnProblem(recogniseColumns(['UPN', 'Year', 'Class']))).toBe(NO_NAME_COLUMN);
		expect(nameColumnProblem(recogniseColumns(['Forename', 'UPN']))).toBe(NO_SURNAME_COLUMN);
		expect(nameColumnProblem(recogniseColumns(['Surname', 'UPN']))).toBe(NO_FIRST_NAME_COLUMN);
		expect(nameColumnProblem(recogniseColumns(['Pupil Name']))).toBeNull();
		expect(nameColumnProblem(recogniseColumns(['Known As', 'Surname']))).toBeNull();
	});
});
