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
	const order = needOrder(questions);
	return order.find((q) => isMissed(marks[q])) ?? order[0];
}

/** The questions, most foundational first: essential ones, then in ticket order. */
export function needOrder(questions: readonly Pick<Question, 'essential'>[]): number[] {
	return questions
		.map((question, index) => ({ question, index }))
		.sort(
			(a, b) => Number(b.question.essential) - Number(a.question.essential) || a.index - b.index
		)
		.map(({ index }) => index);
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
 * so do two or more pupils who chose wrong options naming the same misconception (on any
 * question); a misconception only one pupil chose is no group, so that pupil groups by their
 * question. Groups come in question order, each question's own group before those of its
 * misconceptions.
 */
function needsOf(
	questions: readonly Question[],
	flagged: readonly FlaggedTicket[],
	order: (a: string, b: string) => number
): Need[] {
	const chosen = flagged.map((ticket) => {
		const need = primaryNeed(ticket.marks, questions);
		return { ticket, need, misconception: ticket.misconceptions?.[need] ?? null };
	});
	const shared = new Map<string, number>();
	for (const { misconception } of chosen) {
		if (misconception === null) continue;
		const key = misconceptionKey(misconception);
		shared.set(key, (shared.get(key) ?? 0) + 1);
	}
	const needs = new Map<string, Need>();
	for (const { ticket, need, misconception: named } of chosen) {
		const misconception = named && (shared.get(misconceptionKey(named)) ?? 0) > 1 ? named : null;
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

/** A planned group with its need, and how foundational that need is (0 the most). */
type Planned = PlannedGroup & { need: number; depth: number };

/**
 * Puts a guest group's pupils into a host group. The group works on the need of the larger
 * part, or of the more foundational one when they are the same size; every pupil keeps their
 * own missed question, which the adult's card shows.
 */
function join(host: Planned, guest: Planned, order: (a: string, b: string) => number): void {
	const [a, b] = [host.pupilIds.length, guest.pupilIds.length];
	if (b > a || (b === a && guest.depth < host.depth)) {
		host.depth = guest.depth;
		host.need = guest.need;
		host.keystoneId = guest.keystoneId;
		host.questionId = guest.questionId;
	}
	host.pupilIds = [...host.pupilIds, ...guest.pupilIds].sort(order);
	guest.pupilIds = [];
}

const bySizeThenNeed = (a: Planned, b: Planned) =>
	b.pupilIds.length - a.pupilIds.length || a.depth - b.depth;

/**
 * Steps 1–3: groups by shared primary need or misconception, balanced under the maximum size;
 * lone pupils join a group of the same keystone where there is room; then small groups meet
 * together, and a group of one is left only when no group has room. A group that names a
 * misconception is kept as it is: no pupil joins one for a misconception they did not choose.
 * Deterministic: pupils are ordered by how sure they were of their wrong answer and then by id,
 * so the same tickets in any order give the same groups.
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

	const depth = new Map(needOrder(questions).map((q, r) => [q, r]));
	const groups: Planned[] = [];
	for (const { need, misconception, pupilIds } of needsOf(questions, flagged, order)) {
		let start = 0;
		for (const size of balancedSizes(pupilIds.length, maxSize)) {
			groups.push({
				need,
				depth: depth.get(need) ?? need,
				keystoneId: questions[need].keystoneId,
				questionId: questions[need].id,
				...(misconception ? { misconception } : {}),
				pupilIds: pupilIds.slice(start, start + size)
			});
			start += size;
		}
	}
	const live = () => groups.filter((group) => group.pupilIds.length > 0);
	// A host with room that names no misconception: its pupils' own needs stay on the card.
	const open = (host: Planned, guest: Planned) =>
		host !== guest &&
		host.misconception === undefined &&
		host.pupilIds.length + guest.pupilIds.length <= maxSize;

	// Step 3: a lone pupil joins the largest group of the same keystone with room.
	for (const lone of groups.filter((group) => group.pupilIds.length === 1)) {
		if (lone.pupilIds.length !== 1 || lone.misconception !== undefined) continue;
		const host = live()
			.filter((group) => group.keystoneId === lone.keystoneId && open(group, lone))
			.sort(bySizeThenNeed)[0];
		if (host) join(host, lone, order);
	}

	// Small groups (under half the maximum) meet together, largest first, each into the first
	// that has room: one adult with three pupils, not three adults or three slots with one.
	const meetings: Planned[] = [];
	for (const small of live()
		.filter((group) => group.misconception === undefined && group.pupilIds.length * 2 < maxSize)
		.sort(bySizeThenNeed)) {
		const host = meetings.find((meeting) => open(meeting, small));
		if (host) join(host, small, order);
		else meetings.push(small);
	}

	// A group of one is left only when no group has room: it joins the smallest that has.
	for (const lone of live().filter(
		(group) => group.misconception === undefined && group.pupilIds.length === 1
	)) {
		const host = live()
			.filter((group) => open(group, lone))
			.sort((a, b) => a.pupilIds.length - b.pupilIds.length || a.depth - b.depth)[0];
		if (host) join(host, lone, order);
	}

	return live()
		.sort((a, b) => a.need - b.need)
		.map(({ need: _need, depth: _depth, ...group }) => group);
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
