import { describe, expect, it } from 'vitest';
import { offers } from './screens';

describe('the screens a role is offered', () => {
	it('offers a teaching assistant their groups and settings, and nothing of a teacher’s', () => {
		const ta = { roles: ['ta', 'adult:ta-1'] };
		expect(offers(ta, '/intervene')).toBe(true);
		expect(offers(ta, '/intervene/cards/ta-1')).toBe(true);
		expect(offers(ta, '/teach')).toBe(false);
		expect(offers(ta, '/teachers')).toBe(false);
		expect(offers(ta, '/')).toBe(true);
	});

	it('offers a teacher who is also the maths lead the screens of both', () => {
		expect(offers({ roles: ['teacher'] }, '/leading')).toBe(false);
		expect(offers({ roles: ['lead'] }, '/leading/coverage')).toBe(true);
		expect(offers({ roles: ['teacher', 'lead'] }, '/leading')).toBe(true);
		expect(offers({ roles: ['teacher', 'lead'] }, '/roster')).toBe(true);
		expect(offers({ roles: [] }, '/review')).toBe(false);
	});
});
