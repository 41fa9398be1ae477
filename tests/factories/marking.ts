import type { Override } from '$lib/domain/codes';
import { changeCheck } from '$lib/db/marking';
import {
	withAbsent,
	withEveryoneCorrect,
	withMark,
	withNextMark,
	withOverride
} from '$lib/domain/marking';

// The marking screen's changes, made in the database as the screen makes them.

export function setMark(checkId: string, pupilId: string, questionId: string, code: number) {
	return changeCheck(checkId, (check, now) => withMark(check, pupilId, questionId, code, now));
}

export function cycleMark(checkId: string, pupilId: string, questionId: string) {
	return changeCheck(checkId, (check, now) => withNextMark(check, pupilId, questionId, now));
}

export function markEveryoneCorrect(checkId: string) {
	return changeCheck(checkId, withEveryoneCorrect);
}

export function setAbsent(checkId: string, pupilId: string, absent: boolean) {
	return changeCheck(checkId, (check, now) => withAbsent(check, pupilId, absent, now));
}

export function setOverride(
	checkId: string,
	pupilId: string,
	override: Override,
	reason: string | null
) {
	return changeCheck(checkId, (check, now) => withOverride(check, pupilId, override, reason, now));
}
