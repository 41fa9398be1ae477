import { describe, expect, it } from 'vitest';
import { firstNamesWithMarks, namesForTablet } from './pupilNames';

const named = (...names: string[]) => names.map((name, i) => ({ id: `p${i + 1}`, name }));

describe('pupils’ names on a class tablet', () => {
	it('are first names only where no one shares one', () => {
		expect([...firstNamesWithMarks(named('Ada Brown', 'Ben Adams')).values()]).toEqual([
			'Ada',
			'Ben'
		]);
	});

	it('add as much of the surname as tells two of the same first name apart', () => {
		const names = firstNamesWithMarks(
			named('Amy Brown', 'Amy Patel', 'Sam Brown', 'Sam Brady', 'amy Bryce')
		);
		expect(names.get('p1')).toBe('Amy Bro.');
		expect(names.get('p2')).toBe('Amy P.');
		expect(names.get('p5')).toBe('amy Bry.');
		expect(names.get('p3')).toBe('Sam Bro.');
		expect(names.get('p4')).toBe('Sam Bra.');
	});

	it('number pupils whose whole names are the same', () => {
		expect([...firstNamesWithMarks(named('Leo Khan', 'Leo Khan', 'Leo')).values()]).toEqual([
			'Leo K. (1)',
			'Leo K. (2)',
			'Leo'
		]);
	});

	it('list the class in alphabetical order', () => {
		expect(namesForTablet(named('Zac Lee', 'Ava Cole', 'ben Hill'))).toEqual([
			{ pupilId: 'p2', name: 'Ava' },
			{ pupilId: 'p3', name: 'ben' },
			{ pupilId: 'p1', name: 'Zac' }
		]);
	});
});
