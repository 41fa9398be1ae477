import { addDays, dateSpans, today } from '$lib/domain/dates';
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

/** Runs of dates over the last year and a half; anything older or newer is read as one run. */
const READ_BACK_DAYS = 540;
const RUNS = 24;

/**
 * Every check of the year, read in runs of dates and counted run by run: each run is counted
 * while IndexedDB is still reading the next, so counting adds little to the read. All the
 * reads are asked for at once, pupils and classes first.
 */
export async function reviewData(day = today()): Promise<ReviewData> {
	return db.transaction('r', db.checks, db.pupils, db.classes, async () => {
		const pupilsRead = db.pupils.toArray();
		const classesRead = db.classes.toArray();
		const spans = dateSpans(addDays(day, -READ_BACK_DAYS), day, RUNS);
		const reads = [
			db.checks.where('date').below(spans[0][0]).toArray(),
			...spans.map(([from, to]) => db.checks.where('date').between(from, to, true, true).toArray()),
			db.checks.where('date').above(day).toArray()
		];
		const [pupils, classes] = await Promise.all([pupilsRead, classesRead]);
		const builder = new FactsBuilder(pupils, classes);
		const checks: Check[] = [];
		for (const read of reads) {
			const run = await read;
			builder.add(run);
			checks.push(...run);
		}
		return { facts: builder.finish(), records: { checks, pupils, classes } };
	});
}
