import { formatLongDate, today } from '$lib/domain/dates';
import type { KeystoneId } from '$lib/domain/keystones';
import { leadershipSummary } from '$lib/domain/leading/coverage';
import { SavedReportSchema, type ReportScope } from '$lib/domain/model/report';
import { SETTINGS_KEY } from '$lib/domain/settings';
import type { ReviewFilter } from '$lib/domain/review/filter';
import { hasData, previousReport, reportFigures, sameScope } from '$lib/domain/review/report';
import { db } from './database';
import { reviewData } from './queries/review';
import { validate, ValidationError } from './validate';

export interface ReportRequest {
	/** The period's name: a half-term's, or its dates. */
	name: string;
	filter: ReviewFilter;
	/** "The whole school", "Year 5", as the report says it. */
	scopeName: string;
}

const scopeOf = ({ yearGroup, classId, keystoneId }: ReviewFilter): ReportScope => ({
	yearGroup,
	classId,
	keystoneId
});

/**
 * Saves the governor report of a period as it stands, in one transaction: its figures counted
 * from the checks and visits now on this device, and the saved report it is compared with. A
 * saved report is never recounted, so that the next one compares with what governors were told.
 */
export async function saveReport(request: ReportRequest, now = new Date()): Promise<string> {
	const { filter } = request;
	return db.transaction(
		'rw',
		[db.settings, db.checks, db.outcomes, db.pupils, db.classes, db.visits, db.reports],
		async () => {
			const settings = await db.settings.get(SETTINGS_KEY);
			const name = (id: KeystoneId) =>
				settings?.keystones.find((keystone) => keystone.id === id)?.name ?? id;
			const [{ facts }, visits, classes, reports] = await Promise.all([
				reviewData(today(now)),
				db.visits.toArray(),
				db.classes.toArray(),
				db.reports.toArray()
			]);
			const scope = scopeOf(filter);
			const figures = reportFigures(
				facts,
				filter,
				leadershipSummary(visits, classes, filter, scope, name),
				name
			);
			const range = `from ${formatLongDate(filter.from)} to ${formatLongDate(filter.to)}`;
			if (!hasData(figures)) {
				throw new ValidationError([
					`There are no exit-ticket checks ${range}, so there is no report to save.`
				]);
			}
			const same = reports.find(
				(report) =>
					report.deletedAt === null &&
					report.from === filter.from &&
					report.to === filter.to &&
					sameScope(report.scope, scope)
			);
			if (same) {
				throw new ValidationError([
					`A report ${range} was saved on ${formatLongDate(today(new Date(same.createdAt)))}. ` +
						'A saved report is kept as governors saw it: open it from the saved reports.'
				]);
			}
			const report = validate(SavedReportSchema, {
				id: crypto.randomUUID(),
				name: request.name,
				from: filter.from,
				to: filter.to,
				scope,
				scopeName: request.scopeName,
				previousId: previousReport(reports, { from: filter.from, scope })?.id ?? null,
				figures,
				createdAt: now.getTime(),
				updatedAt: now.getTime(),
				deletedAt: null
			});
			await db.reports.add(report);
			return report.id;
		}
	);
}
