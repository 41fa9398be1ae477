import { CONFIDENCE, type Confidence } from '../codes';
import { KEYSTONE_IDS, type KeystoneId } from '../keystones';
import type { ReviewFacts } from './facts';
import { checksInScope, type ReviewFilter } from './filter';
import { SPLITS, type Split } from './metrics';

/**
 * What the pupils' own answers on tablets show the maths lead: the misconceptions chosen most,
 * and how well the pupils' confidence matched their answers.
 */

export interface MisconceptionRow {
	text: string;
	keystoneId: KeystoneId;
	objective: string | null;
	/** Wrong answers that named it. */
	answers: number;
	/** Different pupils who chose it. */
	pupils: number;
}

/** Which of the facts' tablet answers are in the filter's scope. */
function answersInScope(facts: ReviewFacts, filter: ReviewFilter): Uint8Array {
	const checks = checksInScope(facts, filter);
	const onlyKeystone = filter.keystoneId ? KEYSTONE_IDS.indexOf(filter.keystoneId) : -1;
	const { answers } = facts;
	const scope = new Uint8Array(answers.count);
	for (let a = 0; a < answers.count; a++) {
		scope[a] = Number(
			checks[facts.check[answers.fact[a]]] === 1 &&
				(onlyKeystone < 0 || answers.keystone[a] === onlyKeystone)
		);
	}
	return scope;
}

/**
 * The misconceptions pupils chose in the filter's scope, the most pupils first, each under the
 * keystone and objective of the question that revealed it.
 */
export function commonMisconceptions(facts: ReviewFacts, filter: ReviewFilter): MisconceptionRow[] {
	const scope = answersInScope(facts, filter);
	const { answers } = facts;
	const counts = new Int32Array(facts.misconceptions.length);
	const pupils = facts.misconceptions.map(() => new Set<number>());
	for (let a = 0; a < answers.count; a++) {
		const m = answers.misconception[a];
		if (scope[a] === 0 || m < 0) continue;
		counts[m]++;
		pupils[m].add(facts.pupil[answers.fact[a]]);
	}
	return facts.misconceptions
		.map((misconception, m) => ({
			text: misconception.text,
			keystoneId: KEYSTONE_IDS[misconception.keystone],
			objective: misconception.objective < 0 ? null : facts.objectives[misconception.objective],
			answers: counts[m],
			pupils: pupils[m].size
		}))
		.filter((row) => row.answers > 0)
		.sort(
			(a, b) =>
				b.pupils - a.pupils ||
				b.answers - a.answers ||
				a.text.localeCompare(b.text, 'en-GB') ||
				(a.objective ?? '').localeCompare(b.objective ?? '', 'en-GB')
		);
}

/** Answers given with one level of confidence, by one kind of pupil. */
export interface CalibrationCell {
	answers: number;
	correct: number;
	/** Different pupils behind the answers. */
	pupils: number;
}

export type SaidConfidence = Exclude<Confidence, 'unrecorded'>;
export const SAID_CONFIDENCE: readonly SaidConfidence[] = ['sure', 'think-so', 'guessing'];

export type Calibration = Record<SaidConfidence, Record<Split, CalibrationCell>>;

const IN_SPLIT: Record<Split, (pupil: { sen: boolean; disadvantaged: boolean }) => boolean> = {
	all: () => true,
	sen: (pupil) => pupil.sen,
	notSen: (pupil) => !pupil.sen,
	disadvantaged: (pupil) => pupil.disadvantaged,
	notDisadvantaged: (pupil) => !pupil.disadvantaged
};

/**
 * How well pupils' confidence matched their answers: of the answers given "sure", "think so"
 * and "guessing", how many were right, for all pupils and split by SEND and disadvantage, each
 * with the number of pupils behind it. Pupils who know what they know are right when sure and
 * less often when guessing.
 */
export function confidenceCalibration(facts: ReviewFacts, filter: ReviewFilter): Calibration {
	const scope = answersInScope(facts, filter);
	const { answers } = facts;
	const cells = {} as Calibration;
	const seen = {} as Record<SaidConfidence, Record<Split, Set<number>>>;
	for (const level of SAID_CONFIDENCE) {
		cells[level] = {} as Record<Split, CalibrationCell>;
		seen[level] = {} as Record<Split, Set<number>>;
		for (const split of SPLITS) {
			cells[level][split] = { answers: 0, correct: 0, pupils: 0 };
			seen[level][split] = new Set();
		}
	}
	for (let a = 0; a < answers.count; a++) {
		const level = CONFIDENCE.nameOf(answers.confidence[a]);
		if (scope[a] === 0 || level === 'unrecorded') continue;
		const p = facts.pupil[answers.fact[a]];
		const pupil = facts.pupils[p];
		for (const split of SPLITS) {
			if (!IN_SPLIT[split](pupil)) continue;
			const cell = cells[level][split];
			cell.answers++;
			cell.correct += answers.correct[a];
			seen[level][split].add(p);
		}
	}
	for (const level of SAID_CONFIDENCE) {
		for (const split of SPLITS) cells[level][split].pupils = seen[level][split].size;
	}
	return cells;
}
