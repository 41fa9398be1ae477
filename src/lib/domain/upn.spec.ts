import { describe, expect, it } from 'vitest';
import { isValidUpn, normaliseUpn, upnCheckLetter, upnProblem } from './upn';

describe('UPN check letter', () => {
	it('accepts the UPNs of a real class list', () => {
		for (const upn of ['C886234523101', 'R886234523102', 'A886234524201', 'U886234520301']) {
			expect(upnProblem(upn)).toBeNull();
		}
	});

	it('computes the letter from positions 2–13 weighted 2–13, mod 23', () => {
		// 8·2+8·3+6·4+2·5+3·6+4·7+5·8+2·9+3·10+1·11+0·12+1·13 = 232; 232 mod 23 = 2 → C
		expect(upnCheckLetter('886234523101')).toBe('C');
	});

	it('reports a wrong check letter', () => {
		expect(upnProblem('A886234522404')).toBe('check-letter');
		expect(isValidUpn('B886234523101')).toBe(false);
	});

	it('accepts a temporary UPN ending in a letter', () => {
		const body = '88623452310A';
		const upn = `${upnCheckLetter(body)}${body}`;
		expect(isValidUpn(upn)).toBe(true);
		expect(normaliseUpn(upn)).toMatch(/[A-Z]$/);
		expect(normaliseUpn('C886234523101')).not.toMatch(/[A-Z]$/);
	});

	it('refuses malformed UPNs', () => {
		expect(upnProblem('C88623452310')).toBe('length');
		expect(upnProblem('C8862345231011')).toBe('length');
		expect(upnProblem('C88623452X101')).toBe('characters');
		expect(upnProblem('I886234523101')).toBe('characters');
		expect(upnProblem('C88623452310I')).toBe('characters');
		expect(upnProblem('')).toBe('length');
	});

	it('trims and upper-cases before checking', () => {
		expect(normaliseUpn(' c886 2345 23101 ')).toBe('C886234523101');
		expect(isValidUpn(' c886234523101 ')).toBe(true);
	});
});
