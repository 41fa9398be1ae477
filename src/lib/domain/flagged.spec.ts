import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '$factories/check';
import { RULES } from './codes';
import { flagSummary } from './flagged';
import { withOverride } from './marking';

const questions = [question(1, 'fluency', { essential: true }), question(2, 'thinking')];

describe('the flagged list', () => {
	const check = markedCheck(questions, {
		ada: 'x✓',
		ben: '✓x',
		cai: '✓✓',
		dan: 'absent',
		eve: '✓.'
	});

	it('lists who is flagged and why, who is absent and who is still to mark', () => {
		expect(flagSummary(check)).toEqual({
			flagged: [
				{
					pupilId: 'ada',
					reasons: [
						{ kind: 'essential-missed', questions: [0] },
						{ kind: 'below-threshold', correct: 1, answered: 2 }
					],
					teacherReason: null,
					byTeacher: false
				},
				{
					pupilId: 'ben',
					reasons: [{ kind: 'below-threshold', correct: 1, answered: 2 }],
					teacherReason: null,
					byTeacher: false
				}
			],
			unflagged: [],
			absent: ['dan'],
			pending: ['eve']
		});
	});

	it('shows the teacher’s overrides with their reasons', () => {
		let changed = withOverride(check, 'ben', 'unflag', 'Secure when we talked', 1);
		changed = withOverride(changed, 'cai', 'flag', 'Guessed', 2);
		changed = withOverride(changed, 'dan', 'flag', null, 3);
		const summary = flagSummary(changed);
		expect(summary.flagged.map((f) => [f.pupilId, f.byTeacher, f.teacherReason])).toEqual([
			['ada', false, null],
			['cai', true, 'Guessed'],
			['dan', true, null]
		]);
		expect(summary.unflagged).toEqual([{ pupilId: 'ben', reason: 'Secure when we talked' }]);
		expect(summary.absent).toEqual([]);
	});

	it('explains every flag by the check’s own rule, even one the school has changed since', () => {
		const strict = markedCheck(questions, { ada: '✓x' }, '2026-11-23', {
			essentialMissFlags: true,
			threshold: 100,
			flagGuessedRight: false
		});
		expect(flagSummary(strict).flagged[0].reasons).toEqual([
			{ kind: 'below-threshold', correct: 1, answered: 2 }
		]);
		// Flagged under a rule the check no longer holds (a check from before checks kept one).
		const upgraded = {
			...markedCheck(questions, { ada: '✓✓' }),
			rule: Uint8Array.of(RULES.code.flagged)
		};
		expect(flagSummary(upgraded).flagged[0].reasons).toEqual([{ kind: 'earlier-rule' }]);
	});
});
