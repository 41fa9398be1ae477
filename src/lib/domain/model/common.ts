import { z } from 'zod';

export const Id = z.string().trim().min(1, 'An id is missing').max(64, 'An id is too long');

/** A calendar day as YYYY-MM-DD, the school's local date. */
export const IsoDate = z.iso.date({ error: 'A date must be a real day written as YYYY-MM-DD' });

/** Milliseconds since 1970: every record carries one, so devices can be merged later. */
export const Timestamp = z.number().int().nonnegative();

/** The years Keep Up is for: Key Stages 2 and 3. */
export const YEAR_GROUPS = [3, 4, 5, 6, 7, 8, 9] as const;

export const YearGroup = z
	.number({ error: 'The year group must be a number from 3 to 9' })
	.int('The year group must be a whole number')
	.min(3, 'The year group must be Year 3 or above')
	.max(9, 'The year group must be Year 9 or below');

export function text(what: string, max = 200) {
	return z
		.string({ error: `${what} is missing` })
		.trim()
		.min(1, `${what} is missing`)
		.max(max, `${what} is longer than ${max} characters`);
}

export function optionalText(what: string, max = 200) {
	return z
		.string()
		.trim()
		.max(max, `${what} is longer than ${max} characters`)
		.transform((value) => (value === '' ? null : value))
		.nullable();
}

function sentence(message: string): string {
	return /[.!?]$/.test(message) ? message : `${message}.`;
}

/** What zod found wrong, as plain-English sentences, each said once. */
export function problemsOf(error: z.ZodError): string[] {
	return [...new Set(error.issues.map((issue) => sentence(issue.message)))];
}
