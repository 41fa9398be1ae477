import { z } from 'zod';

export const Id = z.string().trim().min(1, 'An id is missing').max(120, 'An id is too long');

/** A calendar day as YYYY-MM-DD, the school's local date. */
export const IsoDate = z.iso.date({ error: 'A date must be a real day written as YYYY-MM-DD' });

/** Milliseconds since 1970: every record carries one, so devices can be merged later. */
export const Timestamp = z.number().int().nonnegative();

/**
 * When a record was deleted, or null. A deleted record stays as a tombstone, so that the
 * deletion reaches every other device by merge or sync; every reader skips tombstones.
 */
export const DeletedAt = Timestamp.nullable();

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

const EXPECTED: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a set of fields',
	record: 'a set of fields'
};

// Plain English for the checks that carry no message of their own, such as the type of a field
// in a damaged backup file: every message the user sees is a sentence. And no eval: Keep Up's
// content security policy forbids it, and zod's fast path (even its probe for it, which the
// browser reports as a violation) compiles parsers with `new Function`. Every schema module
// imports this one, so it is set before anything is parsed.
z.config({
	jitless: true,
	customError: (issue) => {
		if (issue.code !== 'invalid_type' && issue.code !== 'invalid_value') return undefined;
		const field = issue.path?.at(-1);
		const what = typeof field === 'string' ? `“${field}”` : 'A value';
		if (issue.input === undefined) return `${what} is missing`;
		if (issue.code === 'invalid_value') return `${what} is not a value Keep Up knows`;
		return `${what} should be ${EXPECTED[issue.expected] ?? issue.expected}`;
	}
});
