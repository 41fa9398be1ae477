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

/** Printed lines an A4 page of the plan holds, and characters a line of its widest columns. */
const PAGE_LINES = 50;
const LINE_CHARACTERS = 26;

/** Whether the plan prints on one page: each step takes the lines of its longest text. */
export function planFitsOnePage(steps: readonly PlanStep[]): boolean {
	const lines = steps.reduce(
		(sum, step) =>
			sum +
			1 +
			Math.max(
				2,
				Math.ceil(step.what.length / LINE_CHARACTERS),
				Math.ceil(step.evidence.length / LINE_CHARACTERS)
			),
		0
	);
	return lines <= PAGE_LINES;
}
