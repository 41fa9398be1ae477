import type { Check } from './model/check';
import { isAbsentAt, isMarkedAt } from './tickets';

export type CheckState = 'not-marked' | 'marking' | 'marked' | 'grouped';

export const CHECK_STATE_NAMES: Record<CheckState, string> = {
	'not-marked': 'Not marked',
	marking: 'Marking',
	marked: 'Marked',
	grouped: 'Groups built'
};

/** How far marking has got: a present pupil is marked once every question has a mark. */
export function markingProgress(check: Check): { marked: number; present: number } {
	let marked = 0;
	let present = 0;
	for (let p = 0; p < check.pupilIds.length; p++) {
		if (isAbsentAt(check, p)) continue;
		present++;
		if (isMarkedAt(check, p)) marked++;
	}
	return { marked, present };
}

/** Every present pupil is marked: the check's groups follow its flags from now on. */
export function isFullyMarked(check: Check): boolean {
	const { marked, present } = markingProgress(check);
	return marked === present;
}

export function checkState(check: Check, groupCount: number): CheckState {
	if (groupCount > 0) return 'grouped';
	const { marked, present } = markingProgress(check);
	if (marked === 0 && present === check.pupilIds.length) return 'not-marked';
	return marked === present ? 'marked' : 'marking';
}
