import { describe, expect, it } from 'vitest';
import { markedCheck, question, ticketsOf } from '$factories/check';
import { MARKS, RULES } from './codes';
import { nextMark, withAbsent, withEveryoneCorrect, withMark, withOverride } from './marking';

const questions = [question(1, 'fluency', { essential: true }), question(2, 'thinking')];

describe('marking a check', () => {
	it('marks everyone present correct, keeping the wrong answers already marked', () => {
		const check = markedCheck(questions, { ada: '..', ben: 'x.', cai: 'absent' });
		const next = withEveryoneCorrect(check, 5);
		expect(ticketsOf(next).map((t) => t.marks)).toEqual([
			['correct', 'correct'],
			['incorrect', 'correct'],
			['unmarked', 'unmarked']
		]);
		expect([...next.rule]).toEqual([RULES.code.clear, RULES.code.flagged, RULES.code.clear]);
		expect(next.updatedAt).toBe(5);
		expect([...check.marks]).toEqual([0, 0, 2, 0, 0, 0]);
	});

	it('applies the flag rule again after every mark', () => {
		const check = withEveryoneCorrect(markedCheck(questions, { ada: '..' }), 1);
		const next = withMark(check, 'ada', 'q1', MARKS.code.incorrect, 2);
		expect(ticketsOf(next)[0]).toMatchObject({ rule: 'flagged', flagged: true });
		expect(() => withMark(check, 'zed', 'q1', MARKS.code.correct, 2)).toThrow(
			'That pupil is not on this check.'
		);
	});

	it('judges by the rule the check was made with, not the school’s rule of today', () => {
		const strict = { essentialMissFlags: true, threshold: 100, flagGuessedRight: false };
		const check = markedCheck(questions, { ada: '✓x', ben: '✓✓' }, '2026-11-23', strict);
		expect(ticketsOf(check)[1].flagged).toBe(false);
		const next = withMark(check, 'ben', 'q2', MARKS.code.incorrect, 2);
		// 1 of 2 is below the check's own 100%, whatever the school's threshold is now.
		expect(ticketsOf(next).map((t) => t.flagged)).toEqual([true, true]);
		expect(next.flagRule).toEqual(strict);
	});

	it('judges again only the pupil who changed, and stamps when', () => {
		const check = markedCheck(questions, { ada: '✓x', ben: '✓✓' });
		// Ada's stored result came from an earlier rule: a change to Ben must leave it alone.
		const earlier = { ...check, rule: Uint8Array.from([RULES.code.clear, RULES.code.clear]) };
		const next = withMark(earlier, 'ben', 'q2', MARKS.code.incorrect, 7);
		expect(ticketsOf(next).map((t) => t.rule)).toEqual(['clear', 'flagged']);
		expect([...next.changedAt]).toEqual([check.changedAt[0], 7]);
	});

	it('takes an absent pupil out of the flags', () => {
		const check = markedCheck(questions, { ada: 'xx' });
		const absent = withAbsent(check, 'ada', true, 3);
		expect(ticketsOf(absent)[0]).toMatchObject({ absent: true, flagged: false });
		expect(ticketsOf(withAbsent(absent, 'ada', false, 4))[0].flagged).toBe(true);
	});

	it('records the teacher’s override with its reason, and it wins', () => {
		const check = withEveryoneCorrect(markedCheck(questions, { ada: 'x.' }), 1);
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
		expect(nextMark(MARKS.code.unmarked)).toBe(MARKS.code.correct);
		expect(nextMark(MARKS.code.correct)).toBe(MARKS.code.incorrect);
		expect(nextMark(MARKS.code.incorrect)).toBe(MARKS.code['not-answered']);
		expect(nextMark(MARKS.code['not-answered'])).toBe(MARKS.code.correct);
	});
});
