import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '../../../tests/factories/check';
import { withOverride, withRules } from './marking';
import { RECHECK, SECURITY } from './model/check';
import { DEFAULT_FLAG_RULE } from './model/settings';
import { isClosedCode, keptUp, openFlags, outcomeAt } from './outcomes';

describe('closing the loop', () => {
	it('closes a flag with a correct re-check or when the adult marks the pupil secure', () => {
		expect(isClosedCode(RECHECK.correct, SECURITY.unrecorded)).toBe(true);
		expect(isClosedCode(RECHECK.incorrect, SECURITY.secure)).toBe(true);
		expect(isClosedCode(RECHECK.incorrect, SECURITY.developing)).toBe(false);
		expect(isClosedCode(RECHECK.unrecorded, SECURITY.notYet)).toBe(false);
	});

	const check = withRules(
		markedCheck([question(1, 'fluency')], {
			ada: 'x',
			ben: 'x',
			cai: 'x',
			dan: '✓',
			eve: 'absent'
		}),
		DEFAULT_FLAG_RULE
	);
	check.recheck.set([RECHECK.correct, RECHECK.incorrect, 0, 0, 0]);
	check.security.set([SECURITY.developing, SECURITY.secure, SECURITY.notYet, 0, 0]);
	check.attended.set([1, 1, 2, 0, 0]);
	check.notes.ada = 'Used a number line';

	it('counts the pupils who kept up today', () => {
		expect(keptUp(check)).toEqual({ flagged: 3, closed: 2 });
		expect(keptUp(withOverride(check, 'dan', 'flag', null, 1))).toEqual({ flagged: 4, closed: 2 });
	});

	it('carries over the flags still open', () => {
		expect(openFlags(check)).toEqual(['cai']);
	});

	it('reads one pupil’s outcome', () => {
		expect(outcomeAt(check, 0)).toEqual({
			pupilId: 'ada',
			attended: 'attended',
			recheck: 'correct',
			security: 'developing',
			note: 'Used a number line'
		});
		expect(outcomeAt(check, 2).attended).toBe('absent');
	});
});
