import { ATTENDANCE, isClosedCode, isMissed, MARKS, OVERRIDES, RULES } from '../codes';
import { addDays, schoolDayNumber, weekStart } from '../dates';
import { KEYSTONE_IDS } from '../keystones';
import { MAX_QUESTIONS, type Check } from '../model/check';
import { isLive } from '../tombstones';
import { isAnsweredOnTablet, misconceptionKey } from '../model/questions';
import type { Pupil, SchoolClass } from '../model/roster';
import type { OutcomeBook } from '../outcomes';
import { pupilNamesByClass } from '../pupilNames';
import { byDateThenMade } from '../sorting';

/** Status bits of one fact. */
export const PRESENT = 1;
export const FLAGGED = 2;
export const ATTENDED_GROUP = 4;
export const CLOSED = 8;
export const NO_KEYSTONE = 255;

export interface ReviewPupil {
	id: string;
	/** The name as shown: with a mark where two pupils of a class share it. */
	name: string;
	classId: string | null;
	/** Any SEN: support (K) or an EHC plan (E). */
	sen: boolean;
	disadvantaged: boolean;
}

export interface ReviewCheck {
	id: string;
	title: string;
	date: string;
	/** The school day's number (see schoolDayNumber): differences count school days. */
	day: number;
	classIndex: number;
	week: number;
	yearGroup: number;
	/** Bit k set when the check has a question in keystone k (KEYSTONE_IDS order). */
	keystones: number;
	/** Indices into `objectives` of the check's objective codes. */
	objectives: number[];
}

/** A misconception the pupils chose, under the keystone and objective of its question. */
export interface ReviewMisconception {
	text: string;
	/** Index into KEYSTONE_IDS. */
	keystone: number;
	/** Index into the facts' objectives, or -1. */
	objective: number;
}

/**
 * The answers pupils gave on tablets, one entry an answer: only checks the pupils answered
 * have any, so a school that marks on paper pays nothing for them.
 */
export interface AnswerFacts {
	count: number;
	/** The fact (pupil on a check) the answer belongs to. */
	fact: Uint32Array;
	/** Index into KEYSTONE_IDS of the question's keystone. */
	keystone: Uint8Array;
	/** How sure the pupil said they were (CONFIDENCE). */
	confidence: Uint8Array;
	/** 1 when the answer was right (as marked now, the teacher's corrections included). */
	correct: Uint8Array;
	/** Index into `misconceptions` of the misconception a wrong answer named, else -1. */
	misconception: Int32Array;
}

/**
 * Every ticket of a school's year as flat typed arrays, one fact per pupil per check, in date
 * order: made once when Review opens, so that each filter change is one tight pass.
 */
export interface ReviewFacts {
	count: number;
	check: Uint32Array;
	pupil: Uint32Array;
	status: Uint8Array;
	/** Keystone index of a flagged pupil's primary need, else NO_KEYSTONE. */
	keystone: Uint8Array;
	/** Objective index of a flagged pupil's primary need, else -1. */
	objective: Int16Array;
	/** Bit k set when a present pupil answered every keystone-k question correctly. */
	secure: Uint8Array;
	/** The same pupil's next fact, or -1. */
	next: Int32Array;
	/** How sure a flagged pupil said they were of the answer to their primary need (CONFIDENCE). */
	confidence: Uint8Array;
	answers: AnswerFacts;
	misconceptions: ReviewMisconception[];
	checks: ReviewCheck[];
	/** Check c's facts are firstFact[c] up to (not including) firstFact[c + 1]. */
	firstFact: Uint32Array;
	pupils: ReviewPupil[];
	classes: SchoolClass[];
	/** Monday of each week, in order. */
	weeks: string[];
	objectives: string[];
}

const KEYSTONE_INDEX = new Map(KEYSTONE_IDS.map((id, k) => [id, k]));

function unknownPupil(id: string): ReviewPupil {
	return {
		id,
		name: 'A pupil no longer on this device',
		classId: null,
		sen: false,
		disadvantaged: false
	};
}

/** A typed array twice as long (or more), holding what the old one held. */
function grown<T extends Uint8Array | Int16Array | Int32Array | Uint32Array>(
	array: T,
	needed: number,
	fill = 0
): T {
	if (needed <= array.length) return array;
	const bigger = new (array.constructor as new (length: number) => T)(
		Math.max(needed, array.length * 2)
	);
	if (fill !== 0) bigger.fill(fill);
	bigger.set(array);
	return bigger;
}

/**
 * Builds the facts a batch of checks at a time, so that counting can go on while the next
 * batch is still being read. Batches must come in date order, no date split between two.
 */
export class FactsBuilder {
	#facts: ReviewFacts;
	#classIndex: Map<string, number>;
	#pupilIndex = new Map<string, number>();
	#objectiveIndex = new Map<string, number>();
	#weekIndex = new Map<string, number>();
	#dayOf = new Map<string, { week: number; day: number }>();
	/** A class's checks mostly list the same pupils: they are looked up once until that changes. */
	#classPupils = new Map<string, { ids: readonly string[]; numbers: Uint32Array }>();
	/** Each pupil's latest fact so far, to link it to their next. */
	#lastFact: Int32Array;
	#firstFact = new Uint32Array(64);
	#misconceptionIndex = new Map<string, number>();

	constructor(pupilRecords: readonly Pupil[], classes: readonly SchoolClass[]) {
		this.#classIndex = new Map(classes.map((schoolClass, i) => [schoolClass.id, i]));
		const names = pupilNamesByClass(pupilRecords);
		const pupils = pupilRecords.map((pupil, i): ReviewPupil => {
			this.#pupilIndex.set(pupil.id, i);
			return {
				id: pupil.id,
				name: names.get(pupil.id) ?? pupil.name,
				classId: pupil.classId,
				sen: pupil.sen !== 'none',
				disadvantaged: pupil.disadvantaged
			};
		});
		const room = 1024;
		this.#facts = {
			count: 0,
			check: new Uint32Array(room),
			pupil: new Uint32Array(room),
			status: new Uint8Array(room),
			keystone: new Uint8Array(room).fill(NO_KEYSTONE),
			objective: new Int16Array(room).fill(-1),
			secure: new Uint8Array(room),
			next: new Int32Array(room).fill(-1),
			confidence: new Uint8Array(room),
			answers: {
				count: 0,
				fact: new Uint32Array(0),
				keystone: new Uint8Array(0),
				confidence: new Uint8Array(0),
				correct: new Uint8Array(0),
				misconception: new Int32Array(0)
			},
			misconceptions: [],
			checks: [],
			firstFact: new Uint32Array(0),
			pupils,
			classes: [...classes],
			weeks: [],
			objectives: []
		};
		this.#lastFact = new Int32Array(pupils.length + 64).fill(-1);
	}

	#objectiveNumber(code: string | null): number {
		if (!code) return -1;
		let index = this.#objectiveIndex.get(code);
		if (index === undefined) {
			index = this.#facts.objectives.push(code) - 1;
			this.#objectiveIndex.set(code, index);
		}
		return index;
	}

	/** The week and school day of a date; weeks with no checks in between are kept, empty. */
	#when(date: string): { week: number; day: number } {
		let when = this.#dayOf.get(date);
		if (when) return when;
		const monday = weekStart(date);
		const weeks = this.#facts.weeks;
		if (!this.#weekIndex.has(monday)) {
			let week = weeks.length > 0 ? addDays(weeks[weeks.length - 1], 7) : monday;
			for (; week <= monday; week = addDays(week, 7)) {
				this.#weekIndex.set(week, weeks.push(week) - 1);
			}
		}
		when = { week: this.#weekIndex.get(monday) ?? 0, day: schoolDayNumber(date) };
		this.#dayOf.set(date, when);
		return when;
	}

	#pupilNumbers(classId: string, ids: readonly string[]): Uint32Array {
		const known = this.#classPupils.get(classId);
		if (known && known.ids.length === ids.length && known.ids.every((id, i) => id === ids[i])) {
			return known.numbers;
		}
		const pupils = this.#facts.pupils;
		const numbers = Uint32Array.from(ids, (id) => {
			let p = this.#pupilIndex.get(id);
			if (p === undefined) {
				p = pupils.push(unknownPupil(id)) - 1;
				this.#pupilIndex.set(id, p);
			}
			return p;
		});
		this.#lastFact = grown(this.#lastFact, pupils.length, -1);
		this.#classPupils.set(classId, { ids, numbers });
		return numbers;
	}

	#makeRoom(count: number): void {
		const facts = this.#facts;
		const needed = facts.count + count;
		if (needed <= facts.check.length) return;
		facts.check = grown(facts.check, needed);
		facts.pupil = grown(facts.pupil, needed);
		facts.status = grown(facts.status, needed);
		facts.keystone = grown(facts.keystone, needed, NO_KEYSTONE);
		facts.objective = grown(facts.objective, needed, -1);
		facts.secure = grown(facts.secure, needed);
		facts.next = grown(facts.next, needed, -1);
		facts.confidence = grown(facts.confidence, needed);
	}

	#misconceptionNumber(text: string | null, keystone: number, objective: number): number {
		if (!text) return -1;
		const key = `${misconceptionKey(text)}|${keystone}|${objective}`;
		let index = this.#misconceptionIndex.get(key);
		if (index === undefined) {
			index = this.#facts.misconceptions.push({ text, keystone, objective }) - 1;
			this.#misconceptionIndex.set(key, index);
		}
		return index;
	}

	/**
	 * The answers a check's pupils gave on tablets, for the misconceptions and confidence
	 * tables: `first` is the check's first fact.
	 */
	#addAnswers(
		check: Check,
		first: number,
		questionKeystone: Uint8Array,
		questionObjective: Int16Array
	) {
		const width = check.questions.length;
		const room = check.pupilIds.length * width;
		const answers = this.#facts.answers;
		const needed = answers.count + room;
		answers.fact = grown(answers.fact, needed);
		answers.keystone = grown(answers.keystone, needed);
		answers.confidence = grown(answers.confidence, needed);
		answers.correct = grown(answers.correct, needed);
		answers.misconception = grown(answers.misconception, needed, -1);
		const misconceptions = check.questions.map((question, q) =>
			question.options.map((option) =>
				this.#misconceptionNumber(option.misconception, questionKeystone[q], questionObjective[q])
			)
		);
		for (let i = 0; i < check.pupilIds.length; i++) {
			if (check.absent[i] === 1) continue;
			for (let q = 0; q < width; q++) {
				const cell = i * width + q;
				if (!isAnsweredOnTablet(check.questions[q]) || check.takenAt[cell] === 0) continue;
				const a = answers.count++;
				const correct = check.marks[cell] === MARKS.code.correct;
				answers.fact[a] = first + i;
				answers.keystone[a] = questionKeystone[q];
				answers.confidence[a] = check.confidence[cell];
				answers.correct[a] = correct ? 1 : 0;
				answers.misconception[a] =
					correct || check.choices[cell] === 0
						? -1
						: (misconceptions[q][check.choices[cell] - 1] ?? -1);
			}
		}
	}

	/**
	 * Adds a batch of checks, later in date than any added before, with the adults' outcomes
	 * of their days.
	 */
	add(batch: readonly Check[], outcomes: OutcomeBook): void {
		const sorted = batch.filter(isLive).sort(byDateThenMade);
		const facts = this.#facts;
		this.#makeRoom(sorted.reduce((sum, check) => sum + check.pupilIds.length, 0));
		this.#firstFact = grown(this.#firstFact, facts.checks.length + sorted.length + 1);
		// Plain locals in the hot loop below: it runs once for every ticket of the year.
		const { check: factCheck, pupil: factPupil, status: factStatus, secure: factSecure } = facts;
		const { keystone: factKeystone, objective: factObjective, next: factNext } = facts;
		const { confidence: factConfidence } = facts;
		const lastFact = () => this.#lastFact;
		const CORRECT = MARKS.code.correct;
		const { unflag, none } = OVERRIDES.code;
		const questionKeystone = new Uint8Array(MAX_QUESTIONS);
		const questionObjective = new Int16Array(MAX_QUESTIONS);
		const needOrder = new Uint8Array(MAX_QUESTIONS);
		let f = facts.count;
		for (const check of sorted) {
			const c = facts.checks.length;
			this.#firstFact[c] = f;
			const questions = check.questions;
			const width = questions.length;
			let keystones = 0;
			const checkObjectives: number[] = [];
			// The primary need is the first missed question in this order: essential ones first.
			let order = 0;
			for (let q = 0; q < width; q++) if (questions[q].essential) needOrder[order++] = q;
			for (let q = 0; q < width; q++) if (!questions[q].essential) needOrder[order++] = q;
			for (let q = 0; q < width; q++) {
				const k = KEYSTONE_INDEX.get(questions[q].keystoneId) ?? 0;
				questionKeystone[q] = k;
				keystones |= 1 << k;
				questionObjective[q] = this.#objectiveNumber(questions[q].objective);
				if (questionObjective[q] >= 0 && !checkObjectives.includes(questionObjective[q])) {
					checkObjectives.push(questionObjective[q]);
				}
			}
			const when = this.#when(check.date);
			const schoolClass = this.#classIndex.get(check.classId);
			facts.checks.push({
				id: check.id,
				title: check.title,
				date: check.date,
				day: when.day,
				classIndex: schoolClass ?? -1,
				week: when.week,
				yearGroup: schoolClass === undefined ? 0 : facts.classes[schoolClass].yearGroup,
				keystones,
				objectives: checkObjectives
			});
			const { pupilIds, marks, absent, rule, overrides } = check;
			const answered = check.choices.length > 0;
			if (answered) this.#addAnswers(check, f, questionKeystone, questionObjective);
			const numbers = this.#pupilNumbers(check.classId, pupilIds);
			const last = lastFact();
			for (let i = 0; i < pupilIds.length; i++, f++) {
				const p = numbers[i];
				factCheck[f] = c;
				factPupil[f] = p;
				if (last[p] >= 0) factNext[last[p]] = f;
				last[p] = f;
				if (absent[i] === 1) continue;
				const row = i * width;
				let wrong = 0;
				for (let q = 0; q < width; q++) {
					if (marks[row + q] !== CORRECT) wrong |= 1 << questionKeystone[q];
				}
				factSecure[f] = keystones & ~wrong;
				// isFlaggedCode, written out: this line runs for every ticket of the year.
				const override = overrides[i];
				if (override === unflag || (override === none && rule[i] !== RULES.code.flagged)) {
					factStatus[f] = PRESENT;
					continue;
				}
				let need = needOrder[0];
				for (let n = 0; n < width; n++) {
					if (isMissed(marks[row + needOrder[n]])) {
						need = needOrder[n];
						break;
					}
				}
				factKeystone[f] = questionKeystone[need];
				factObjective[f] = questionObjective[need];
				if (answered) factConfidence[f] = check.confidence[row + need];
				const outcome = outcomes.codes(check.id, pupilIds[i]);
				factStatus[f] =
					PRESENT |
					FLAGGED |
					(outcome?.attended === ATTENDANCE.code.attended ? ATTENDED_GROUP : 0) |
					(outcome && isClosedCode(outcome.recheck, outcome.security) ? CLOSED : 0);
			}
		}
		facts.count = f;
	}

	finish(): ReviewFacts {
		const facts = this.#facts;
		facts.firstFact = this.#firstFact.slice(0, facts.checks.length + 1);
		facts.firstFact[facts.checks.length] = facts.count;
		return facts;
	}
}

/** The facts of a whole school year at once. */
export function prepareFacts(
	checks: readonly Check[],
	pupils: readonly Pupil[],
	classes: readonly SchoolClass[],
	outcomes: OutcomeBook
): ReviewFacts {
	const builder = new FactsBuilder(pupils, classes);
	builder.add(checks, outcomes);
	return builder.finish();
}
