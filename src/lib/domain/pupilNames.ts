/**
 * The names pupils see of each other on a class tablet: first names only, with a mark (as
 * much of the surname as it takes) where two share a first name. Nothing else about a pupil.
 */

interface Named {
	id: string;
	name: string;
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });
const key = (text: string) => text.toLocaleLowerCase('en-GB');

function partsOf(name: string): { first: string; surname: string } {
	const [first, ...rest] = name.trim().split(/\s+/);
	return { first, surname: rest.join(' ') };
}

/**
 * The fewest letters of a pupil's surname that no other pupil of the same first name shares;
 * just the initial when nothing tells them apart (they are then numbered).
 */
function markOf(surnames: readonly string[], i: number): string {
	const mine = surnames[i];
	for (let letters = 1; letters <= mine.length; letters++) {
		const mark = key(mine.slice(0, letters));
		if (surnames.every((other, j) => j === i || key(other.slice(0, letters)) !== mark)) {
			return mine.slice(0, letters);
		}
	}
	return mine.slice(0, 1);
}

/**
 * Each pupil's first name, and where two share it a mark from the surname ("Amy B.", "Amy
 * Br."); pupils whose whole names are the same are numbered in the order given. Meant to be
 * folded into the roster's own display names, which give the same "first name and mark".
 */
export function firstNamesWithMarks(pupils: readonly Named[]): Map<string, string> {
	const byFirst = new Map<string, Named[]>();
	for (const pupil of pupils) {
		const first = key(partsOf(pupil.name).first);
		byFirst.set(first, [...(byFirst.get(first) ?? []), pupil]);
	}
	const names = new Map<string, string>();
	for (const same of byFirst.values()) {
		if (same.length === 1) {
			names.set(same[0].id, partsOf(same[0].name).first);
			continue;
		}
		const parts = same.map((pupil) => partsOf(pupil.name));
		const surnames = parts.map((part) => part.surname);
		const labels = parts.map(({ first }, i) => {
			const mark = markOf(surnames, i);
			return mark ? `${first} ${mark}.` : first;
		});
		same.forEach((pupil, i) => {
			const twins = labels.filter((label) => key(label) === key(labels[i]));
			const n = labels.slice(0, i).filter((label) => key(label) === key(labels[i])).length + 1;
			names.set(pupil.id, twins.length > 1 ? `${labels[i]} (${n})` : labels[i]);
		});
	}
	return names;
}

/** The pupils as their names show on the tablet, in alphabetical order. */
export function namesForTablet(pupils: readonly Named[]): { pupilId: string; name: string }[] {
	const names = firstNamesWithMarks(pupils);
	return pupils
		.map((pupil) => ({ pupilId: pupil.id, name: names.get(pupil.id) ?? '' }))
		.sort((a, b) => collator.compare(a.name, b.name));
}
