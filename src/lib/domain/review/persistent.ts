import { PERSISTENT_FLAGS, PERSISTENT_WINDOW_DAYS } from '../grouping';
import { KEYSTONE_IDS, type KeystoneId } from '../keystones';
import { CLOSED, FLAGGED, NO_KEYSTONE, type ReviewFacts } from './facts';
import { checksInScope, type ReviewFilter } from './filter';

export interface PersistentFlag {
	date: string;
	title: string;
	closed: boolean;
}

/** One keystone area in which a pupil keeps being flagged. */
export interface PersistentArea {
	keystoneId: KeystoneId;
	/** The most flags in this keystone within any ten school days. */
	mostInTenDays: number;
	/** Every flag in this keystone in the filter's range, oldest first. */
	flags: PersistentFlag[];
}

/** One pupil with a persistent need, in one or more areas: each pupil is counted once. */
export interface PersistentNeed {
	pupilId: string;
	/** The name as shown, with a mark where two pupils of a class share it. */
	name: string;
	/** The pupil's class now, or null when they are in none on this device. */
	className: string | null;
	/** The areas of the need, the most flagged first. */
	areas: PersistentArea[];
	/** The most flags in any one of those areas within ten school days. */
	mostInTenDays: number;
}

/** The most of the (sorted) school days that fall within any ten school days. */
function mostInWindow(days: readonly number[]): number {
	let most = 0;
	let start = 0;
	for (let end = 0; end < days.length; end++) {
		while (days[end] - days[start] >= PERSISTENT_WINDOW_DAYS) start++;
		most = Math.max(most, end - start + 1);
	}
	return most;
}

/**
 * Pupils flagged three or more times in one keystone within ten school days: a sign that
 * keeping up is not enough and longer-term support is needed. One entry per pupil, with every
 * area in which that is so.
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
	const byPupil = new Map<number, PersistentArea[]>();
	for (const [key, flags] of byPupilKeystone) {
		if (flags.length < PERSISTENT_FLAGS) continue;
		const most = mostInWindow(flags.map((f) => facts.checks[facts.check[f]].day));
		if (most < PERSISTENT_FLAGS) continue;
		const pupil = Math.floor(key / KEYSTONE_IDS.length);
		const area: PersistentArea = {
			keystoneId: KEYSTONE_IDS[key % KEYSTONE_IDS.length],
			mostInTenDays: most,
			flags: flags.map((f) => {
				const check = facts.checks[facts.check[f]];
				return { date: check.date, title: check.title, closed: (facts.status[f] & CLOSED) !== 0 };
			})
		};
		byPupil.set(pupil, [...(byPupil.get(pupil) ?? []), area]);
	}
	const classNames = new Map(
		facts.classes.map((schoolClass) => [schoolClass.id, schoolClass.name])
	);
	return [...byPupil]
		.map(([p, areas]): PersistentNeed => {
			const pupil = facts.pupils[p];
			const sorted = areas.sort(
				(a, b) =>
					b.mostInTenDays - a.mostInTenDays ||
					KEYSTONE_IDS.indexOf(a.keystoneId) - KEYSTONE_IDS.indexOf(b.keystoneId)
			);
			return {
				pupilId: pupil.id,
				name: pupil.name,
				className: pupil.classId === null ? null : (classNames.get(pupil.classId) ?? null),
				areas: sorted,
				mostInTenDays: sorted[0].mostInTenDays
			};
		})
		.sort((a, b) => b.mostInTenDays - a.mostInTenDays || a.name.localeCompare(b.name, 'en-GB'));
}
