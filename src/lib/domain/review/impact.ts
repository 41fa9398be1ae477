import { ATTENDED_GROUP, FLAGGED, NO_KEYSTONE, PRESENT, type ReviewFacts } from './facts';
import { checksInScope, type ReviewFilter } from './filter';

export interface ImpactSide {
	/** Flags in the filter's scope. */
	flags: number;
	/** Of those, flags whose pupil had a later check that tested the same keystone. */
	followed: number;
	/** Of those, flags whose pupil got every question of that keystone right next time. */
	secureNext: number;
	/** Different pupils behind the followed flags. */
	pupils: number;
}

export interface Impact {
	attended: ImpactSide;
	notAttended: ImpactSide;
}

/**
 * Does same-day intervention work? For each flag, the pupil's next check that tested the same
 * keystone: were they secure in it, for those who came to a group and those who did not. With
 * `confidence` (a CONFIDENCE code), only the flags whose pupil said they were that sure of the
 * answer to their primary need count: 0 for those who did not say (marked on paper).
 */
export function computeImpact(
	facts: ReviewFacts,
	filter: ReviewFilter,
	confidence: number | null = null
): Impact {
	const inScope = checksInScope(facts, filter);
	const side = (): ImpactSide => ({ flags: 0, followed: 0, secureNext: 0, pupils: 0 });
	const result: Impact = { attended: side(), notAttended: side() };
	const seen = { attended: new Set<number>(), notAttended: new Set<number>() };
	for (let f = 0; f < facts.count; f++) {
		if ((facts.status[f] & FLAGGED) === 0 || inScope[facts.check[f]] === 0) continue;
		if (confidence !== null && facts.confidence[f] !== confidence) continue;
		const keystone = facts.keystone[f];
		if (keystone === NO_KEYSTONE) continue;
		const which = facts.status[f] & ATTENDED_GROUP ? 'attended' : 'notAttended';
		const tally = result[which];
		tally.flags++;
		const bit = 1 << keystone;
		let next = facts.next[f];
		while (next >= 0) {
			const tested = (facts.checks[facts.check[next]].keystones & bit) !== 0;
			if (tested && (facts.status[next] & PRESENT) !== 0) break;
			next = facts.next[next];
		}
		if (next < 0) continue;
		tally.followed++;
		seen[which].add(facts.pupil[f]);
		if ((facts.secure[next] & bit) !== 0) tally.secureNext++;
	}
	result.attended.pupils = seen.attended.size;
	result.notAttended.pupils = seen.notAttended.size;
	return result;
}
