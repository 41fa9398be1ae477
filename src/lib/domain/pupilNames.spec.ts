import { describe, expect, it } from 'vitest';
import { namesForTablet, pupilNames, pupilNamesByClass, type NameablePupil } from './pupilNames';

const pupil = (id: string, name: string, upn: string | null = null, classId = '5B') => ({
	id,
	name,
	upn,
	classId
});

const names = (pupils: NameablePupil[], style: 'full' | 'first' = 'full') =>
	Object.fromEntries(pupilNames(pupils, style));

describe('telling pupils apart by name', () => {
	it('leaves a name that only one pupil of the class has as it is', () => {
		expect(names([pupil('a', 'Ada Lovelace'), pupil('b', 'Ben Ng')])).toEqual({
			a: 'Ada Lovelace',
			b: 'Ben Ng'
		});
	});

	it('marks two pupils who share a name with the end of their UPNs', () => {
		expect(
			names([
				pupil('a', 'Ada Lovelace', 'A123456789421'),
				pupil('b', 'ada  lovelace', 'B123456789987'),
				pupil('c', 'Ben Ng')
			])
		).toEqual({ a: 'Ada Lovelace (UPN …421)', b: 'ada  lovelace (UPN …987)', c: 'Ben Ng' });
	});

	it('uses as much of the UPN as it takes when the last three characters are the same', () => {
		expect(
			names([
				pupil('a', 'Ada Lovelace', 'A123456781421'),
				pupil('b', 'Ada Lovelace', 'B123456782421')
			])
		).toEqual({ a: 'Ada Lovelace (UPN …1421)', b: 'Ada Lovelace (UPN …2421)' });
	});

	it('numbers them, in a stable order, when the UPNs cannot tell them apart', () => {
		const twins = [pupil('z', 'Ada Lovelace', 'A123456789421'), pupil('m', 'Ada Lovelace')];
		expect(names(twins)).toEqual({ m: 'Ada Lovelace (1)', z: 'Ada Lovelace (2)' });
		expect(names([...twins].reverse())).toEqual(names(twins));
	});

	it('needs a mark only within a class', () => {
		const across = pupilNamesByClass([
			pupil('a', 'Ada Lovelace', null, '5B'),
			pupil('b', 'Ada Lovelace', null, '6H'),
			pupil('c', 'Ada Lovelace', null, '6H')
		]);
		expect(Object.fromEntries(across)).toEqual({
			a: 'Ada Lovelace',
			b: 'Ada Lovelace (1)',
			c: 'Ada Lovelace (2)'
		});
	});

	describe('first names only, for screens pupils see', () => {
		it('shows the first name alone where it is the only one', () => {
			expect(names([pupil('a', 'Ada Lovelace'), pupil('b', 'Ben Ng')], 'first')).toEqual({
				a: 'Ada',
				b: 'Ben'
			});
		});

		it('adds the initial of the rest of the name where two share a first name', () => {
			expect(
				names([pupil('a', 'Ada Lovelace'), pupil('b', 'Ada Morgan'), pupil('c', 'Ben Ng')], 'first')
			).toEqual({ a: 'Ada L.', b: 'Ada M.', c: 'Ben' });
		});

		it('adds more letters until the names differ', () => {
			expect(
				names([pupil('a', 'Ada Lee'), pupil('b', 'Ada Lewis'), pupil('c', 'Ada')], 'first')
			).toEqual({ a: 'Ada Lee', b: 'Ada Lew.', c: 'Ada' });
		});

		it('adds the mark as well where the whole names are the same', () => {
			expect(
				names(
					[
						pupil('a', 'Ada Lovelace', 'A123456789421'),
						pupil('b', 'Ada Lovelace', 'B123456789987'),
						pupil('c', 'Ada Morgan')
					],
					'first'
				)
			).toEqual({ a: 'Ada L. (UPN …421)', b: 'Ada L. (UPN …987)', c: 'Ada M.' });
		});
	});
});

describe('the class on a pupils’ tablet', () => {
	it('lists first names, with their marks, in alphabetical order', () => {
		const named = (...names: string[]) =>
			names.map((name, i) => ({ id: `p${i + 1}`, name, upn: null }));
		expect(namesForTablet(named('Zac Lee', 'Ava Cole', 'ben Hill', 'Ava Moss'))).toEqual([
			{ pupilId: 'p2', name: 'Ava C.' },
			{ pupilId: 'p4', name: 'Ava M.' },
			{ pupilId: 'p3', name: 'ben' },
			{ pupilId: 'p1', name: 'Zac' }
		]);
	});
});
