import { MARKS, type Security } from '$lib/domain/codes';
import { lastSchoolDays } from '$lib/domain/dates';
import { byName } from '$lib/domain/sorting';
import { planCheckGroups } from '$lib/domain/groupPlan';
import {
	primaryNeed,
	PERSISTENT_WINDOW_DAYS,
	type Booking,
	type PastCheck
} from '$lib/domain/grouping';
import { KEYSTONE_IDS, type KeystoneId } from '$lib/domain/keystones';
import { newCheck, type Check, type Question } from '$lib/domain/model/check';
import type { PupilAnswers } from '$lib/domain/model/answers';
import type { Group } from '$lib/domain/model/group';
import type { DayOutcomes } from '$lib/domain/model/outcome';
import type { Adult, Pupil, SchoolClass, SenStatus } from '$lib/domain/model/roster';
import type { SchoolData } from '$lib/domain/model/school';
import { DEFAULT_FLAG_RULE, defaultSettings } from '$lib/domain/school';
import { pastCheckAt } from '$lib/domain/history';
import { dayOutcomesId, emptyDayOutcomes, OutcomeBook, withOutcome } from '$lib/domain/outcomes';
import { DEMO_SCHOOL_ID } from '$lib/domain/school';
import { isAbsentAt, isFlaggedAt, marksAt, nextCheck, pupilIndex } from '$lib/domain/tickets';
import { demoDays, demoLeadership } from './leading';
import { bandOf, LESSONS, type DemoLesson } from './lessons';
import { ADULT_NAMES, FIRST_NAMES, SURNAMES } from './names';
import { Random } from './random';
import { answerOnTablets, tabletQuestions } from './tablets';

export interface DemoOptions {
	seed: number;
	/** The last school day with checks: today's groups are left for the adults to record. */
	endDate: string;
	/** School days of checks, ending on endDate. */
	days: number;
	/** Year group of each class. */
	yearGroups: number[];
	pupilsPerClass: number;
	/** A fixed number of questions per check, or varied from 3 to 5 when absent. */
	questionsPerCheck?: number;
	/** Teaching assistants who run groups. */
	teachingAssistants: number;
	/** With the maths lead's visits and an earlier governor report. */
	leadership: boolean;
	/**
	 * Each class's pupils answer every this many days' checks on tablets; today's checks are
	 * marked on paper, so the day's groups are the ones the adults expect.
	 */
	tabletsEvery: number;
	now: number;
}

/** Six weeks of a four-class school across KS2 and KS3: what "Load the demo school" makes. */
export function demoSchoolOptions(endDate: string, now: number): DemoOptions {
	return {
		seed: 20261123,
		endDate,
		days: demoDays(endDate, 30),
		yearGroups: [3, 5, 7, 8],
		pupilsPerClass: 30,
		// Enough for the day's groups of four classes, with room for one more check's.
		teachingAssistants: 5,
		leadership: true,
		tabletsEvery: 3,
		now
	};
}

/** A large school's full year: 36 classes of 30, a check of 4 questions every school day. */
export function wholeSchoolOptions(endDate: string, now: number): DemoOptions {
	return {
		seed: 190,
		endDate,
		days: 190,
		yearGroups: Array.from({ length: 36 }, (_, i) => 3 + (i % 7)),
		pupilsPerClass: 30,
		questionsPerCheck: 4,
		teachingAssistants: 18,
		leadership: false,
		tabletsEvery: 3,
		now
	};
}

/** How much harder each keystone is than the others: not every area is equally secure. */
const KEYSTONE_DIFFICULTY: Record<KeystoneId, number> = {
	fluency: -0.3,
	coherence: 0,
	variation: 0.2,
	representation: 0.35,
	thinking: 0.7
};

/** Recall first, reasoning last: earlier questions are the more foundational. */
const QUESTION_ORDER: readonly KeystoneId[] = [
	'fluency',
	'coherence',
	'representation',
	'variation',
	'thinking'
];

interface DemoPupil {
	pupil: Pupil;
	ability: number;
	weakIn: KeystoneId | null;
	history: PastCheck[];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function generateSchool(options: DemoOptions): SchoolData {
	const random = new Random(options.seed);
	const { now } = options;
	const settings = {
		...defaultSettings(DEMO_SCHOOL_ID, 'Riverside Academy (demo)', now),
		demo: true
	};

	const adults = makeAdults(options);
	const classes: SchoolClass[] = options.yearGroups.map((yearGroup, i) => ({
		id: `demo-class-${i + 1}`,
		name: `${yearGroup}${'BHKMRTWS'[Math.floor(i / 7) % 8]}`,
		yearGroup,
		teacherId: adults[i % ADULT_NAMES.teachers.length].id,
		archived: false,
		updatedAt: now,
		deletedAt: null
	}));
	const demoPupils = classes.map((schoolClass, c) => {
		const names = new Set<string>();
		// In register order, as a check lists them.
		return Array.from({ length: options.pupilsPerClass }, (_, p) =>
			makePupil(random, schoolClass, c * options.pupilsPerClass + p + 1, names, now)
		).sort((a, b) => byName(a.pupil, b.pupil));
	});

	const runners = adults.filter((adult) => adult.runsGroups).map((adult) => adult.id);
	const slotIds = settings.slots.map((slot) => slot.id);
	const checks: Check[] = [];
	const groups: Group[] = [];
	const outcomes: DayOutcomes[] = [];
	const answers: PupilAnswers[] = [];
	const dates = lastSchoolDays(options.endDate, options.days);

	dates.forEach((date, day) => {
		const windowStart = dates[Math.max(0, day - PERSISTENT_WINDOW_DAYS + 1)];
		const bookings: Booking[] = [];
		const sheets = new Map<string, DayOutcomes>();
		const made: { check: Check; pupils: DemoPupil[] }[] = [];
		classes.forEach((schoolClass, c) => {
			const lessons = LESSONS.filter((lesson) => lesson.band === bandOf(schoolClass.yearGroup));
			const lesson = lessons[(day + c) % lessons.length];
			const tablets = date !== options.endDate && (day + c) % options.tabletsEvery === 0;
			const marked = makeCheck(random, options, schoolClass, lesson, date, demoPupils[c], tablets);
			const byId = new Map(demoPupils[c].map((demo) => [demo.pupil.id, demo]));
			let check = marked;
			if (tablets) {
				const ability = new Map(demoPupils[c].map((demo) => [demo.pupil.id, demo.ability]));
				// Yesterday, one pupil answered on both of the class's tablets.
				const twice = day === dates.length - 2;
				const answered = answerOnTablets(marked, ability, twice, now);
				check = answered.check;
				answers.push(...answered.answers);
			}
			const planned = planCheckGroups({
				check,
				maxGroupSize: settings.maxGroupSize,
				runners,
				slotIds,
				kept: [],
				before: [],
				elsewhere: bookings,
				history: new Map(check.pupilIds.map((id) => [id, byId.get(id)?.history.slice(-12) ?? []])),
				windowStart
			});
			bookings.push(...planned);
			for (const group of planned) {
				groups.push({
					...group,
					misconception: group.misconception ?? null,
					checkId: check.id,
					classId: check.classId,
					date,
					locked: false,
					createdAt: now,
					updatedAt: now,
					deletedAt: null
				});
				if (date !== options.endDate && group.adultId !== null) {
					const id = dayOutcomesId(date, group.adultId);
					const sheet = sheets.get(id) ?? emptyDayOutcomes(date, group.adultId, now);
					sheets.set(id, recordSession(random, sheet, check, group, byId, lesson, now));
				}
			}
			made.push({ check, pupils: demoPupils[c] });
			checks.push(check);
		});
		const book = new OutcomeBook(sheets.values());
		for (const { check, pupils } of made) remember(check, pupils, book);
		outcomes.push(...sheets.values());
	});

	const school = {
		settings,
		adults,
		classes,
		pupils: demoPupils.flat().map((demo) => demo.pupil),
		checks,
		groups,
		outcomes,
		bank: [],
		answers
	};
	return {
		...school,
		...(options.leadership ? demoLeadership(school, dates, now) : { visits: [], reports: [] })
	};
}

function makeAdults(options: DemoOptions): Adult[] {
	const teachers = Math.min(options.yearGroups.length, ADULT_NAMES.teachers.length);
	const adult = (id: string, name: string, role: Adult['role'], runsGroups: boolean): Adult => ({
		id,
		name,
		role,
		runsGroups,
		archived: false,
		updatedAt: options.now,
		deletedAt: null
	});
	return [
		...Array.from({ length: teachers }, (_, i) =>
			adult(`demo-teacher-${i + 1}`, ADULT_NAMES.teachers[i], 'teacher', false)
		),
		...Array.from({ length: options.teachingAssistants }, (_, i) =>
			adult(
				`demo-ta-${i + 1}`,
				`${ADULT_NAMES.tas[i % ADULT_NAMES.tas.length]}${i >= ADULT_NAMES.tas.length ? ` ${Math.floor(i / ADULT_NAMES.tas.length) + 1}` : ''}`,
				'ta',
				true
			)
		),
		adult('demo-lead', ADULT_NAMES.lead, 'lead', false)
	];
}

function makePupil(
	random: Random,
	schoolClass: SchoolClass,
	n: number,
	names: Set<string>,
	now: number
): DemoPupil {
	let name = '';
	while (name === '' || names.has(name))
		name = `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
	names.add(name);
	const roll = random.next();
	const sen: SenStatus = roll < 0.03 ? 'E' : roll < 0.18 ? 'K' : 'none';
	const disadvantaged = random.chance(0.25);
	// The gaps a maths lead must be able to see: lower starting points, not lower potential.
	const ability =
		random.normal(3.1, 0.9) -
		(sen === 'E' ? 1.5 : sen === 'K' ? 0.9 : 0) -
		(disadvantaged ? 0.55 : 0);
	return {
		pupil: {
			id: `demo-pupil-${String(n).padStart(5, '0')}`,
			classId: schoolClass.id,
			name,
			upn: null,
			sen,
			disadvantaged,
			eal: random.chance(0.2),
			archived: false,
			pastClassIds: [],
			updatedAt: now,
			deletedAt: null
		},
		ability,
		weakIn: random.chance(0.2) ? random.pick(KEYSTONE_IDS) : null,
		history: []
	};
}

function makeCheck(
	random: Random,
	options: DemoOptions,
	schoolClass: SchoolClass,
	lesson: DemoLesson,
	date: string,
	pupils: DemoPupil[],
	tablets: boolean
): Check {
	const count = options.questionsPerCheck ?? random.int(3, 5);
	const dropped = new Set<KeystoneId>();
	while (dropped.size < QUESTION_ORDER.length - count) dropped.add(random.pick(QUESTION_ORDER));
	const keystones = QUESTION_ORDER.filter((keystone) => !dropped.has(keystone));
	const id = `demo-check-${schoolClass.id.slice(11)}-${date}`;
	const essential = random.chance(0.7) ? random.int(0, 1) : -1;
	const written: Question[] = keystones.map((keystoneId, q) => ({
		id: `q${q + 1}`,
		prompt: lesson.questions[keystoneId][0],
		keystoneId,
		objective: lesson.objective,
		essential: q === essential,
		answer: lesson.questions[keystoneId][1],
		kind: 'marked',
		options: [],
		accepted: []
	}));
	const questions = tablets ? tabletQuestions(written, lesson, id) : written;
	const blank = newCheck(
		{ id, classId: schoolClass.id, date, title: lesson.title, questions },
		pupils.map((demo) => demo.pupil.id),
		DEFAULT_FLAG_RULE,
		options.now
	);
	const dayForm = random.normal(0, 0.3);
	const marked = nextCheck(blank, options.now, (ticket) => {
		pupils.forEach((demo) => {
			const edit = ticket(demo.pupil.id);
			if (random.chance(0.04)) return edit.absent(true);
			questions.forEach((question, q) => {
				const weak = demo.weakIn === question.keystoneId ? 1.6 : 0;
				const p = sigmoid(
					demo.ability +
						dayForm -
						lesson.difficulty -
						KEYSTONE_DIFFICULTY[question.keystoneId] -
						weak
				);
				const skipped = random.chance(question.keystoneId === 'thinking' ? 0.06 : 0.02);
				edit.mark(
					q,
					skipped
						? MARKS.code['not-answered']
						: random.chance(p)
							? MARKS.code.correct
							: MARKS.code.incorrect
				);
			});
		});
	});
	return nextCheck(marked, options.now, (ticket) => {
		pupils.forEach((demo, p) => {
			if (isAbsentAt(marked, p) || !random.chance(0.015)) return;
			const flagged = isFlaggedAt(marked, p);
			ticket(demo.pupil.id).override(
				flagged ? 'unflag' : 'flag',
				flagged ? 'Secure when we talked it through' : 'Unsure in the main lesson'
			);
		});
	});
}

/** The adult's record of one group's session, added to their day's outcomes. */
function recordSession(
	random: Random,
	sheet: DayOutcomes,
	check: Check,
	group: { id: string; pupilIds: string[] },
	pupils: Map<string, DemoPupil>,
	lesson: DemoLesson,
	now: number
): DayOutcomes {
	let next = sheet;
	for (const pupilId of group.pupilIds) {
		const p = pupilIndex(check, pupilId);
		const demo = pupils.get(pupilId);
		if (p < 0 || !demo) continue;
		const place = { checkId: check.id, groupId: group.id, pupilId };
		if (!random.chance(0.92)) {
			next = withOutcome(next, place, { attended: 'absent' }, now);
			continue;
		}
		const need = check.questions[primaryNeed(marksAt(check, p), check.questions)];
		const weak = demo.weakIn === need.keystoneId ? 1.2 : 0;
		const correct = random.chance(sigmoid(demo.ability + 0.4 - lesson.difficulty - weak));
		const security: Security = correct
			? random.chance(0.75)
				? 'secure'
				: 'developing'
			: random.chance(0.5)
				? 'developing'
				: 'not-yet';
		const note = random.chance(0.1)
			? correct
				? 'Explained it back clearly by the end'
				: 'Needed the counters throughout'
			: undefined;
		next = withOutcome(
			next,
			place,
			{ attended: 'attended', recheck: correct ? 'correct' : 'incorrect', security, note },
			now
		);
	}
	return next;
}

/** Adds this check to each pupil's history, for the next checks' repeat and persistent marks. */
function remember(check: Check, pupils: DemoPupil[], outcomes: OutcomeBook): void {
	pupils.forEach((demo, p) => {
		const past = pastCheckAt(check, p, outcomes);
		if (past) demo.history.push(past);
	});
}
