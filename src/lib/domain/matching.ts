/** A class or pupil name as it is matched: "5b" is class 5B, "Ada  Lovelace" is Ada Lovelace. */
export function nameKey(name: string): string {
	return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Letters and digits only, lower case: "Year Group", "year_group" and "YearGroup" read the same. */
export function looseKey(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}
