import { KEYSTONE_IDS, type KeystoneId } from '../keystones';
import type { Leadership, ReportScope } from '../model/report';
import type { SchoolClass } from '../model/roster';
import { VISIT_KINDS, type Visit, type VisitKind } from '../model/visit';
import { byName } from '../sorting';

export type KindCounts = Record<VisitKind, number>;

const noVisits = (): KindCounts =>
	Object.fromEntries(VISIT_KINDS.map((kind) => [kind, 0])) as KindCounts;

export interface ClassCoverage {
	schoolClass: SchoolClass;
	/** Visits to this class itself, by kind. */
	byKind: KindCounts;
	visits: number;
	/** Visited itself, or by a visit to its whole year group. */
	visited: boolean;
}

export interface YearCoverage {
	yearGroup: number;
	/** Visits to the whole year group (a learning walk, a planning meeting), by kind. */
	yearWide: KindCounts;
	/** Every visit in the year group: its classes' and the year group's own. */
	visits: number;
	classes: ClassCoverage[];
}

export interface Theme {
	keystoneId: KeystoneId;
	visits: number;
	yearGroups: number[];
}

export interface Coverage {
	visits: number;
	byKind: KindCounts;
	years: YearCoverage[];
	themes: Theme[];
}

/** The visits of a period, tombstones left out. */
export function visitsBetween(visits: readonly Visit[], from: string, to: string): Visit[] {
	return visits.filter(
		(visit) => visit.deletedAt === null && visit.date >= from && visit.date <= to
	);
}

/**
 * The visits that concern a part of the school: a class (its own visits and its year group's),
 * a year group (every visit in it), a keystone area (visits with it in focus).
 */
export function visitsFor(
	visits: readonly Visit[],
	scope: ReportScope,
	classes: readonly SchoolClass[]
): Visit[] {
	const schoolClass = classes.find((c) => c.id === scope.classId);
	return visits.filter(
		(visit) =>
			visit.deletedAt === null &&
			(scope.yearGroup === null || visit.yearGroup === scope.yearGroup) &&
			(scope.classId === null ||
				visit.classId === scope.classId ||
				(visit.classId === null && visit.yearGroup === schoolClass?.yearGroup)) &&
			(scope.keystoneId === null || visit.keystoneIds.includes(scope.keystoneId))
	);
}

/**
 * Which classes and year groups were visited in a period, and how: the gaps in support show as
 * classes with no visit. Classes are those on the roster (archived ones too when visited).
 */
export function coverage(
	visits: readonly Visit[],
	classes: readonly SchoolClass[],
	from: string,
	to: string
): Coverage {
	const inPeriod = visitsBetween(visits, from, to);
	const byKind = noVisits();
	const byClass = new Map<string, KindCounts>();
	const byYear = new Map<number, KindCounts>();
	for (const visit of inPeriod) {
		byKind[visit.kind]++;
		const counts =
			visit.classId === null
				? (byYear.get(visit.yearGroup) ??
					byYear.set(visit.yearGroup, noVisits()).get(visit.yearGroup)!)
				: (byClass.get(visit.classId) ??
					byClass.set(visit.classId, noVisits()).get(visit.classId)!);
		counts[visit.kind]++;
	}
	const shown = classes.filter((c) => !c.archived || byClass.has(c.id)).toSorted(byName);
	const yearGroups = [
		...new Set([...shown.map((c) => c.yearGroup), ...inPeriod.map((visit) => visit.yearGroup)])
	].sort((a, b) => a - b);
	const total = (counts: KindCounts) => VISIT_KINDS.reduce((sum, kind) => sum + counts[kind], 0);

	const years = yearGroups.map((yearGroup): YearCoverage => {
		const yearWide = byYear.get(yearGroup) ?? noVisits();
		const classRows = shown
			.filter((c) => c.yearGroup === yearGroup)
			.map((schoolClass): ClassCoverage => {
				const counts = byClass.get(schoolClass.id) ?? noVisits();
				const visits = total(counts);
				return {
					schoolClass,
					byKind: counts,
					visits,
					visited: visits > 0 || total(yearWide) > 0
				};
			});
		return {
			yearGroup,
			yearWide,
			visits: total(yearWide) + classRows.reduce((sum, row) => sum + row.visits, 0),
			classes: classRows
		};
	});

	const themes = KEYSTONE_IDS.map((keystoneId): Theme => {
		const focused = inPeriod.filter((visit) => visit.keystoneIds.includes(keystoneId));
		return {
			keystoneId,
			visits: focused.length,
			yearGroups: [...new Set(focused.map((visit) => visit.yearGroup))].sort((a, b) => a - b)
		};
	});

	return { visits: inPeriod.length, byKind, years, themes };
}

/** What leaders did in a period, for a governor report: counts only, no one named. */
export function leadershipSummary(
	visits: readonly Visit[],
	classes: readonly SchoolClass[],
	period: { from: string; to: string },
	scope: ReportScope,
	keystoneName: (id: KeystoneId) => string
): Leadership {
	const inScope = visitsFor(visitsBetween(visits, period.from, period.to), scope, classes);
	const scopedClasses = classes.filter(
		(c) =>
			(scope.classId === null || c.id === scope.classId) &&
			(scope.yearGroup === null || c.yearGroup === scope.yearGroup)
	);
	const { byKind, years, themes } = coverage(inScope, scopedClasses, period.from, period.to);
	const classRows = years.flatMap((year) => year.classes);
	const withSteps = inScope.filter((visit) => visit.nextStep !== null);
	return {
		visits: inScope.length,
		byKind,
		classes: classRows.length,
		classesVisited: classRows.filter((row) => row.visited).length,
		yearGroups: years.map((year) => year.yearGroup),
		yearGroupsVisited: years.filter((year) => year.visits > 0).map((year) => year.yearGroup),
		themes: themes
			.filter((theme) => theme.visits > 0)
			.map((theme) => ({
				keystoneId: theme.keystoneId,
				name: keystoneName(theme.keystoneId),
				visits: theme.visits
			})),
		nextSteps: withSteps.length,
		followedUp: withSteps.filter((visit) => visit.followedUpOn !== null).length
	};
}
