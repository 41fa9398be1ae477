import { nameKey } from './matching';

/** What telling two pupils apart needs: their name and, where the school has it, the UPN. */
export interface NameablePupil {
	id: string;
	name: string;
	upn: string | null;
	classId?: string;
}

/**
 * `full`: the whole name, as staff see it. `first`: the first name only, with as much of the
 * rest as tells two pupils apart ("Ada L." and "Ada M."), for screens that pupils see.
 */
export type NameStyle = 'full' | 'first';

/** The shortest UPN ending that still tells the pupils apart: three characters at least. */
function upnEndings(upns: readonly string[]): string[] {
	for (let length = 3; length < 13; length++) {
		const endings = upns.map((upn) => upn.slice(-length));
		if (new Set(endings).size === endings.length) return endings;
	}
	return [...upns];
}

const byId = (a: NameablePupil, b: NameablePupil) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The mark for each of pupils who share a whole name: the end of their UPN when every one of
 * them has a different UPN, or else a number, in a stable order (by id).
 */
function marks(same: readonly NameablePupil[]): Map<string, string> {
	const upns = same.map((pupil) => pupil.upn);
	if (upns.every((upn) => upn !== null) && new Set(upns).size === upns.length) {
		const endings = upnEndings(upns);
		return new Map(same.map((pupil, i) => [pupil.id, `UPN …${endings[i]}`]));
	}
	return new Map([...same].sort(byId).map((pupil, i) => [pupil.id, String(i + 1)]));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const group = groups.get(k);
		if (group) group.push(item);
		else groups.set(k, [item]);
	}
	return [...groups.values()];
}

/** Whole names: unchanged where unique in the class, with a mark where two pupils share one. */
function fullNames(pupils: readonly NameablePupil[], into: Map<string, string>): void {
	for (const same of groupBy(pupils, (pupil) => nameKey(pupil.name))) {
		if (same.length === 1) {
			into.set(same[0].id, same[0].name.trim());
			continue;
		}
		const mark = marks(same);
		for (const pupil of same) into.set(pupil.id, `${pupil.name.trim()} (${mark.get(pupil.id)})`);
	}
}

function split(name: string): { first: string; rest: string } {
	const [first = '', ...rest] = name.trim().split(/\s+/);
	return { first, rest: rest.join('') };
}

/** The first name, then the fewest letters of the rest that tell different pupils apart. */
function firstNames(pupils: readonly NameablePupil[], into: Map<string, string>): void {
	for (const same of groupBy(pupils, (pupil) => nameKey(split(pupil.name).first))) {
		const parts = same.map((pupil) => split(pupil.name));
		if (same.length === 1) {
			into.set(same[0].id, parts[0].first);
			continue;
		}
		const longest = Math.max(...parts.map((part) => part.rest.length));
		const label = (i: number, length: number) => {
			const { first, rest } = parts[i];
			if (rest === '') return first;
			return rest.length <= length ? `${first} ${rest}` : `${first} ${rest.slice(0, length)}.`;
		};
		let length = 1;
		const differ = () =>
			parts.every((a, i) =>
				parts.every(
					(b, j) =>
						nameKey(a.rest) === nameKey(b.rest) ||
						nameKey(label(i, length)) !== nameKey(label(j, length))
				)
			);
		while (length < longest && !differ()) length++;
		const labels = same.map((_, i) => label(i, length));
		for (const twins of groupBy(
			same.map((pupil, i) => ({ pupil, label: labels[i] })),
			(entry) => nameKey(entry.label)
		)) {
			const mark = twins.length > 1 ? marks(twins.map((twin) => twin.pupil)) : null;
			for (const { pupil, label: shown } of twins) {
				into.set(pupil.id, mark ? `${shown} (${mark.get(pupil.id)})` : shown);
			}
		}
	}
}

/**
 * Each pupil's name as every screen and printout shows it, for the pupils of one class (or of
 * one check): where two share a name, each carries a mark that tells them apart. Deterministic:
 * the same pupils in any order are named the same.
 */
export function pupilNames(
	pupils: readonly NameablePupil[],
	style: NameStyle = 'full'
): Map<string, string> {
	const names = new Map<string, string>();
	if (style === 'full') fullNames(pupils, names);
	else firstNames(pupils, names);
	return names;
}

/** The names of pupils from many classes: a mark is needed only within a class. */
export function pupilNamesByClass(
	pupils: readonly NameablePupil[],
	style: NameStyle = 'full'
): Map<string, string> {
	const names = new Map<string, string>();
	for (const classmates of groupBy(pupils, (pupil) => pupil.classId ?? '')) {
		for (const [id, name] of pupilNames(classmates, style)) names.set(id, name);
	}
	return names;
}

/** A class as its tablet lists it for pupils: first names with their marks, in order. */
export function namesForTablet(
	pupils: readonly NameablePupil[]
): { pupilId: string; name: string }[] {
	const names = pupilNames(pupils, 'first');
	return pupils
		.map((pupil) => ({ pupilId: pupil.id, name: names.get(pupil.id) ?? '' }))
		.sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }));
}
