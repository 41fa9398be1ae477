import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '../../../tests/factories/check';
import { ownNeedOutsideFocus } from './groupPlan';
import { historyOf } from './history';
import { withEveryoneCorrect, withRules } from './marking';
import { RECHECK } from './model/check';
import { DEFAULT_FLAG_RULE } from './model/settings';
import { checkState, markingProgress } from './progress';

const rule = DEFAULT_FLAG_RULE;
const questions = [question(1, 'fluency'), question(2, 'thinking')];

describe('how far a check has got', () => {
	it('counts present pupils fully marked', () => {
		const check = withRules(markedCheck(questions, { ada: '✓.', ben: 'x✓', cai: 'absent' }), rule);
		expect(markingProgress(check)).toEqual({ marked: 1, present: 2 });
		expect(checkState(check, 0)).toBe('marking');
		expect(checkState(withEveryoneCorrect(check, rule, 1), 0)).toBe('marked');
		expect(checkState(withEveryoneCorrect(check, rule, 1), 2)).toBe('grouped');
		expect(checkState(markedCheck(questions, { ada: '..' }), 0)).toBe('not-marked');
	});
});

describe('a pupil’s history', () => {
	it('lists each present check, oldest first, with the keystone of any flag and whether it is open', () => {
		const first = withRules(markedCheck(questions, { ada: 'x✓', ben: '✓✓' }, '2026-11-17'), rule);
		const second = withRules(
			markedCheck(questions, { ada: '✓x', ben: 'absent' }, '2026-11-18'),
			rule
		);
		second.recheck[0] = RECHECK.correct;
		const history = historyOf([second, first], ['ada', 'ben']);
		expect(history.get('ada')).toEqual([
			{ date: '2026-11-17', flaggedIn: 'fluency', open: true },
			{ date: '2026-11-18', flaggedIn: 'thinking', open: false }
		]);
		expect(history.get('ben')).toEqual([{ date: '2026-11-17', flaggedIn: null, open: false }]);
	});
});

describe('a pupil who joined a group of another question', () => {
	it('is shown the question they missed first', () => {
		const check = markedCheck(questions, { ada: 'x✓', ben: '✓x' });
		expect(ownNeedOutsideFocus(check, 'ada', 'q1')).toBeNull();
		expect(ownNeedOutsideFocus(check, 'ben', 'q1')).toBe(2);
		expect(ownNeedOutsideFocus(check, 'zed', 'q1')).toBeNull();
	});
});
