import { addDays, dateSpans, today } from '$lib/domain/dates';
import type { Check } from '$lib/domain/model/check';
import { dayOutcomesIds } from '$lib/domain/model/outcome';
import { isLive } from '$lib/domain/tombstones';
import type { Pupil, SchoolClass } from '$lib/domain/model/roster';
import { OutcomeBook } from '$lib/domain/outcomes';
import { FactsBuilder, type ReviewFacts } from '$lib/domain/review/facts';
import { db } from '../database';
import { liveRecords } from '../records';

export interface ReviewRecords {
	checks: Check[];
	pupils: Pupil[];
	classes: SchoolClass[];
	outcomes: OutcomeBook;
}

export interface ReviewData {
	facts: ReviewFacts;
	records: ReviewRecords;
	/** The dates read, or null for every date. */
	range: DateRange | null;
}

/** Days from `from` to `to`, both included. */
export interface DateRange {
	from: string;
	to: string;
}

type DateRun = { below: string } | { from: string; to: string } | { above: string };

/** The checks dated within a run. */
function checksInRun(run: DateRun) {
	const date = db.checks.where('date');
	if ('below' in run) return date.below(run.below);
	if ('above' in run) return date.above(run.above);
	return date.between(run.from, run.to, true, true);
}

/** The adults' outcomes of the days of a run, read by their ids, which begin with the day. */
function outcomesInRun(run: DateRun) {
	const id = db.outcomes.where('id');
	if ('below' in run) return id.below(dayOutcomesIds(run.below)[0]);
	if ('above' in run) return id.above(dayOutcomesIds(run.above)[1]);
	const [from, to] = dayOutcomesIds(run.from, run.to);
	return id.between(from, to, true, true);
}

/** Runs of dates over the last year and a half; anything older or newer is read as one run. */
const READ_BACK_DAYS = 540;
const RUNS = 24;

/** Every date in runs: the last year and a half one by one, anything older or newer as one run. */
function runsOfEveryDate(day: string): DateRun[] {
	const spans = dateSpans(addDays(day, -READ_BACK_DAYS), day, RUNS);
	return [
		{ below: spans[0][0] },
		...spans.map(([from, to]): DateRun => ({ from, to })),
		{ above: day }
	];
}

/**
 * The checks of a range of dates (of every date when `range` is null) with the adults'
 * outcomes of the same days, read in runs of dates and counted run by run: each run is counted
 * while IndexedDB is still reading the next, so counting adds little to the read. All the reads
 * are asked for at once, pupils and classes first. Only the range's dates are read, so Review
 * costs the years it shows, not every year stored.
 */
export async function reviewData(
	day = today(),
	range: DateRange | null = null
): Promise<ReviewData> {
	return db.transaction('r', db.checks, db.outcomes, db.pupils, db.classes, async () => {
		const pupilsRead = liveRecords(db.pupils);
		const classesRead = liveRecords(db.classes);
		const runs = range
			? dateSpans(range.from, range.to, RUNS).map(([from, to]): DateRun => ({ from, to }))
			: runsOfEveryDate(day);
		const reads = runs.map((run) =>
			Promise.all([checksInRun(run).toArray(), outcomesInRun(run).toArray()])
		);
		const [pupils, classes] = await Promise.all([pupilsRead, classesRead]);
		const builder = new FactsBuilder(pupils, classes);
		const checks: Check[] = [];
		const outcomes = new OutcomeBook();
		for (const read of reads) {
			const [run, days] = await read;
			for (const sheet of days) outcomes.add(sheet);
			builder.add(run, outcomes);
			checks.push(...run.filter(isLive));
		}
		return { facts: builder.finish(), records: { checks, pupils, classes, outcomes }, range };
	});
}

/** The first and last day with a check on this device, or null when none has been made. */
export async function checkDates(): Promise<DateRange | null> {
	return db.transaction('r', db.checks, async () => {
		const dates = db.checks.orderBy('date').filter(isLive);
		const [first, last] = await Promise.all([dates.first(), dates.clone().reverse().first()]);
		return first && last ? { from: first.date, to: last.date } : null;
	});
}
