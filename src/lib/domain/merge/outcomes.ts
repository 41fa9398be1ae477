import type { DayOutcomes } from '../model/outcome';
import { contentOf, laterOf } from './order';

export interface DayOutcomesMerge {
	day: DayOutcomes;
	/** Pupils whose outcome came from the second version (the other device). */
	fromThere: number;
	/** Pupils whose outcome differs and came from the first (this device). */
	fromHere: number;
}

interface Entry {
	checkId: string;
	groupId: string;
	pupilId: string;
	attended: number;
	recheck: number;
	security: number;
	note: string;
	changedAt: number;
}

function entriesOf(day: DayOutcomes): Map<string, Entry> {
	return new Map(
		day.pupilIds.map((pupilId, e) => [
			`${day.checkIds[e]}|${pupilId}`,
			{
				checkId: day.checkIds[e],
				groupId: day.groupIds[e],
				pupilId,
				attended: day.attended[e],
				recheck: day.recheck[e],
				security: day.security[e],
				note: day.notes[e],
				changedAt: day.changedAt[e]
			}
		])
	);
}

const contentOfEntry = (entry: Entry) =>
	contentOf(entry.groupId, entry.attended, entry.recheck, entry.security, entry.note);

/**
 * Two versions of one adult's outcomes of a day (the adult on two tablets, or two tabs),
 * combined pupil by pupil: every pupil either has is kept, each with their latest change. The
 * entries come out in one order, so either device merging gives the same record.
 */
export function mergeDayOutcomes(here: DayOutcomes, there: DayOutcomes): DayOutcomesMerge {
	const ours = entriesOf(here);
	const theirs = entriesOf(there);
	let fromThere = 0;
	let fromHere = 0;
	const keys = [...new Set([...ours.keys(), ...theirs.keys()])].sort();
	const entries = keys.map((key) => {
		const [a, b] = [ours.get(key), theirs.get(key)];
		if (!a || !b) {
			if (b) fromThere++;
			return (a ?? b) as Entry;
		}
		if (contentOfEntry(a) === contentOfEntry(b)) return a.changedAt >= b.changedAt ? a : b;
		const kept = laterOf(a, b, (entry) => entry.changedAt, contentOfEntry);
		if (kept === b) fromThere++;
		else fromHere++;
		return kept;
	});
	const day: DayOutcomes = {
		...here,
		checkIds: entries.map((entry) => entry.checkId),
		groupIds: entries.map((entry) => entry.groupId),
		pupilIds: entries.map((entry) => entry.pupilId),
		attended: Uint8Array.from(entries, (entry) => entry.attended),
		recheck: Uint8Array.from(entries, (entry) => entry.recheck),
		security: Uint8Array.from(entries, (entry) => entry.security),
		notes: entries.map((entry) => entry.note),
		changedAt: Float64Array.from(entries, (entry) => entry.changedAt),
		createdAt: Math.min(here.createdAt, there.createdAt),
		updatedAt: Math.max(here.updatedAt, there.updatedAt),
		deletedAt:
			here.deletedAt === null && there.deletedAt === null
				? null
				: Math.max(here.deletedAt ?? 0, there.deletedAt ?? 0)
	};
	return { day, fromThere, fromHere };
}
