import { applyFlagRule, type FlagReason } from './flags';
import type { Check } from './model/check';
import { confidenceAt, marksAt, ticketAt } from './tickets';

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

/**
 * Why the check's own rule flagged a pupil. A check marked before checks kept their rule was
 * given the school's rule of the day it was upgraded, which may not be the one it was marked
 * by: such a flag is still explained, never shown without a reason.
 */
function ruleReasons(check: Check, p: number): FlagReason[] {
	const { reasons } = applyFlagRule(
		marksAt(check, p),
		check.questions,
		check.flagRule,
		confidenceAt(check, p)
	);
	return reasons.length > 0 ? reasons : [{ kind: 'earlier-rule' }];
}

/** Who is flagged on a check and why, in the class's order, for the teacher's flagged list. */
export function flagSummary(check: Check): FlagSummary {
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
				reasons: ticket.absent || ticket.rule !== 'flagged' ? [] : ruleReasons(check, i),
				teacherReason: ticket.override === 'flag' ? ticket.overrideReason : null,
				byTeacher: ticket.override === 'flag'
			});
		}
	});
	return summary;
}
