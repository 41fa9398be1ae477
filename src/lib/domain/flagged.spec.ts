import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '../../../tests/factories/check';
import { flagSummary } from './flagged';
import { withOverride, withRules } from './marking';
import { DEFAULT_FLAG_RULE } from './model/settings';

const questions = [question(1, 'fluency', { essential: true }), question(2, 'thinking')];
const rule = DEFAULT_FLAG_RULE;

describe('the flagged list', () => {
	const check = withRules(
		markedCheck(questions, { ada: 'x✓', ben: '✓x', cai: '✓✓', dan: 'absent', eve: '✓.' }),
		rule
	);

	it('lists who is flagged and why, who is absent and who is still to mark', () => {
		expect(flagSummary(check, rule)).toEqual({
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
		const summary = flagSummary(changed, rule);
		expect(summary.flagged.map((f) => [f.pupilId, f.byTeacher, f.teacherReason])).toEqual([
			['ada', false, null],
			['cai', true, 'Guessed'],
			['dan', true, null]
		]);
		expect(summary.unflagged).toEqual([{ pupilId: 'ben', reason: 'Secure when we talked' }]);
		expect(summary.absent).toEqual([]);
	});
});
