import { addDays, lastSchoolDays, parseIsoDate, schoolDaysBetween } from '$lib/domain/dates';
import { DEFAULT_KEYSTONES, type KeystoneId } from '$lib/domain/keystones';
import { leadershipSummary } from '$lib/domain/leading/coverage';
import type { SavedReport } from '$lib/domain/model/report';
import type { SchoolClass } from '$lib/domain/model/roster';
import type { SchoolData } from '$lib/domain/model/school';
import type { Visit, VisitKind } from '$lib/domain/model/visit';
import { OutcomeBook } from '$lib/domain/outcomes';
import { prepareFacts } from '$lib/domain/review/facts';
import { hasData, reportFigures } from '$lib/domain/review/report';
import { halfTermBefore, halfTermOf } from '$lib/domain/terms';

interface DemoVisit {
	/** School days before the last day of checks. */
	daysBack: number;
	/** A class by year group, or the whole year group. */
	yearGroup: number;
	wholeYear?: boolean;
	kind: VisitKind;
	keystones: KeystoneId[];
	working: string;
	nextStep: string | null;
	/** Calendar days from the visit to its follow-up. */
	followUpAfter?: number;
	followedUp?: boolean;
}

/**
 * A half-term and more of a maths lead's visits. Year 5's story: representation flags seen on a
 * lesson visit, coaching on bar models, then a book look. One class is left unvisited in the
 * latest half-term, so that the gap shows.
 */
const VISITS: DemoVisit[] = [
	{
		daysBack: 28,
		yearGroup: 5,
		kind: 'lesson-visit',
		keystones: ['representation'],
		working: 'Pupils use place-value counters confidently when the teacher models them.',
		nextStep: 'Introduce bar models for comparison problems.',
		followUpAfter: 7,
		followedUp: true
	},
	{
		daysBack: 26,
		yearGroup: 3,
		wholeYear: true,
		kind: 'learning-walk',
		keystones: ['fluency'],
		working: 'A daily fluency starter in every Year 3 lesson.',
		nextStep: 'Keep starters short and varied.',
		followUpAfter: 14,
		followedUp: true
	},
	{
		daysBack: 24,
		yearGroup: 8,
		kind: 'book-look',
		keystones: ['thinking'],
		working: 'Reasoning prompts are in most books.',
		nextStep: 'Model written explanations with sentence stems.',
		followUpAfter: 14
	},
	{
		daysBack: 20,
		yearGroup: 7,
		kind: 'pupil-voice',
		keystones: ['coherence'],
		working: 'Pupils can say how today’s step links to the last one.',
		nextStep: 'Start each lesson by recalling the previous small step.',
		followUpAfter: 14,
		followedUp: true
	},
	{
		daysBack: 14,
		yearGroup: 5,
		kind: 'coaching',
		keystones: ['representation'],
		working: 'Bar models drawn accurately in the coached lesson.',
		nextStep: 'Use a bar model for every comparison problem this half-term.',
		followUpAfter: 20
	},
	{
		daysBack: 12,
		yearGroup: 5,
		wholeYear: true,
		kind: 'planning-meeting',
		keystones: ['representation', 'variation'],
		working: 'The team plans small steps together each week.',
		nextStep: 'Plan minimally different examples into each lesson.',
		followUpAfter: 21
	},
	{
		daysBack: 10,
		yearGroup: 3,
		kind: 'lesson-visit',
		keystones: ['fluency'],
		working: 'Quick recall of the 3 times table is secure for most.',
		nextStep: 'Shorter talk partners during fluency practice.',
		followUpAfter: 7
	},
	{
		daysBack: 7,
		yearGroup: 7,
		kind: 'coaching',
		keystones: ['thinking'],
		working: 'Pupils explain to each other with sentence stems.',
		nextStep: 'Use “always, sometimes, never?” in one lesson a week.',
		followUpAfter: 14
	},
	{
		daysBack: 4,
		yearGroup: 5,
		kind: 'book-look',
		keystones: ['representation'],
		working: 'Bar models are now in most books for comparison problems.',
		nextStep: 'Share these books with the Year 5 team.',
		followUpAfter: 10
	},
	{
		daysBack: 2,
		yearGroup: 7,
		wholeYear: true,
		kind: 'learning-walk',
		keystones: ['coherence', 'thinking'],
		working: 'Lessons open by recalling the previous step.',
		nextStep: null
	}
];

/** Enough days of checks that the half-term before the last one has a report to show. */
export function demoDays(endDate: string, least: number): number {
	const before = halfTermBefore(halfTermOf(endDate));
	const [start] = lastSchoolDays(before.to, 10);
	return Math.max(least, schoolDaysBetween(start, endDate).length);
}

const keystoneName = (id: KeystoneId) => DEFAULT_KEYSTONES.find((k) => k.id === id)!.name;

/**
 * The maths lead's visits over the demo's days, and the governor report saved at the end of
 * the half-term before the latest, counted from the demo's own checks.
 */
export function demoLeadership(
	school: Omit<SchoolData, 'visits' | 'reports'>,
	dates: readonly string[],
	now: number
): { visits: Visit[]; reports: SavedReport[] } {
	const classOf = (yearGroup: number): SchoolClass | undefined =>
		school.classes.find((c) => c.yearGroup === yearGroup);
	const visits = VISITS.flatMap((demo, i): Visit[] => {
		const date = dates[dates.length - 1 - demo.daysBack];
		const schoolClass = demo.wholeYear ? undefined : classOf(demo.yearGroup);
		if (!date || (!demo.wholeYear && !schoolClass)) return [];
		const followUp = demo.followUpAfter ? addDays(date, demo.followUpAfter) : null;
		return [
			{
				id: `demo-visit-${i + 1}`,
				date,
				classId: schoolClass?.id ?? null,
				yearGroup: demo.yearGroup,
				teacherId: schoolClass?.teacherId ?? null,
				kind: demo.kind,
				keystoneIds: demo.keystones,
				working: demo.working,
				nextStep: demo.nextStep,
				evidence: null,
				followUp,
				followedUpOn: demo.followedUp ? followUp : null,
				createdAt: now,
				updatedAt: now,
				deletedAt: null
			}
		];
	});

	const last = dates.at(-1);
	if (!last) return { visits, reports: [] };
	const period = halfTermBefore(halfTermOf(last));
	const scope = { yearGroup: null, classId: null, keystoneId: null };
	const figures = reportFigures(
		prepareFacts(school.checks, school.pupils, school.classes, new OutcomeBook(school.outcomes)),
		{ ...scope, from: period.from, to: period.to },
		leadershipSummary(visits, school.classes, period, scope, keystoneName),
		keystoneName
	);
	if (!hasData(figures)) return { visits, reports: [] };
	const savedAt = Math.min(now, parseIsoDate(period.to).getTime());
	const report: SavedReport = {
		id: 'demo-report-1',
		name: period.name,
		from: period.from,
		to: period.to,
		scope,
		scopeName: 'The whole school',
		previousId: null,
		figures,
		createdAt: savedAt,
		updatedAt: savedAt,
		deletedAt: null
	};
	return { visits, reports: [report] };
}
