export interface NameCells {
	fullName?: string;
	firstName?: string;
	preferredFirstName?: string;
	lastName?: string;
}

const tidy = (cell: string | undefined) => (cell ?? '').replace(/\s+/g, ' ').trim();

/**
 * The name the class knows a pupil by: the preferred first name (else the legal one) and the
 * surname when the file has them, else its full-name column. An empty string when neither
 * gives a name: a first name alone is not enough to tell pupils apart.
 */
export function composeName(cells: NameCells): string {
	const firstName = tidy(cells.preferredFirstName) || tidy(cells.firstName);
	const lastName = tidy(cells.lastName);
	if (firstName && lastName) return `${firstName} ${lastName}`;
	return fromFullName(tidy(cells.fullName));
}

/** SIMS reports often write a full name as "Surname, Forename". */
function fromFullName(fullName: string): string {
	const comma = fullName.indexOf(',');
	if (comma < 0) return fullName;
	const surname = fullName.slice(0, comma).trim();
	const forename = fullName.slice(comma + 1).trim();
	return [forename, surname].filter(Boolean).join(' ');
}
