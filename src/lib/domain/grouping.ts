import { CONFIDENCE, isMissed } from './codes';
import type { KeystoneId } from './keystones';
import type { Question } from './model/check';
import { misconceptionKey } from './model/questions';

export interface FlaggedTicket {
	pupilId: string;
	/** Mark codes in question order. */
	marks: ArrayLike<number>;
	/**
	 * For each question, the misconception named by the wrong option the pupil chose on a
	 * tablet, or null: only for pupils who answered there.
	 */
	misconceptions?: readonly (string | null)[];
	/** How sure the pupil said they were of each answer (CONFIDENCE codes), where they said. */
	confidence?: ArrayLike<number>;
}

export interface PlannedGroup {
	keystoneId: KeystoneId;
	questionId: string;
	/** The misconception every pupil of the group chose, which the card names. */
	misconception?: string;
	pupilIds: string[];
}

export interface AssignedGroup extends PlannedGroup {
	adultId: string | null;
	slotId: string | null;
}

/** Who is already busy in which slot today: groups of other checks, and locked groups. */
export interface Booking {
	adultId: string | null;
	slotId: string | null;
	pupilIds: readonly string[];
}

/**
 * Step 1. The primary need is the first missed question, essential ones first, then in ticket
 * order (earlier questions are more foundational). A pupil flagged by the teacher with
 * nothing missed is given the first essential question, or else the first question.
 */
export function primaryNeed(marks: ArrayLike<number>, questions: readonly Question[]): number {
	const order = questions
		.map((question, index) => ({ question, index }))
		.sort(
			(a, b) => Number(b.question.essential) - Number(a.question.essential) || a.index - b.index
		);
	const missed = order.find(({ index }) => isMissed(marks[index]));
	return (missed ?? order[0]).index;
}

/** Step 2's split: n pupils into the fewest groups within the maximum, sizes within one. */
export function balancedSizes(count: number, maxSize: number): number[] {
	const groups = Math.ceil(count / maxSize);
	const base = Math.floor(count / groups);
	const larger = count % groups;
	return Array.from({ length: groups }, (_, i) => base + (i < larger ? 1 : 0));
}

function byId(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Confidently wrong first: sure, then think so, then not said (marked on paper), then guessing. */
const CONFIDENCE_ORDER: Readonly<Record<number, number>> = {
	[CONFIDENCE.code.sure]: 0,
	[CONFIDENCE.code['think-so']]: 1,
	[CONFIDENCE.code.unrecorded]: 2,
	[CONFIDENCE.code.guessing]: 3
};

/**
 * The order pupils are listed in a group: those who were sure of their wrong answer first, as
 * they need the group most, then by id so that the order is the same on every device.
 */
export function byNeedOfGroup(rank: ReadonlyMap<string, number>) {
	return (a: string, b: string) => (rank.get(a) ?? 2) - (rank.get(b) ?? 2) || byId(a, b);
}

/** How sure a pupil was of the answer to their primary need, as a place in the order above. */
export function confidenceRank(ticket: FlaggedTicket, need: number): number {
	return CONFIDENCE_ORDER[ticket.confidence?.[need] ?? CONFIDENCE.code.unrecorded] ?? 2;
}

interface Need {
	/** The question the group works on: the most foundational of its pupils' primary needs. */
	need: number;
	misconception?: string;
	pupilIds: string[];
}

/**
 * Step 1 with misconceptions: pupils whose primary need is the same question form a group, and
 * so do pupils who chose wrong options naming the same misconception (on any question). Groups
 * come in question order, each question's own group before those of its misconceptions.
 */
function needsOf(
	questions: readonly Question[],
	flagged: readonly FlaggedTicket[],
	order: (a: string, b: string) => number
): Need[] {
	const needs = new Map<string, Need>();
	for (const ticket of flagged) {
		const need = primaryNeed(ticket.marks, questions);
		const misconception = ticket.misconceptions?.[need] ?? null;
		const key = misconception ? `m|${misconceptionKey(misconception)}` : `q|${need}`;
		const known = needs.get(key);
		if (known) {
			known.pupilIds.push(ticket.pupilId);
			known.need = Math.min(known.need, need);
		} else {
			needs.set(key, {
				need,
				...(misconception ? { misconception } : {}),
				pupilIds: [ticket.pupilId]
			});
		}
	}
	const key = (need: Need) => (need.misconception ? misconceptionKey(need.misconception) : '');
	return [...needs.values()]
		.map((need) => ({ ...need, pupilIds: need.pupilIds.sort(order) }))
		.sort((a, b) => a.need - b.need || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Steps 1–3: groups by shared primary need or misconception, balanced under the maximum size,
 * with lone pupils joined to a group of the same keystone where there is room (never to a group
 * that names a misconception they did not choose). Deterministic: pupils are ordered by how
 * sure they were of their wrong answer and then by id, so the same tickets in any order give
 * the same groups.
 */
export function planGroups(
	questions: readonly Question[],
	flagged: readonly FlaggedTicket[],
	maxSize: number
): PlannedGroup[] {
	const rank = new Map(
		flagged.map((ticket) => [
			ticket.pupilId,
			confidenceRank(ticket, primaryNeed(ticket.marks, questions))
		])
	);
	const order = byNeedOfGroup(rank);

	const groups: (PlannedGroup & { need: number })[] = [];
	for (const { need, misconception, pupilIds } of needsOf(questions, flagged, order)) {
		let start = 0;
		for (const size of balancedSizes(pupilIds.length, maxSize)) {
			groups.push({
				need,
				keystoneId: questions[need].keystoneId,
				questionId: questions[need].id,
				...(misconception ? { misconception } : {}),
				pupilIds: pupilIds.slice(start, start + size)
			});
			start += size;
		}
	}

	for (const lone of groups.filter((group) => group.pupilIds.length === 1)) {
		if (lone.pupilIds.length !== 1) continue;
		const host = groups
			.filter(
				(group) =>
					group !== lone &&
					group.misconception === undefined &&
					group.pupilIds.length > 0 &&
					group.keystoneId === lone.keystoneId &&
					group.pupilIds.length < maxSize
			)
			.sort((a, b) => b.pupilIds.length - a.pupilIds.length || a.need - b.need)[0];
		if (!host) continue;
		// Two lone pupils pair up on the more foundational of their two questions.
		if (host.pupilIds.length === 1 && lone.need < host.need) {
			host.need = lone.need;
			host.questionId = lone.questionId;
		}
		host.pupilIds = [...host.pupilIds, ...lone.pupilIds].sort(order);
		lone.pupilIds = [];
	}

	return groups
		.filter((group) => group.pupilIds.length > 0)
		.map(({ need: _need, ...group }) => group);
}

/** Where a group met before a rebuild: it stays there if it still can. */
export interface Placement {
	adultId: string | null;
	slotId: string | null;
}

/**
 * Step 4: adults and slots round-robin, largest group first. Slots fill in order, each adult
 * once per slot, so the earliest slot is used by every adult before the next. An adult already
 * booked in a slot, or a slot where one of the group's pupils is already in another group, is
 * skipped; a group that no adult can take stays unassigned, never dropped. A group rebuilt
 * unchanged keeps the adult and slot it had (`before`), where they are still free, so that a
 * correction elsewhere does not move it.
 */
export function assignAdults(
	groups: readonly PlannedGroup[],
	adultIds: readonly string[],
	slotIds: readonly string[],
	booked: readonly Booking[] = [],
	before: readonly (Placement | undefined)[] = []
): AssignedGroup[] {
	const busy = new Set<string>();
	const pupilBusy = new Set<string>();
	const book = (adultId: string | null, slotId: string | null, pupilIds: readonly string[]) => {
		if (slotId === null) return;
		if (adultId !== null) busy.add(`${slotId}|${adultId}`);
		for (const pupilId of pupilIds) pupilBusy.add(`${slotId}|${pupilId}`);
	};
	const free = (adultId: string, slotId: string, pupilIds: readonly string[]) =>
		slotIds.includes(slotId) &&
		adultIds.includes(adultId) &&
		!busy.has(`${slotId}|${adultId}`) &&
		!pupilIds.some((pupilId) => pupilBusy.has(`${slotId}|${pupilId}`));
	for (const booking of booked) book(booking.adultId, booking.slotId, booking.pupilIds);

	const order = groups
		.map((group, index) => ({ group, index }))
		.sort((a, b) => b.group.pupilIds.length - a.group.pupilIds.length || a.index - b.index);
	const assigned: AssignedGroup[] = groups.map((group) => ({
		...group,
		adultId: null,
		slotId: null
	}));
	const placed = new Set<number>();
	for (const { group, index } of order) {
		const { adultId, slotId } = before[index] ?? { adultId: null, slotId: null };
		if (adultId === null || slotId === null || !free(adultId, slotId, group.pupilIds)) continue;
		assigned[index] = { ...group, adultId, slotId };
		book(adultId, slotId, group.pupilIds);
		placed.add(index);
	}
	for (const { group, index } of order) {
		if (placed.has(index)) continue;
		search: for (const slotId of slotIds) {
			for (const adultId of adultIds) {
				if (!free(adultId, slotId, group.pupilIds)) continue;
				assigned[index] = { ...group, adultId, slotId };
				book(adultId, slotId, group.pupilIds);
				break search;
			}
		}
	}
	return assigned;
}

/** One earlier check of one pupil, for the repeat and persistent marks. */
export interface PastCheck {
	date: string;
	/** The keystone of the pupil's primary need if they were flagged, else null. */
	flaggedIn: KeystoneId | null;
	/** Flagged and not yet closed: re-check not correct and not marked secure. */
	open: boolean;
}

export const PERSISTENT_FLAGS = 3;
export const PERSISTENT_WINDOW_DAYS = 10;

/**
 * Step 5. Repeat: flagged in the same keystone on the pupil's previous check, or still carrying
 * an open flag in it. Persistent: this flag is the third or more in the keystone within the
 * last ten school days (`windowStart` is the first of those days).
 */
export function needMarks(
	keystoneId: KeystoneId,
	history: readonly PastCheck[],
	windowStart: string
): { repeat: boolean; persistent: boolean } {
	const sorted = [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	const previous = sorted.at(-1);
	const recent = sorted.filter((past) => past.date >= windowStart);
	const repeat =
		previous?.flaggedIn === keystoneId ||
		recent.some((past) => past.open && past.flaggedIn === keystoneId);
	const flagsInWindow = 1 + recent.filter((past) => past.flaggedIn === keystoneId).length;
	return { repeat, persistent: flagsInWindow >= PERSISTENT_FLAGS };
}
