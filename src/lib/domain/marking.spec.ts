import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '../../../tests/factories/check';
import { nextMark, withAbsent, withEveryoneCorrect, withMark, withOverride } from './marking';
import { MARK, RULE } from './model/check';
import { DEFAULT_FLAG_RULE } from './model/settings';
import { ticketsOf } from './tickets';

const questions = [question(1, 'fluency', { essential: true }), question(2, 'thinking')];
const rule = DEFAULT_FLAG_RULE;

describe('marking a check', () => {
	it('marks everyone present correct, keeping the wrong answers already marked', () => {
		const check = markedCheck(questions, { ada: '..', ben: 'x.', cai: 'absent' });
		const next = withEveryoneCorrect(check, rule, 5);
		expect(ticketsOf(next).map((t) => t.marks)).toEqual([
			['correct', 'correct'],
			['incorrect', 'correct'],
			['unmarked', 'unmarked']
		]);
		expect([...next.rule]).toEqual([RULE.clear, RULE.flagged, RULE.clear]);
		expect(next.updatedAt).toBe(5);
		expect([...check.marks]).toEqual([0, 0, 2, 0, 0, 0]);
	});

	it('applies the flag rule again after every mark', () => {
		const check = withEveryoneCorrect(markedCheck(questions, { ada: '..' }), rule, 1);
		const next = withMark(check, 'ada', 'q1', MARK.incorrect, rule, 2);
		expect(ticketsOf(next)[0]).toMatchObject({ rule: 'flagged', flagged: true });
		expect(() => withMark(check, 'zed', 'q1', MARK.correct, rule, 2)).toThrow(
			'That pupil is not on this check.'
		);
	});

	it('takes an absent pupil out of the flags', () => {
		const check = markedCheck(questions, { ada: 'xx' });
		const absent = withAbsent(
			{ ...check, rule: new Uint8Array([RULE.flagged]) },
			'ada',
			true,
			rule,
			3
		);
		expect(ticketsOf(absent)[0]).toMatchObject({ absent: true, flagged: false });
		expect(ticketsOf(withAbsent(absent, 'ada', false, rule, 4))[0].flagged).toBe(true);
	});

	it('records the teacher’s override with its reason, and it wins', () => {
		const check = withEveryoneCorrect(markedCheck(questions, { ada: 'x.' }), rule, 1);
		const unflagged = withOverride(check, 'ada', 'unflag', ' Secure when we talked ', 2);
		expect(ticketsOf(unflagged)[0]).toMatchObject({
			rule: 'flagged',
			override: 'unflag',
			overrideReason: 'Secure when we talked',
			flagged: false
		});
		const cleared = withOverride(unflagged, 'ada', 'none', 'ignored', 3);
		expect(ticketsOf(cleared)[0]).toMatchObject({
			override: 'none',
			overrideReason: null,
			flagged: true
		});
	});

	it('cycles a tapped cell: correct, wrong, not answered, correct', () => {
		expect(nextMark(MARK.unmarked)).toBe(MARK.correct);
		expect(nextMark(MARK.correct)).toBe(MARK.incorrect);
		expect(nextMark(MARK.incorrect)).toBe(MARK.notAnswered);
		expect(nextMark(MARK.notAnswered)).toBe(MARK.correct);
	});
});
