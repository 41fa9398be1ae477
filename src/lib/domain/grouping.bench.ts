import { bench, describe } from 'vitest';
import { generateSchool, wholeSchoolOptions } from '$lib/demo/generate';
import { lastSchoolDays } from './dates';
import { PERSISTENT_WINDOW_DAYS, type Booking } from './grouping';
import { planCheckGroups } from './groupPlan';
import { historyOf } from './history';
import { OutcomeBook } from './outcomes';
import { judgedAgain } from './tickets';

// A whole school's year: the last day's 36 checks are grouped again, with the real history.
const school = generateSchool(wholeSchoolOptions('2026-11-23', 0));
const lastDay = school.checks.at(-1)?.date ?? '';
const windowStart = lastSchoolDays(lastDay, PERSISTENT_WINDOW_DAYS)[0];
const recent = school.checks.filter((check) => check.date >= windowStart && check.date < lastDay);
const day = school.checks.filter((check) => check.date === lastDay);
const runners = school.adults.filter((adult) => adult.runsGroups).map((adult) => adult.id);
const slotIds = school.settings.slots.map((slot) => slot.id);

// A class of 32: the first check of the day with two more pupils, flagged as the rule says.
const base = day[0];
const width = base.questions.length;
const class32 = judgedAgain({
	...base,
	pupilIds: [...base.pupilIds, 'extra-1', 'extra-2'],
	marks: Uint8Array.from([
		...base.marks,
		...Array<number>(width).fill(2),
		...Array<number>(width).fill(1)
	]),
	absent: Uint8Array.from([...base.absent, 0, 0]),
	rule: Uint8Array.from([...base.rule, 0, 0]),
	overrides: Uint8Array.from([...base.overrides, 0, 0]),
	changedAt: Float64Array.from([...base.changedAt, 0, 0])
});
const outcomes = new OutcomeBook(school.outcomes);

function group(check: typeof base, elsewhere: Booking[]) {
	return planCheckGroups({
		check,
		maxGroupSize: 6,
		runners,
		slotIds,
		kept: [],
		before: [],
		elsewhere,
		history: historyOf(
			recent.filter((other) => other.classId === check.classId),
			check.pupilIds,
			outcomes
		),
		windowStart
	});
}

describe('grouping', () => {
	bench('a class of 32', () => {
		group(class32, []);
	});

	bench("a whole school's day: 36 classes sharing 18 adults", () => {
		const booked: Booking[] = [];
		for (const check of day) booked.push(...group(check, booked));
	});
});
