import type { PupilAnswers } from '$lib/domain/model/answers';
import { pupilAnswersId } from '$lib/domain/model/answers';
import type { Question } from '$lib/domain/model/check';
import { isLive } from '$lib/domain/tombstones';
import { isAnsweredOnTablet } from '$lib/domain/model/questions';
import { namesForTablet } from '$lib/domain/pupilNames';
import { db } from '../database';

/**
 * What the pupil screen shows of a check: its title, the questions the pupils answer, and the
 * class's first names. Nothing else about any pupil leaves this query.
 */
export interface PupilScreen {
	checkId: string;
	title: string;
	questions: Question[];
	names: { pupilId: string; name: string }[];
	/** The answers given on this tablet so far, to carry on after a closed tab. */
	mine: PupilAnswers | null;
}

/**
 * Every tablet's record of the pupils' answers to a check, tombstones too (within the caller's
 * transaction): found by their ids, which begin with the check's, with no index of their own.
 */
export async function answersToCheck(checkId: string): Promise<PupilAnswers[]> {
	const records = await db.answers.where('id').startsWith(pupilAnswersId(checkId, '')).toArray();
	// A check whose id is this one's with more after it would share the beginning.
	return records.filter((record) => record.checkId === checkId);
}

export async function pupilScreen(checkId: string, deviceId: string): Promise<PupilScreen | null> {
	const check = await db.checks.get(checkId);
	if (!check || !isLive(check)) return null;
	const [pupils, mine] = await Promise.all([
		db.pupils.bulkGet(check.pupilIds),
		db.answers.get(pupilAnswersId(check.id, deviceId))
	]);
	return {
		checkId: check.id,
		title: check.title,
		questions: check.questions.filter(isAnsweredOnTablet),
		names: namesForTablet(pupils.flatMap((pupil) => pupil ?? [])),
		mine: mine && isLive(mine) ? mine : null
	};
}
