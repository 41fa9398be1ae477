import { describe, expect, it } from 'vitest';
import { smallSchool, storeSchool } from '$factories/school';
import { db } from './database';
import { savedReport, savedReports } from './queries/leading';
import { saveReport } from './reports';

const filter = (from: string, to: string) => ({
	from,
	to,
	yearGroup: null,
	classId: null,
	keystoneId: null
});
const NOW = new Date('2026-11-23T10:00:00');

describe('saved governor reports', () => {
	it('keep the figures as they were, and the report they were compared with', async () => {
		await storeSchool(smallSchool());
		const first = await saveReport(
			{ name: 'Week 1', filter: filter('2026-11-19', '2026-11-19'), scopeName: 'The whole school' },
			NOW
		);
		const second = await saveReport(
			{ name: 'Week 2', filter: filter('2026-11-20', '2026-11-23'), scopeName: 'The whole school' },
			NOW
		);
		const page = await savedReport(second);
		expect(page?.previous?.id).toBe(first);
		expect(page?.report.figures.checks).toBe(4);
		expect(page?.previous?.figures.checks).toBe(2);

		// A check marked later does not change what was reported.
		await db.checks.clear();
		expect((await savedReport(first))?.report.figures.checks).toBe(2);
		expect((await savedReports()).map((report) => report.name)).toEqual(['Week 2', 'Week 1']);
	});

	it('refuse a period with no checks, and a second report of the same period', async () => {
		await storeSchool(smallSchool());
		await expect(
			saveReport(
				{
					name: 'Summer',
					filter: filter('2026-06-01', '2026-07-20'),
					scopeName: 'The whole school'
				},
				NOW
			)
		).rejects.toThrow(
			'There are no exit-ticket checks from Monday 1 June 2026 to Monday 20 July 2026, so there is no report to save.'
		);
		const request = {
			name: 'Autumn 2',
			filter: filter('2026-11-02', '2026-12-31'),
			scopeName: 'The whole school'
		};
		await saveReport(request, NOW);
		await expect(saveReport(request, NOW)).rejects.toThrow(
			'A report from Monday 2 November 2026 to Thursday 31 December 2026 was saved on Monday 23 November 2026.'
		);
		expect(await db.reports.count()).toBe(1);
	});
});
