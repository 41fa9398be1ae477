import { PERSISTENT_FLAGS, PERSISTENT_WINDOW_DAYS } from '../grouping';
import { KEYSTONE_IDS, type KeystoneId } from '../keystones';
import { CLOSED, FLAGGED, NO_KEYSTONE, type ReviewFacts } from './facts';
import { checksInScope, type ReviewFilter } from './filter';

export interface PersistentFlag {
	date: string;
	title: string;
	closed: boolean;
}

export interface PersistentNeed {
	pupilId: string;
	name: string;
	keystoneId: KeystoneId;
	/** The most flags in this keystone within any ten school days. */
	mostInTenDays: number;
	/** Every flag in this keystone in the filter's range, oldest first. */
	flags: PersistentFlag[];
}

/**
 * Pupils flagged three or more times in one keystone within ten school days: a sign that
 * keeping up is not enough and longer-term support is needed.
 */
export function persistentNeeds(facts: ReviewFacts, filter: ReviewFilter): PersistentNeed[] {
	const inScope = checksInScope(facts, filter);
	const byPupilKeystone = new Map<number, number[]>();
	for (let f = 0; f < facts.count; f++) {
		if ((facts.status[f] & FLAGGED) === 0 || inScope[facts.check[f]] === 0) continue;
		const keystone = facts.keystone[f];
		if (keystone === NO_KEYSTONE) continue;
		const key = facts.pupil[f] * KEYSTONE_IDS.length + keystone;
		const list = byPupilKeystone.get(key);
		if (list) list.push(f);
		else byPupilKeystone.set(key, [f]);
	}
	const needs: PersistentNeed[] = [];
	for (const [key, flags] of byPupilKeystone) {
		if (flags.length < PERSISTENT_FLAGS) continue;
		const days = flags.map((f) => facts.checks[facts.check[f]].day);
		let most = 0;
		let start = 0;
		for (let end = 0; end < days.length; end++) {
			while (days[end] - days[start] >= PERSISTENT_WINDOW_DAYS) start++;
			most = Math.max(most, end - start + 1);
		}
		if (most < PERSISTENT_FLAGS) continue;
		const pupil = facts.pupils[Math.floor(key / KEYSTONE_IDS.length)];
		needs.push({
			pupilId: pupil.id,
			name: pupil.name,
			keystoneId: KEYSTONE_IDS[key % KEYSTONE_IDS.length],
			mostInTenDays: most,
			flags: flags.map((f) => {
				const check = facts.checks[facts.check[f]];
				return { date: check.date, title: check.title, closed: (facts.status[f] & CLOSED) !== 0 };
			})
		});
	}
	return needs.sort(
		(a, b) => b.mostInTenDays - a.mostInTenDays || a.name.localeCompare(b.name, 'en-GB')
	);
}
