import { parseIsoDate } from '../dates';
import type { KeystoneId } from '../keystones';
import type { SchoolClass } from '../model/roster';
import { isOpenStep, VISIT_KIND_NAMES, type Visit } from '../model/visit';

/** Where a visit was, in words that name no one: "5B" or "Year 5". */
export function placeName(visit: Visit, classes: readonly SchoolClass[]): string {
	if (visit.classId === null) return `Year ${visit.yearGroup}`;
	return classes.find((c) => c.id === visit.classId)?.name ?? `A Year ${visit.yearGroup} class`;
}

export type FollowUpState = 'overdue' | 'today' | 'upcoming';

export interface FollowUp {
	visit: Visit;
	state: FollowUpState;
	/** Days until it is due; negative when overdue. */
	days: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** Every open next step with a follow-up date, the most overdue first. */
export function followUps(visits: readonly Visit[], today: string): FollowUp[] {
	return visits
		.filter((visit) => isOpenStep(visit) && visit.followUp !== null)
		.map((visit) => {
			const days = Math.round(
				(parseIsoDate(visit.followUp!).getTime() - parseIsoDate(today).getTime()) / DAY
			);
			const state: FollowUpState = days < 0 ? 'overdue' : days === 0 ? 'today' : 'upcoming';
			return { visit, state, days };
		})
		.sort((a, b) => a.days - b.days || a.visit.date.localeCompare(b.visit.date));
}

export interface PlanStep {
	visitId: string;
	/** The agreed next step. */
	what: string;
	/** Roles, never names, so that the plan can go to governors as evidence. */
	who: string;
	byWhen: string | null;
	evidence: string;
	/** The visit it came from: "Coaching, 5B". */
	from: string;
	date: string;
}

/**
 * The one-page action plan: every open next step, soonest follow-up first. Where the lead
 * gave no evidence to look for, the plan points at the figures Review has for that place.
 */
export function actionPlan(
	visits: readonly Visit[],
	classes: readonly SchoolClass[],
	keystoneName: (id: KeystoneId) => string
): PlanStep[] {
	return visits
		.filter(isOpenStep)
		.toSorted(
			(a, b) =>
				(a.followUp ?? '9999').localeCompare(b.followUp ?? '9999') || a.date.localeCompare(b.date)
		)
		.map((visit) => {
			const place = placeName(visit, classes);
			const areas = visit.keystoneIds.map(keystoneName).join(' and ');
			return {
				visitId: visit.id,
				what: visit.nextStep!,
				who: visit.classId === null ? `Year ${visit.yearGroup} teachers` : `${place} class teacher`,
				byWhen: visit.followUp,
				evidence:
					visit.evidence ??
					(areas
						? `Fewer flags in ${areas} for ${place} in Review`
						: `Flags and kept-up rates for ${place} in Review`),
				from: `${VISIT_KIND_NAMES[visit.kind]}, ${place}`,
				date: visit.date
			};
		});
}

/** Beyond this many steps the plan no longer fits on one printed page. */
export const PLAN_STEPS_ON_A_PAGE = 10;
