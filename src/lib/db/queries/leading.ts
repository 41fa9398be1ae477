import type { Adult, SchoolClass } from '$lib/domain/model/roster';
import type { SavedReport } from '$lib/domain/model/report';
import type { Visit } from '$lib/domain/model/visit';
import { byDateThenMade, byName, byPeriodEndLatestFirst } from '$lib/domain/sorting';
import { db } from '../database';

export interface LeadingData {
	/** Every visit still standing, newest first. */
	visits: Visit[];
	/** Every class by name, archived ones too: old visits name them. */
	classes: SchoolClass[];
	adults: Adult[];
}

export async function leadingData(): Promise<LeadingData> {
	const [visits, classes, adults] = await Promise.all([
		db.visits.toArray(),
		db.classes.toArray(),
		db.adults.toArray()
	]);
	return {
		visits: visits.filter((visit) => visit.deletedAt === null).sort((a, b) => byDateThenMade(b, a)),
		classes: classes.sort(byName),
		adults: adults.sort(byName)
	};
}

/** One visit, or null when it is not on this device or has been removed. */
export async function visitById(id: string): Promise<Visit | null> {
	const visit = await db.visits.get(id);
	return visit && visit.deletedAt === null ? visit : null;
}

/** The saved governor reports, the latest period first. */
export async function savedReports(): Promise<SavedReport[]> {
	return (await db.reports.toArray())
		.filter((report) => report.deletedAt === null)
		.sort(byPeriodEndLatestFirst);
}

export interface SavedReportPage {
	report: SavedReport;
	/** The report it was compared with when it was saved. */
	previous: SavedReport | null;
}

export async function savedReport(id: string): Promise<SavedReportPage | null> {
	const report = await db.reports.get(id);
	if (!report || report.deletedAt !== null) return null;
	const previous = report.previousId ? ((await db.reports.get(report.previousId)) ?? null) : null;
	return { report, previous };
}
