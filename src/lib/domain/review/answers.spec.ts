import { describe, expect, it } from 'vitest';
import { answeredCheck, choiceQuestion, question } from '$factories/check';
import { pupil, schoolClass } from '$factories/roster';
import { CONFIDENCE } from '../codes';
import type { Check } from '../model/check';
import { OutcomeBook } from '../outcomes';
import { commonMisconceptions, confidenceCalibration } from './answers';
import { prepareFacts } from './facts';
import { wholeRange } from './filter';
import { computeImpact } from './impact';

const BIGGER = 'bigger denominator, bigger fraction';
const ADDS = 'adds the denominators';
const compare = choiceQuestion(
	1,
	'representation',
	[
		['1/2', null],
		['1/3', BIGGER],
		['2/5', ADDS]
	],
	{
		objective: '3F-2'
	}
);
const recall = choiceQuestion(
	2,
	'fluency',
	[
		['12', null],
		['7', 'adds instead of multiplying']
	],
	{
		objective: '3NF-2'
	}
);

const pupils = [
	pupil('Ada', '3b', { id: 'ada', sen: 'K' }),
	pupil('Ben', '3b', { id: 'ben', disadvantaged: true }),
	pupil('Cai', '3b', { id: 'cai' }),
	pupil('Dan', '3b', { id: 'dan', sen: 'E', disadvantaged: true })
];
const classes = [schoolClass('3B', { id: '3b' })];

function dated(check: Check, id: string, date: string): Check {
	return { ...check, id, date, classId: '3b' };
}

const monday = dated(
	answeredCheck([compare, recall, question(3, 'thinking')], {
		ada: ['2s', '2s', '✓'],
		ben: ['2t', '1g', '✓'],
		cai: ['1s', '1s', '✓'],
		dan: ['3g', '1t', 'x']
	}),
	'mon',
	'2026-11-16'
);
const tuesday = dated(
	answeredCheck([compare], { ada: ['2s'], ben: ['1s'], cai: ['3t'], dan: ['1g'] }),
	'tue',
	'2026-11-17'
);
const paper = dated(answeredCheck([question(1, 'fluency')], { ada: ['x'] }), 'wed', '2026-11-18');
const facts = prepareFacts([monday, tuesday, paper], pupils, classes, new OutcomeBook());
const all = wholeRange(facts);

describe('what the pupils’ own answers show the maths lead', () => {
	it('lists the misconceptions chosen most, with the number of pupils, by keystone and objective', () => {
		expect(commonMisconceptions(facts, all)).toEqual([
			{ text: BIGGER, keystoneId: 'representation', objective: '3F-2', answers: 3, pupils: 2 },
			{ text: ADDS, keystoneId: 'representation', objective: '3F-2', answers: 2, pupils: 2 },
			{
				text: 'adds instead of multiplying',
				keystoneId: 'fluency',
				objective: '3NF-2',
				answers: 1,
				pupils: 1
			}
		]);
	});

	it('follows the dates and the keystone chosen', () => {
		expect(
			commonMisconceptions(facts, { ...all, from: '2026-11-17' }).map((r) => r.answers)
		).toEqual([1, 1]);
		expect(commonMisconceptions(facts, { ...all, keystoneId: 'fluency' })).toHaveLength(1);
		expect(commonMisconceptions(facts, { ...all, to: '2026-11-15' })).toEqual([]);
	});

	it('shows how well confidence matched the answers, split by SEND and disadvantage', () => {
		const calibration = confidenceCalibration(facts, all);
		// Sure: Ada ×3 (all wrong), Cai ×2 (right), Ben on Tuesday (right).
		expect(calibration.sure.all).toEqual({ answers: 6, correct: 3, pupils: 3 });
		expect(calibration.sure.sen).toEqual({ answers: 3, correct: 0, pupils: 1 });
		expect(calibration.sure.notSen).toEqual({ answers: 3, correct: 3, pupils: 2 });
		expect(calibration['think-so'].all).toEqual({ answers: 3, correct: 1, pupils: 3 });
		expect(calibration.guessing.all).toEqual({ answers: 3, correct: 2, pupils: 2 });
		expect(calibration.guessing.disadvantaged).toEqual({ answers: 3, correct: 2, pupils: 2 });
		expect(calibration.guessing.notDisadvantaged).toEqual({ answers: 0, correct: 0, pupils: 0 });
	});

	it('splits the impact of same-day groups by how sure the flagged pupils were', () => {
		const whole = computeImpact(facts, all);
		const sure = computeImpact(facts, all, CONFIDENCE.code.sure);
		const paperOnly = computeImpact(facts, all, CONFIDENCE.code.unrecorded);
		expect(whole.notAttended.flags).toBe(
			[CONFIDENCE.code.sure, CONFIDENCE.code['think-so'], CONFIDENCE.code.guessing, 0]
				.map((code) => computeImpact(facts, all, code).notAttended.flags)
				.reduce((a, b) => a + b)
		);
		// Ada was sure of both wrong answers on Monday and Tuesday.
		expect(sure.notAttended.flags).toBe(2);
		expect(paperOnly.notAttended.flags).toBe(1);
	});
});
