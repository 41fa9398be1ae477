import type { z } from 'zod';
import type { ZodMiniType } from 'zod/mini';
import { problemsOf, type DescribePath } from '$lib/domain/model/problems';

/** A write refused because the record is not valid: the message is for the user. */
export class ValidationError extends Error {
	override name = 'ValidationError';
	constructor(readonly problems: string[]) {
		super(problems.join(' '));
	}
}

/** Parses with zod (or zod's small build) or throws a ValidationError in plain English. */
export function validate<S extends z.ZodType | ZodMiniType>(
	schema: S,
	value: unknown,
	describe?: DescribePath
): z.output<S> {
	const result = schema.safeParse(value) as z.ZodSafeParseResult<z.output<S>>;
	if (result.success) return result.data;
	throw new ValidationError(problemsOf(result.error, describe));
}

/** The device is out of space: the browser's error, or Dexie's aborted transaction around it. */
function isStorageFull(error: Error): boolean {
	const inner: unknown = 'inner' in error ? error.inner : null;
	return (
		error.name === 'QuotaExceededError' ||
		(inner instanceof Error && inner.name === 'QuotaExceededError')
	);
}

/** What to tell the user when a write fails. */
export function describeError(error: unknown): string {
	if (error instanceof ValidationError) return error.message;
	if (error instanceof Error && isStorageFull(error)) {
		return 'This device is out of storage space, so the change was not saved. Free some space and try again.';
	}
	if (error instanceof Error) return error.message;
	return 'Something went wrong and the change was not saved.';
}
