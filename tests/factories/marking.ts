import type { Override } from '$lib/domain/codes';
import { changeCheck, followFlags } from '$lib/db/marking';
import type { MarkingStep } from '$lib/domain/marking';
import {
	withAbsent,
	withEveryoneCorrect,
	withMark,
	withNextMark,
	withOverride
} from '$lib/domain/marking';

// The marking screen's changes, made in the database as the screen makes them: the tap, then
// the groups following it.

async function change(checkId: string, step: MarkingStep) {
	const { check, regroup } = await changeCheck(checkId, step);
	if (regroup) await followFlags();
	return check;
}

export function setMark(checkId: string, pupilId: string, questionId: string, code: number) {
	return change(checkId, (check, now) => withMark(check, pupilId, questionId, code, now));
}

export function cycleMark(checkId: string, pupilId: string, questionId: string) {
	return change(checkId, (check, now) => withNextMark(check, pupilId, questionId, now));
}

export function markEveryoneCorrect(checkId: string) {
	return change(checkId, withEveryoneCorrect);
}

export function setAbsent(checkId: string, pupilId: string, absent: boolean) {
	return change(checkId, (check, now) => withAbsent(check, pupilId, absent, now));
}

export function setOverride(
	checkId: string,
	pupilId: string,
	override: Override,
	reason: string | null
) {
	return change(checkId, (check, now) => withOverride(check, pupilId, override, reason, now));
}
