import { looseKey } from '../matching';
import { YearGroup } from '../model/common';
import type { SenStatus } from '../model/roster';

/** How MIS exports write each SEN status; a blank cell means no SEN. */
const SEN_SPELLINGS: Record<SenStatus, string[]> = {
	none: [
		'',
		'N',
		'No',
		'None',
		'No SEN',
		'Not SEN',
		'No Special Educational Need',
		'No Special Educational Needs'
	],
	K: ['K', 'SEN Support', 'K - SEN Support', 'Support'],
	E: [
		'E',
		'EHC Plan',
		'EHCP',
		'E - EHC Plan',
		'Education, Health and Care Plan',
		'Education Health Care Plan'
	]
};

const SEN_BY_SPELLING = new Map(
	Object.entries(SEN_SPELLINGS).flatMap(([status, spellings]) =>
		spellings.map((spelling) => [looseKey(spelling), status as SenStatus])
	)
);

/** The SEN status a cell means, or null when it is not a spelling Keep Up knows. */
export function parseSen(cell: string): SenStatus | null {
	return SEN_BY_SPELLING.get(looseKey(cell)) ?? null;
}

export interface YesNoWords {
	yes: string[];
	no: string[];
}

const YES = ['Y', 'Yes', 'T', 'True', '1'];
const NO = ['', 'N', 'No', 'F', 'False', '0'];

/**
 * Yes or no as MIS exports write it (Yes/No, Y/N, T/F, True/False, 1/0, blank for no), plus a
 * column's own words: Bromcom's EAL column holds "EAL" or nothing. Null when it is neither.
 */
export function parseYesNo(cell: string, words: YesNoWords = { yes: [], no: [] }): boolean | null {
	const key = looseKey(cell);
	if ([...YES, ...words.yes].some((yes) => looseKey(yes) === key)) return true;
	if ([...NO, ...words.no].some((no) => looseKey(no) === key)) return false;
	return null;
}

export const PUPIL_PREMIUM_WORDS: YesNoWords = {
	yes: ['PP', 'Pupil Premium', 'Eligible'],
	no: ['Not Eligible']
};
export const EAL_WORDS: YesNoWords = { yes: ['EAL'], no: ['Not EAL', 'English'] };

/** The year number in "5", "05", "Y5", "Yr 5", "Year 5" or "NC Year 5"; null otherwise. */
export function parseYear(cell: string): number | null {
	const match = /^(?:nc)?(?:year|yr|y)?(\d{1,2})$/.exec(looseKey(cell));
	return match ? Number(match[1]) : null;
}

/** The year a class name starts with ("5B", "8M2"), when it is one Keep Up is for. */
export function yearFromClassName(name: string): number | null {
	const match = /^\s*(\d{1,2})/.exec(name);
	const year = match ? Number(match[1]) : null;
	return YearGroup.safeParse(year).success ? year : null;
}
