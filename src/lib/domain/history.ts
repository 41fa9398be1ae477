import { byDateThenMade } from './sorting';
import type { PastCheck } from './grouping';
import { primaryNeed } from './grouping';
import type { Check } from './model/check';
import type { OutcomeBook } from './outcomes';
import { isAbsentAt, isFlaggedAt, marksAt } from './tickets';

/** What one check says about one pupil for later checks' repeat and persistent marks. */
export function pastCheckAt(check: Check, p: number, outcomes: OutcomeBook): PastCheck | null {
	if (isAbsentAt(check, p)) return null;
	const flagged = isFlaggedAt(check, p);
	const need = flagged ? check.questions[primaryNeed(marksAt(check, p), check.questions)] : null;
	return {
		date: check.date,
		flaggedIn: need?.keystoneId ?? null,
		open: flagged && !outcomes.isClosed(check.id, check.pupilIds[p])
	};
}

/** Each pupil's earlier checks, oldest first, from the checks given (any order). */
export function historyOf(
	checks: readonly Check[],
	pupilIds: Iterable<string>,
	outcomes: OutcomeBook
): Map<string, PastCheck[]> {
	const wanted = new Set(pupilIds);
	const history = new Map<string, PastCheck[]>([...wanted].map((id) => [id, []]));
	for (const check of [...checks].sort(byDateThenMade)) {
		check.pupilIds.forEach((pupilId, p) => {
			if (!wanted.has(pupilId)) return;
			const past = pastCheckAt(check, p, outcomes);
			if (past) history.get(pupilId)?.push(past);
		});
	}
	return history;
}
