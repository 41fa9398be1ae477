import type { PastCheck } from './grouping';
import { primaryNeed } from './grouping';
import type { Check } from './model/check';
import { isClosedCode } from './outcomes';
import { isFlagged, marksAt } from './tickets';

/** What one check says about one pupil for later checks' repeat and persistent marks. */
export function pastCheckAt(check: Check, index: number): PastCheck | null {
	if (check.absent[index] === 1) return null;
	const flagged = isFlagged(check.rule[index], check.overrides[index]);
	const need = flagged
		? check.questions[primaryNeed(marksAt(check, index), check.questions)]
		: null;
	return {
		date: check.date,
		flaggedIn: need?.keystoneId ?? null,
		open: flagged && !isClosedCode(check.recheck[index], check.security[index])
	};
}

/** Each pupil's earlier checks, oldest first, from the checks given (any order). */
export function historyOf(
	checks: readonly Check[],
	pupilIds: Iterable<string>
): Map<string, PastCheck[]> {
	const wanted = new Set(pupilIds);
	const history = new Map<string, PastCheck[]>([...wanted].map((id) => [id, []]));
	const ordered = [...checks].sort((a, b) =>
		a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt - b.createdAt
	);
	for (const check of ordered) {
		check.pupilIds.forEach((pupilId, i) => {
			if (!wanted.has(pupilId)) return;
			const past = pastCheckAt(check, i);
			if (past) history.get(pupilId)?.push(past);
		});
	}
	return history;
}
