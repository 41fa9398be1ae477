import { applyFlagRule, type FlagReason } from './flags';
import type { Check } from './model/check';
import type { FlagRule } from './model/settings';
import { marksAt, ticketAt } from './tickets';

export interface FlaggedPupil {
	pupilId: string;
	/** Why the rule flagged them; empty when only the teacher did. */
	reasons: FlagReason[];
	/** The teacher's reason when they flagged the pupil themselves. */
	teacherReason: string | null;
	byTeacher: boolean;
}

export interface FlagSummary {
	flagged: FlaggedPupil[];
	/** Flagged by the rule, then unflagged by the teacher: kept visible so it can be undone. */
	unflagged: { pupilId: string; reason: string | null }[];
	absent: string[];
	/** Present pupils not yet fully marked. */
	pending: string[];
}

/** Who is flagged on a check and why, in the class's order, for the teacher's flagged list. */
export function flagSummary(check: Check, rule: FlagRule): FlagSummary {
	const summary: FlagSummary = { flagged: [], unflagged: [], absent: [], pending: [] };
	check.pupilIds.forEach((pupilId, i) => {
		const ticket = ticketAt(check, i);
		if (ticket.absent && ticket.override !== 'flag') {
			summary.absent.push(pupilId);
			return;
		}
		if (ticket.rule === 'pending' && ticket.override === 'none') summary.pending.push(pupilId);
		if (ticket.override === 'unflag') {
			summary.unflagged.push({ pupilId, reason: ticket.overrideReason });
		} else if (ticket.flagged) {
			summary.flagged.push({
				pupilId,
				reasons: ticket.absent
					? []
					: applyFlagRule(marksAt(check, i), check.questions, rule).reasons,
				teacherReason: ticket.override === 'flag' ? ticket.overrideReason : null,
				byTeacher: ticket.override === 'flag'
			});
		}
	});
	return summary;
}
