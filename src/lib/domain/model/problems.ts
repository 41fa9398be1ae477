import type { core } from 'zod';

/** Names the record or field at a path of a zod issue ("Slot 2"), or null to name nothing. */
export type DescribePath = (path: readonly PropertyKey[]) => string | null;

function sentence(message: string): string {
	return /[.!?]$/.test(message) ? message : `${message}.`;
}

/** zod's issues as plain-English sentences for the user, each said once. */
export function problemsOf(error: core.$ZodError, describe?: DescribePath): string[] {
	const problems = error.issues.map((issue) => {
		const where = describe?.(issue.path);
		return where ? `${where}: ${sentence(issue.message)}` : sentence(issue.message);
	});
	return [...new Set(problems)];
}
