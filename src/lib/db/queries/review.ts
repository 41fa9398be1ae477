import { dateSpans } from '$lib/domain/dates';
import type { Check } from '$lib/domain/model/check';
import type { Pupil, SchoolClass } from '$lib/domain/model/roster';
import { FactsBuilder, type ReviewFacts } from '$lib/domain/review/facts';
import { db } from '../database';

export interface ReviewRecords {
	checks: Check[];
	pupils: Pupil[];
	classes: SchoolClass[];
}

export interface ReviewData {
	facts: ReviewFacts;
	records: ReviewRecords;
}

/**
 * Every check of the year, read in runs of dates and counted run by run: each run is counted
 * while IndexedDB is still reading the next, so counting adds little to the read.
 */
export async function reviewData(runs = 16): Promise<ReviewData> {
	return db.transaction('r', db.checks, db.pupils, db.classes, async () => {
		const [pupils, classes, first, last] = await Promise.all([
			db.pupils.toArray(),
			db.classes.toArray(),
			db.checks.orderBy('date').first(),
			db.checks.orderBy('date').last()
		]);
		const builder = new FactsBuilder(pupils, classes);
		const checks: Check[] = [];
		if (first && last) {
			const reads = dateSpans(first.date, last.date, runs).map(([from, to]) =>
				db.checks.where('date').between(from, to, true, true).toArray()
			);
			for (const read of reads) {
				const run = await read;
				builder.add(run);
				checks.push(...run);
			}
		}
		return { facts: builder.finish(), records: { checks, pupils, classes } };
	});
}
