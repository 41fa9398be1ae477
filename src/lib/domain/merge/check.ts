import type { Check } from '../model/check';
import { judgedAgain, pupilPartAt, withPupilParts, type PupilPart } from '../tickets';
import { contentOf, deletionOf, laterOf } from './order';

/** What merging two versions of one check did. */
export interface CheckMerge {
	check: Check;
	/** Pupils whose ticket came from the second version (the other device). */
	fromThere: number;
	/** Pupils whose ticket came from the first (this device) and differ from the second. */
	fromHere: number;
	/** The questions differed and could not be combined: one version was kept whole. */
	whole: boolean;
}

const sameIds = (a: readonly { id: string }[], b: readonly { id: string }[]) =>
	a.length === b.length && a.every((item, i) => item.id === b[i].id);

const sameList = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((id, i) => id === b[i]);

const editOf = (check: Check) =>
	contentOf(check.title, check.questions, check.flagRule, check.deletedAt);

/** What the teacher wrote and the pupil answered; the rule's result follows from it. */
const contentOfPart = (part: PupilPart) =>
	contentOf(
		part.marks,
		part.absent,
		part.override,
		part.reason ?? null,
		part.choices,
		part.confidence,
		part.takenAt
	);

/**
 * Two versions of the same check, changed on two devices (the same teacher on a laptop and a
 * tablet), combined pupil by pupil: each pupil's ticket comes from whichever device changed
 * it last, and the title and questions from whichever edited them last. The result is the
 * same whichever version is given first. Questions are only added or removed before marking,
 * so when the two have different questions the one edited last is kept whole and said so.
 */
export function mergeCheck(here: Check, there: Check): CheckMerge {
	if (!sameIds(here.questions, there.questions) || !sameList(here.pupilIds, there.pupilIds)) {
		const check = laterOf(here, there, (c) => c.editedAt, editOf);
		return {
			check,
			fromThere: check === there ? there.pupilIds.length : 0,
			fromHere: 0,
			whole: true
		};
	}
	const edited = laterOf(here, there, (c) => c.editedAt, editOf);
	let fromThere = 0;
	let fromHere = 0;
	const parts = here.pupilIds.map((_, p) => {
		const [ours, theirs] = [pupilPartAt(here, p), pupilPartAt(there, p)];
		const changedAt = Math.max(ours.changedAt, theirs.changedAt);
		if (contentOfPart(ours) === contentOfPart(theirs)) return { ...ours, changedAt };
		const kept = laterOf(ours, theirs, (part) => part.changedAt, contentOfPart);
		if (kept === theirs) fromThere++;
		else fromHere++;
		return { ...kept, changedAt };
	});
	const merged: Check = {
		...withPupilParts(edited, parts),
		updatedAt: Math.max(here.updatedAt, there.updatedAt),
		deletedAt: deletionOf(here, there)
	};
	// A question's essential mark may have changed on one device: judge every pupil by the
	// questions kept, with the check's own rule.
	const essentials = (c: Check) => c.questions.map((q) => q.essential).join();
	const check = essentials(here) === essentials(there) ? merged : judgedAgain(merged);
	return { check, fromThere, fromHere, whole: false };
}
