import {
	assignAdults,
	needMarks,
	planGroups,
	primaryNeed,
	type AssignedGroup,
	type Booking,
	type PastCheck
} from './grouping';
import type { Check } from './model/check';
import type { Group } from './model/group';
import { isFlagged, marksAt } from './tickets';

export interface CheckGroupsInput {
	check: Check;
	maxGroupSize: number;
	/** The adults who run groups, in the order they are offered groups. */
	runners: readonly string[];
	slotIds: readonly string[];
	/** This check's locked groups: kept exactly as they are. */
	kept: readonly Pick<Group, 'adultId' | 'slotId' | 'pupilIds'>[];
	/** Groups of the other checks of the same day: their adults and pupils are busy. */
	elsewhere: readonly Booking[];
	/** Each flagged pupil's earlier checks. */
	history: ReadonlyMap<string, readonly PastCheck[]>;
	/** The first of the last ten school days, for the persistent mark. */
	windowStart: string;
}

export interface PlannedCheckGroup extends AssignedGroup {
	repeat: string[];
	persistent: string[];
}

/**
 * The same-day groups for one check: every flagged pupil not already in a locked group,
 * grouped by need, given an adult and a slot that nobody else has, and marked repeat or
 * persistent from their history.
 */
export function planCheckGroups(input: CheckGroupsInput): PlannedCheckGroup[] {
	const { check } = input;
	const kept = new Set(input.kept.flatMap((group) => group.pupilIds));
	const flagged = check.pupilIds
		.map((pupilId, i) => ({ pupilId, i }))
		.filter(({ pupilId, i }) => !kept.has(pupilId) && isFlagged(check.rule[i], check.overrides[i]))
		.map(({ pupilId, i }) => ({ pupilId, marks: marksAt(check, i) }));
	const planned = planGroups(check.questions, flagged, input.maxGroupSize);
	const assigned = assignAdults(planned, input.runners, input.slotIds, [
		...input.elsewhere,
		...input.kept
	]);
	return assigned.map((group) => {
		const marks = group.pupilIds.map((pupilId) => ({
			pupilId,
			...needMarks(group.keystoneId, input.history.get(pupilId) ?? [], input.windowStart)
		}));
		return {
			...group,
			repeat: marks.filter((m) => m.repeat).map((m) => m.pupilId),
			persistent: marks.filter((m) => m.persistent).map((m) => m.pupilId)
		};
	});
}

/**
 * The number of the question a pupil missed first, when it is not their group's focus (a lone
 * pupil who joined a group of the same keystone): the adult sees what that pupil needs.
 */
export function ownNeedOutsideFocus(
	check: Check,
	pupilId: string,
	focusQuestionId: string
): number | null {
	const i = check.pupilIds.indexOf(pupilId);
	if (i < 0) return null;
	const need = primaryNeed(marksAt(check, i), check.questions);
	return check.questions[need].id === focusQuestionId ? null : need + 1;
}
