import { describe, expect, it } from 'vitest';
import { answeredCheck, choiceQuestion, question } from '$factories/check';
import { checkTomorrow, confidentlyWrongFirst, confidentlyWrongOn } from './confidence';
import { flagSummary } from './flagged';
import { describeReason } from './flags';
import { DEFAULT_FLAG_RULE } from './school';
import { isFlaggedAt } from './tickets';

const abc = (n: number): ReturnType<typeof choiceQuestion> =>
	choiceQuestion(n, 'fluency', [
		['right', null],
		['wrong', `misconception ${n}`],
		['also wrong', null]
	]);
const questions = [abc(1), abc(2), abc(3), abc(4)];

// Ada is confidently wrong, Ben guessed one right, Cai is secure; Dan guessed and is wrong too.
const rows = {
	ada: ['2s', '2s', '1s', '1s'],
	ben: ['1g', '1s', '1t', '1s'],
	cai: ['1s', '1s', '1s', '1t'],
	dan: ['1s', '3g', '2g', '1t']
};

describe('confidence beside the answers', () => {
	const check = answeredCheck(questions, rows);

	it('finds the answers a pupil was sure of and got wrong', () => {
		expect(confidentlyWrongOn(check, 'ada')).toEqual([0, 1]);
		expect(confidentlyWrongOn(check, 'dan')).toEqual([]);
		expect(confidentlyWrongOn(check, 'nobody')).toEqual([]);
	});

	it('does not flag a pupil right but guessing: they are to check tomorrow', () => {
		expect(isFlaggedAt(check, 1)).toBe(false);
		expect(checkTomorrow(check)).toEqual([{ pupilId: 'ben', questions: [0] }]);
		expect(flagSummary(check).flagged.map((f) => f.pupilId)).toEqual(['ada', 'dan']);
	});

	it('flags them where the check’s rule says so, and says why', () => {
		const strict = answeredCheck(questions, rows, { ...DEFAULT_FLAG_RULE, flagGuessedRight: true });
		expect(isFlaggedAt(strict, 1)).toBe(true);
		expect(checkTomorrow(strict)).toEqual([]);
		const [reason] = flagSummary(strict).flagged.find((f) => f.pupilId === 'ben')!.reasons;
		expect(describeReason(reason, (q) => `Q${q + 1}`)).toBe('right but guessing on Q1');
	});

	it('lists the confidently wrong first among the flagged', () => {
		const flagged = [{ pupilId: 'dan' }, { pupilId: 'cai' }, { pupilId: 'ada' }];
		expect(confidentlyWrongFirst(check, flagged).map((f) => f.pupilId)).toEqual([
			'ada',
			'dan',
			'cai'
		]);
	});

	it('leaves a check marked on paper as it was', () => {
		const paper = answeredCheck([question(1, 'fluency')], { ada: ['x'], ben: ['✓'] });
		expect(checkTomorrow(paper)).toEqual([]);
		expect(confidentlyWrongOn(paper, 'ada')).toEqual([]);
	});
});
