import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '$factories/check';
import { ownNeedOutsideFocus } from './groupPlan';
import { historyOf } from './history';
import { withEveryoneCorrect } from './marking';
import { OutcomeBook } from './outcomes';
import { checkState, markingProgress } from './progress';
import { dayOutcomes } from '$factories/outcomes';

const questions = [question(1, 'fluency'), question(2, 'thinking')];

describe('how far a check has got', () => {
	it('counts present pupils fully marked', () => {
		const check = markedCheck(questions, { ada: '✓.', ben: 'x✓', cai: 'absent' });
		expect(markingProgress(check)).toEqual({ marked: 1, present: 2 });
		expect(checkState(check, 0)).toBe('marking');
		expect(checkState(withEveryoneCorrect(check, 1), 0)).toBe('marked');
		expect(checkState(withEveryoneCorrect(check, 1), 2)).toBe('grouped');
		expect(checkState(markedCheck(questions, { ada: '..' }), 0)).toBe('not-marked');
	});
});

describe('a pupil’s history', () => {
	it('lists each present check, oldest first, with the keystone of any flag and whether it is open', () => {
		const first = markedCheck(questions, { ada: 'x✓', ben: '✓✓' }, '2026-11-17');
		const second = markedCheck(questions, { ada: '✓x', ben: 'absent' }, '2026-11-18');
		const outcomes = new OutcomeBook([dayOutcomes(second, { ada: { recheck: 'correct' } })]);
		const history = historyOf([second, first], ['ada', 'ben'], outcomes);
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
