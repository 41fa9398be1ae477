import type { Check } from '../model/check';
import { judgedAgain } from '../tickets';
import { contentOf, laterOf } from './order';

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

function pupilRow(check: Check, p: number): string {
	const width = check.questions.length;
	return contentOf(
		check.marks.subarray(p * width, (p + 1) * width),
		check.absent[p],
		check.overrides[p],
		check.overrideReasons[check.pupilIds[p]] ?? null
	);
}

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
	const width = here.questions.length;
	const merged: Check = {
		...edited,
		marks: here.marks.slice(),
		absent: here.absent.slice(),
		rule: here.rule.slice(),
		overrides: here.overrides.slice(),
		overrideReasons: {},
		changedAt: here.changedAt.slice(),
		updatedAt: Math.max(here.updatedAt, there.updatedAt),
		deletedAt:
			here.deletedAt === null && there.deletedAt === null
				? null
				: Math.max(here.deletedAt ?? 0, there.deletedAt ?? 0)
	};
	let fromThere = 0;
	let fromHere = 0;
	here.pupilIds.forEach((pupilId, p) => {
		const [ours, theirs] = [pupilRow(here, p), pupilRow(there, p)];
		const source =
			ours === theirs
				? here
				: laterOf(
						here,
						there,
						(c) => c.changedAt[p],
						(c) => (c === here ? ours : theirs)
					);
		if (ours !== theirs) {
			if (source === there) fromThere++;
			else fromHere++;
		}
		merged.marks.set(source.marks.subarray(p * width, (p + 1) * width), p * width);
		merged.absent[p] = source.absent[p];
		merged.rule[p] = source.rule[p];
		merged.overrides[p] = source.overrides[p];
		merged.changedAt[p] = Math.max(here.changedAt[p], there.changedAt[p]);
		const reason = source.overrideReasons[pupilId];
		if (reason !== undefined) merged.overrideReasons[pupilId] = reason;
	});
	// A question's essential mark may have changed on one device: judge every pupil by the
	// questions kept, with the check's own rule.
	const essentials = (c: Check) => c.questions.map((q) => q.essential).join();
	const check = essentials(here) === essentials(there) ? merged : judgedAgain(merged);
	return { check, fromThere, fromHere, whole: false };
}
