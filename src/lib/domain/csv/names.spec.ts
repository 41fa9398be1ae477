import { describe, expect, it } from 'vitest';
import { composeName } from './names';

describe('the name a pupil is known by', () => {
	it('is the preferred first name and the surname', () => {
		expect(
			composeName({
				fullName: 'Mohammed Ali',
				firstName: 'Mohammed',
				preferredFirstName: 'Mo',
				lastName: 'Ali'
			})
		).toBe('Mo Ali');
	});

	it('falls back to the legal first name, then to the full name', () => {
		expect(composeName({ firstName: ' Ada ', preferredFirstName: '', lastName: 'Lovelace' })).toBe(
			'Ada Lovelace'
		);
		expect(composeName({ fullName: 'Ada  Lovelace', firstName: '', lastName: '' })).toBe(
			'Ada Lovelace'
		);
	});

	it('turns "Surname, Forename" round', () => {
		expect(composeName({ fullName: 'Lovelace, Ada' })).toBe('Ada Lovelace');
	});

	it('is empty when only a first name is given: that is not enough to tell pupils apart', () => {
		expect(composeName({ fullName: '', preferredFirstName: 'Kai', lastName: '' })).toBe('');
		expect(composeName({})).toBe('');
	});
});
