import { DayOutcomesSchema } from '$lib/domain/model/outcome';
import {
	dayOutcomesId,
	emptyDayOutcomes,
	withOutcome,
	type OutcomeChange
} from '$lib/domain/outcomes';
import { db } from './database';
import { mustGet } from './records';
import { validate, ValidationError } from './validate';

/**
 * Records part of one pupil's outcome in a group: one tap, one transaction, so that two tabs
 * (or two quick taps) never lose each other's changes. It goes into the record of the adult
 * who runs the group, which nobody else writes: the teacher's check is never touched, and the
 * group is kept as it is from now on because it has met.
 */
export async function recordOutcome(
	groupId: string,
	pupilId: string,
	change: OutcomeChange
): Promise<void> {
	await db.transaction('rw', db.groups, db.outcomes, db.pupils, async () => {
		const group = await mustGet(db.groups, groupId);
		if (!group.pupilIds.includes(pupilId)) {
			const pupil = await db.pupils.get(pupilId);
			throw new ValidationError([`${pupil?.name ?? 'That pupil'} is not in this group.`]);
		}
		if (group.adultId === null) {
			throw new ValidationError([
				'This group has no adult yet: give it to an adult before recording its outcomes.'
			]);
		}
		const now = Date.now();
		const day =
			(await db.outcomes.get(dayOutcomesId(group.date, group.adultId))) ??
			emptyDayOutcomes(group.date, group.adultId, now);
		const next = withOutcome(
			day,
			{ checkId: group.checkId, groupId: group.id, pupilId },
			change,
			now
		);
		await db.outcomes.put(validate(DayOutcomesSchema, next));
	});
}
