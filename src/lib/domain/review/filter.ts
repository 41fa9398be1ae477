import { KEYSTONE_IDS, type KeystoneId } from '../keystones';
import type { ReviewFacts } from './facts';

export interface ReviewFilter {
	from: string;
	to: string;
	yearGroup: number | null;
	classId: string | null;
	keystoneId: KeystoneId | null;
}

/** Every check from `from` to `to`: Review opens on the current school year's. */
export function datesFilter(from: string, to: string): ReviewFilter {
	return { from, to, yearGroup: null, classId: null, keystoneId: null };
}

/** The whole of the data that the facts hold. */
export function wholeRange(facts: ReviewFacts): ReviewFilter {
	return datesFilter(facts.checks[0]?.date ?? '', facts.checks.at(-1)?.date ?? '');
}

/** Why a filter cannot be used, in plain English, or null when it can. */
export function filterProblem(filter: ReviewFilter): string | null {
	if (!filter.from || !filter.to) return 'Choose both a start date and an end date.';
	if (filter.to < filter.from) return 'The end date is before the start date.';
	return null;
}

/** What the filter looks at in one check, however the check is stored. */
export interface FilteredCheck {
	date: string;
	/** The year group of the check's class, or null when the class is not on this device. */
	yearGroup: number | null;
	classId: string | null;
	hasKeystone: (id: KeystoneId) => boolean;
}

/** Whether the filter takes in one check: the one rule the charts and the exports share. */
export function takesIn(filter: ReviewFilter, check: FilteredCheck): boolean {
	return (
		check.date >= filter.from &&
		check.date <= filter.to &&
		(filter.yearGroup === null || check.yearGroup === filter.yearGroup) &&
		(filter.classId === null || check.classId === filter.classId) &&
		(filter.keystoneId === null || check.hasKeystone(filter.keystoneId))
	);
}

/** Which checks the filter takes in, one flag per check. */
export function checksInScope(facts: ReviewFacts, filter: ReviewFilter): Uint8Array {
	return Uint8Array.from(facts.checks, (check) =>
		Number(
			takesIn(filter, {
				date: check.date,
				yearGroup: check.classIndex < 0 ? null : check.yearGroup,
				classId: facts.classes[check.classIndex]?.id ?? null,
				hasKeystone: (id) => (check.keystones & (1 << KEYSTONE_IDS.indexOf(id))) !== 0
			})
		)
	);
}
