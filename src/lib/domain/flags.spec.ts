import { describe, expect, it } from 'vitest';
import { markedCheck, marks, question } from '$factories/check';
import { RULES } from './codes';
import { applyFlagRule, describeReason } from './flags';
import { DEFAULT_FLAG_RULE } from './school';

const four = [
	question(1, 'fluency', { essential: true }),
	question(2, 'coherence'),
	question(3, 'representation'),
	question(4, 'thinking')
];
const rule = DEFAULT_FLAG_RULE;

describe('the flag rule', () => {
	it('leaves a pupil who got everything right clear', () => {
		expect(applyFlagRule(marks('✓✓✓✓'), four, rule)).toEqual({ status: 'clear', reasons: [] });
	});

	it('flags a missed essential question even when the score is high', () => {
		const decision = applyFlagRule(marks('x✓✓✓'), four, rule);
		expect(decision.status).toBe('flagged');
		expect(decision.reasons).toEqual([{ kind: 'essential-missed', questions: [0] }]);
	});

	it('treats an essential question not attempted as missed', () => {
		expect(applyFlagRule(marks('-✓✓✓'), four, rule).status).toBe('flagged');
	});

	it('flags a score below the threshold of what was answered', () => {
		const decision = applyFlagRule(marks('✓xx✓'), four, rule);
		expect(decision.reasons).toEqual([{ kind: 'below-threshold', correct: 2, answered: 4 }]);
	});

	it('does not flag a score exactly at the threshold', () => {
		expect(applyFlagRule(marks('✓✓✓x'), four, rule).status).toBe('clear');
	});

	it('leaves questions not attempted out of the score', () => {
		// 2 of 2 answered: 100%, although two were not attempted.
		expect(applyFlagRule(marks('✓--✓'), four, rule).status).toBe('clear');
		// 2 of 3 answered: 67%, below 75%.
		expect(applyFlagRule(marks('✓-x✓'), four, rule).status).toBe('flagged');
	});

	it('flags a pupil who answered nothing', () => {
		expect(applyFlagRule(marks('----'), four, rule).reasons).toContainEqual({
			kind: 'none-answered'
		});
	});

	it('waits while any question is unmarked', () => {
		expect(applyFlagRule(marks('x.✓✓'), four, rule).status).toBe('pending');
	});

	it('follows the school thresholds', () => {
		expect(applyFlagRule(marks('✓✓✓x'), four, { ...rule, threshold: 80 }).status).toBe('flagged');
		expect(applyFlagRule(marks('✓xx✓'), four, { ...rule, threshold: 50 }).status).toBe('clear');
		expect(applyFlagRule(marks('x✓✓✓'), four, { ...rule, essentialMissFlags: false }).status).toBe(
			'clear'
		);
	});

	it('never flags an absent pupil', () => {
		const check = markedCheck(four, { ada: 'absent', ben: 'xxxx', cai: '✓✓✓✓' });
		expect([...check.rule]).toEqual([RULES.code.clear, RULES.code.flagged, RULES.code.clear]);
	});

	it('explains each reason in plain English', () => {
		const label = (i: number) => `Q${i + 1}`;
		expect(describeReason({ kind: 'essential-missed', questions: [0, 2] }, label)).toBe(
			'missed essential Q1, Q3'
		);
		expect(describeReason({ kind: 'below-threshold', correct: 1, answered: 3 }, label)).toBe(
			'1 of 3 answered correctly'
		);
		expect(describeReason({ kind: 'none-answered' }, label)).toBe('answered no questions');
		expect(describeReason({ kind: 'earlier-rule' }, label)).toBe(
			'flagged by the rule the school used when it was marked'
		);
	});
});
