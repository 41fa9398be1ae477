import type { z } from 'zod';
import { problemsOf, type DescribePath } from '$lib/domain/model/problems';

/** A write refused because the record is not valid: the message is for the user. */
export class ValidationError extends Error {
	override name = 'ValidationError';
	constructor(readonly problems: string[]) {
		super(problems.join(' '));
	}
}

/** Parses with zod or throws a ValidationError with plain-English problems. */
export function validate<S extends z.ZodType>(
	schema: S,
	value: unknown,
	describe?: DescribePath
): z.output<S> {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	throw new ValidationError(problemsOf(result.error, describe));
}
