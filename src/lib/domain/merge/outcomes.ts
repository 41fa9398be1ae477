import type { DayOutcomes } from '../model/outcome';
import { entriesOf, entryKey, withEntries, type OutcomeEntry } from '../outcomes';
import { contentOf, deletionOf, laterOf } from './order';

export interface DayOutcomesMerge {
	day: DayOutcomes;
	/** Pupils whose outcome came from the second version (the other device). */
	fromThere: number;
	/** Pupils whose outcome differs and came from the first (this device). */
	fromHere: number;
}

const byKey = (day: DayOutcomes) =>
	new Map(entriesOf(day).map((entry) => [entryKey(entry.checkId, entry.pupilId), entry]));

const contentOfEntry = (entry: OutcomeEntry) =>
	contentOf(entry.groupId, entry.attended, entry.recheck, entry.security, entry.note);

/**
 * Two versions of one adult's outcomes of a day (the adult on two tablets, or two tabs),
 * combined pupil by pupil: every pupil either has is kept, each with their latest change. The
 * entries come out in one order, so either device merging gives the same record.
 */
export function mergeDayOutcomes(here: DayOutcomes, there: DayOutcomes): DayOutcomesMerge {
	const ours = byKey(here);
	const theirs = byKey(there);
	let fromThere = 0;
	let fromHere = 0;
	const keys = [...new Set([...ours.keys(), ...theirs.keys()])].sort();
	const entries = keys.map((key) => {
		const [a, b] = [ours.get(key), theirs.get(key)];
		if (!a || !b) {
			if (b) fromThere++;
			return (a ?? b) as OutcomeEntry;
		}
		if (contentOfEntry(a) === contentOfEntry(b)) return a.changedAt >= b.changedAt ? a : b;
		const kept = laterOf(a, b, (entry) => entry.changedAt, contentOfEntry);
		if (kept === b) fromThere++;
		else fromHere++;
		return kept;
	});
	const day: DayOutcomes = {
		...withEntries(here, entries),
		createdAt: Math.min(here.createdAt, there.createdAt),
		updatedAt: Math.max(here.updatedAt, there.updatedAt),
		deletedAt: deletionOf(here, there)
	};
	return { day, fromThere, fromHere };
}
