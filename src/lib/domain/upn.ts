/**
 * The DfE Unique Pupil Number: a check letter, then 12 characters (LA number, establishment
 * number, year allocated, serial). A temporary UPN ends in a letter instead of a digit.
 */

/** The 23 letters the DfE uses: A–Z without I, O and S, which look like digits. */
const LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

export type UpnProblem = 'length' | 'characters' | 'check-letter';

export function normaliseUpn(raw: string): string {
	return raw.replace(/\s+/g, '').toUpperCase();
}

/** The check letter for the 12 characters after it, or null when they are malformed. */
export function upnCheckLetter(body: string): string | null {
	if (!/^\d{11}[0-9A-HJ-NP-RT-Z]$/.test(body)) return null;
	let sum = 0;
	for (let i = 0; i < 12; i++) {
		const char = body[i];
		// A temporary UPN's last letter counts as its place in the check alphabet.
		const value = i === 11 && /[A-Z]/.test(char) ? LETTERS.indexOf(char) : Number(char);
		sum += value * (i + 2);
	}
	return LETTERS[sum % 23];
}

export function upnProblem(raw: string): UpnProblem | null {
	const upn = normaliseUpn(raw);
	if (upn.length !== 13) return 'length';
	const expected = upnCheckLetter(upn.slice(1));
	if (expected === null || !LETTERS.includes(upn[0])) return 'characters';
	return upn[0] === expected ? null : 'check-letter';
}

export function isValidUpn(raw: string): boolean {
	return upnProblem(raw) === null;
}

export const UPN_PROBLEM_TEXT: Record<UpnProblem, string> = {
	length: 'a UPN must be 13 characters',
	characters: 'a UPN is a letter, 11 digits and a final digit or letter (no I, O or S)',
	'check-letter': 'the UPN check letter is wrong (mistyped?)'
};
