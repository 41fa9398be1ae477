import {
	assignAdults,
	needMarks,
	planGroups,
	primaryNeed,
	type AssignedGroup,
	type Booking,
	type FlaggedTicket,
	type PastCheck,
	type Placement
} from './grouping';
import { MARKS } from './codes';
import type { Check } from './model/check';
import { groupId, type Group } from './model/group';
import { misconceptionOf } from './model/questions';
import { isFullyMarked } from './progress';
import {
	choicesAt,
	confidenceAt,
	hasPupilAnswers,
	isFlaggedAt,
	marksAt,
	pupilIndex
} from './tickets';

export interface CheckGroupsInput {
	check: Check;
	maxGroupSize: number;
	/** The adults who run groups, in the order they are offered groups. */
	runners: readonly string[];
	slotIds: readonly string[];
	/** This check's groups that stay exactly as they are: locked, or with outcomes recorded. */
	kept: readonly Pick<Group, 'id' | 'adultId' | 'slotId' | 'pupilIds'>[];
	/** Where this check's other groups met before: a group made again keeps its place. */
	before: readonly Pick<Group, 'id' | 'adultId' | 'slotId'>[];
	/** Groups of the other checks of the same day: their adults and pupils are busy. */
	elsewhere: readonly Booking[];
	/** Each flagged pupil's earlier checks. */
	history: ReadonlyMap<string, readonly PastCheck[]>;
	/** The first of the last ten school days, for the persistent mark. */
	windowStart: string;
}

export interface PlannedCheckGroup extends AssignedGroup {
	id: string;
	repeat: string[];
	persistent: string[];
}

/** Each group's id from its need and its place among the groups of that need. */
function idsOf(
	checkId: string,
	groups: readonly { questionId: string; misconception?: string }[],
	taken: ReadonlySet<string>
): string[] {
	const places = new Map<string, number>();
	return groups.map(({ questionId, misconception }) => {
		const need = groupId(checkId, questionId, 0, misconception ?? null);
		let place = places.get(need) ?? 0;
		let id: string;
		do id = groupId(checkId, questionId, ++place, misconception ?? null);
		while (taken.has(id));
		places.set(need, place);
		return id;
	});
}

/** A flagged pupil's ticket for grouping, with what they chose and how sure they were. */
export function flaggedTicketAt(check: Check, p: number): FlaggedTicket {
	const ticket: FlaggedTicket = { pupilId: check.pupilIds[p], marks: marksAt(check, p) };
	if (!hasPupilAnswers(check)) return ticket;
	const choices = choicesAt(check, p);
	// A wrong answer the teacher has since marked right reveals nothing to group by.
	return {
		...ticket,
		misconceptions: check.questions.map((question, q) =>
			ticket.marks[q] === MARKS.code.correct ? null : misconceptionOf(question, choices[q])
		),
		confidence: confidenceAt(check, p)
	};
}

/**
 * The same-day groups for one check: every flagged pupil not already in a kept group,
 * grouped by need, given an adult and a slot that nobody else has, and marked repeat or
 * persistent from their history. Each group's id is made from what it is, so the same marks
 * give the same groups with the same ids, on any device.
 */
export function planCheckGroups(input: CheckGroupsInput): PlannedCheckGroup[] {
	const { check } = input;
	const kept = new Set(input.kept.flatMap((group) => group.pupilIds));
	const flagged = check.pupilIds
		.map((pupilId, p) => ({ pupilId, p }))
		.filter(({ pupilId, p }) => !kept.has(pupilId) && isFlaggedAt(check, p))
		.map(({ p }) => flaggedTicketAt(check, p));
	const planned = planGroups(check.questions, flagged, input.maxGroupSize);
	const ids = idsOf(check.id, planned, new Set(input.kept.map((group) => group.id)));
	const placements = new Map<string, Placement>(input.before.map((group) => [group.id, group]));
	const assigned = assignAdults(
		planned,
		input.runners,
		input.slotIds,
		[...input.elsewhere, ...input.kept],
		ids.map((id) => placements.get(id))
	);
	return assigned.map((group, g) => {
		const marks = group.pupilIds.map((pupilId) => ({
			pupilId,
			...needMarks(group.keystoneId, input.history.get(pupilId) ?? [], input.windowStart)
		}));
		return {
			...group,
			id: ids[g],
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
	const p = pupilIndex(check, pupilId);
	if (p < 0) return null;
	const need = primaryNeed(marksAt(check, p), check.questions);
	return check.questions[need].id === focusQuestionId ? null : need + 1;
}

function sameList(a: ArrayLike<unknown> | undefined, b: ArrayLike<unknown> | undefined): boolean {
	if (a === undefined || b === undefined) return a === b;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

function sameTicket(a: FlaggedTicket, b: FlaggedTicket): boolean {
	return (
		a.pupilId === b.pupilId &&
		sameList(a.marks, b.marks) &&
		sameList(a.misconceptions, b.misconceptions) &&
		sameList(a.confidence, b.confidence)
	);
}

/**
 * Whether a change to a check can change its groups. They are made once every present pupil
 * is marked, from the flagged pupils' tickets alone (with what is stored elsewhere, which a
 * change to the check leaves alone): so a change that leaves who is flagged, and what their
 * tickets say, as they were (a mark of a pupil flagged neither before nor after) leaves the
 * groups as they are, and the class's history need not be read again for it.
 */
export function changesGroups(before: Check, after: Check): boolean {
	if (!isFullyMarked(after)) return false;
	if (!isFullyMarked(before)) return true;
	if (!sameList(before.pupilIds, after.pupilIds)) return true;
	if (JSON.stringify(before.questions) !== JSON.stringify(after.questions)) return true;
	for (let p = 0; p < after.pupilIds.length; p++) {
		const flagged = isFlaggedAt(after, p);
		if (flagged !== isFlaggedAt(before, p)) return true;
		if (flagged && !sameTicket(flaggedTicketAt(before, p), flaggedTicketAt(after, p))) return true;
	}
	return false;
}

function unchanged(stored: Group, planned: PlannedCheckGroup): boolean {
	return (
		stored.deletedAt === null &&
		!stored.locked &&
		stored.keystoneId === planned.keystoneId &&
		stored.questionId === planned.questionId &&
		stored.misconception === (planned.misconception ?? null) &&
		stored.adultId === planned.adultId &&
		stored.slotId === planned.slotId &&
		sameList(stored.pupilIds, planned.pupilIds) &&
		sameList(stored.repeat, planned.repeat) &&
		sameList(stored.persistent, planned.persistent)
	);
}

/**
 * The group records a rebuild writes, and no others: a planned group already stored as it is
 * is left alone; one whose pupils, adult or slot changed is written again under its id; a
 * stored group the plan no longer has (and that is not kept) becomes a tombstone.
 */
export function rebuiltGroups(
	check: Pick<Check, 'id' | 'classId' | 'date'>,
	planned: readonly PlannedCheckGroup[],
	stored: readonly Group[],
	keptIds: ReadonlySet<string>,
	now: number
): Group[] {
	const byId = new Map(stored.map((group) => [group.id, group]));
	const writes: Group[] = [];
	for (const group of planned) {
		const existing = byId.get(group.id);
		if (existing && unchanged(existing, group)) continue;
		writes.push({
			...group,
			misconception: group.misconception ?? null,
			checkId: check.id,
			classId: check.classId,
			date: check.date,
			locked: false,
			createdAt: existing?.createdAt ?? now,
			updatedAt: now,
			deletedAt: null
		});
	}
	const plannedIds = new Set(planned.map((group) => group.id));
	for (const group of stored) {
		if (group.deletedAt !== null || keptIds.has(group.id) || plannedIds.has(group.id)) continue;
		writes.push({ ...group, updatedAt: now, deletedAt: now });
	}
	return writes;
}
