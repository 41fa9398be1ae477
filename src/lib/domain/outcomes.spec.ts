import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '$factories/check';
import { dayOutcomes } from '$factories/outcomes';
import { isClosedCode, RECHECKS, SECURITIES } from './codes';
import { DayOutcomesSchema } from './model/outcome';
import { withOverride } from './marking';
import { keptUp, OutcomeBook, openFlags, withOutcome } from './outcomes';

describe('closing the loop', () => {
	it('closes a flag with a correct re-check or when the adult marks the pupil secure', () => {
		const { code: recheck } = RECHECKS;
		const { code: security } = SECURITIES;
		expect(isClosedCode(recheck.correct, security.unrecorded)).toBe(true);
		expect(isClosedCode(recheck.incorrect, security.secure)).toBe(true);
		expect(isClosedCode(recheck.incorrect, security.developing)).toBe(false);
		expect(isClosedCode(recheck.unrecorded, security['not-yet'])).toBe(false);
	});

	const check = markedCheck([question(1, 'fluency')], {
		ada: 'x',
		ben: 'x',
		cai: 'x',
		dan: '✓',
		eve: 'absent'
	});
	const book = new OutcomeBook([
		dayOutcomes(check, {
			ada: {
				attended: 'attended',
				recheck: 'correct',
				security: 'developing',
				note: 'Used a number line'
			},
			ben: { attended: 'attended', recheck: 'incorrect', security: 'secure' },
			cai: { attended: 'absent', security: 'not-yet' }
		})
	]);

	it('counts the pupils who kept up today', () => {
		expect(keptUp(check, book)).toEqual({ flagged: 3, closed: 2 });
		expect(keptUp(withOverride(check, 'dan', 'flag', null, 1), book)).toEqual({
			flagged: 4,
			closed: 2
		});
	});

	it('carries over the flags still open', () => {
		expect(openFlags(check, book)).toEqual(['cai']);
	});

	it('reads one pupil’s outcome, and nothing for a pupil with none', () => {
		expect(book.outcome(check.id, 'ada')).toEqual({
			pupilId: 'ada',
			attended: 'attended',
			recheck: 'correct',
			security: 'developing',
			note: 'Used a number line'
		});
		expect(book.outcome(check.id, 'cai').attended).toBe('absent');
		expect(book.outcome(check.id, 'dan')).toEqual({
			pupilId: 'dan',
			attended: 'unrecorded',
			recheck: 'unrecorded',
			security: 'unrecorded',
			note: null
		});
		expect(book.isRecorded(check.id, 'dan')).toBe(false);
		expect(book.recorded).toBe(3);
	});

	it('takes the later change where two adults’ records hold the same pupil', () => {
		const first = dayOutcomes(check, { ada: { security: 'not-yet' } }, 'ta-1', 10);
		const handedOn = dayOutcomes(check, { ada: { security: 'secure' } }, 'ta-2', 20);
		expect(new OutcomeBook([handedOn, first]).outcome(check.id, 'ada').security).toBe('secure');
		expect(new OutcomeBook([first, handedOn]).outcome(check.id, 'ada').security).toBe('secure');
	});

	it('records a tap into the adult’s record, leaving the old record as it was', () => {
		const day = dayOutcomes(check, { ada: { attended: 'attended' } }, 'ta-1', 5);
		const place = { checkId: check.id, groupId: 'g', pupilId: 'ada' };
		const next = withOutcome(day, place, { recheck: 'correct' }, 9);
		expect(new OutcomeBook([next]).outcome(check.id, 'ada')).toMatchObject({
			attended: 'attended',
			recheck: 'correct'
		});
		expect([...next.changedAt]).toEqual([9]);
		expect(next.updatedAt).toBe(9);
		expect([...day.recheck]).toEqual([0]);
		const another = withOutcome(next, { ...place, pupilId: 'ben' }, { attended: 'absent' }, 11);
		expect(another.pupilIds).toEqual(['ada', 'ben']);
		expect(another.groupIds).toEqual(['g', 'g']);
	});

	it('skips the outcomes of a record that has been deleted', () => {
		const day = dayOutcomes(check, { ada: { attended: 'attended' } });
		expect(new OutcomeBook([{ ...day, deletedAt: 5 }]).isRecorded(check.id, 'ada')).toBe(false);
	});
});

describe('an adult’s outcomes of a day', () => {
	it('are filed under their day and adult, so that a day’s records are read by their ids', () => {
		const check = markedCheck([question(1, 'fluency')], { ada: 'x' });
		const day = dayOutcomes(check, { ada: { attended: 'attended' } });
		expect(DayOutcomesSchema.safeParse(day).success).toBe(true);
		for (const misfiled of [
			{ ...day, id: 'another-id' },
			{ ...day, date: '2026-11-24' },
			{ ...day, adultId: 'ta-2' }
		]) {
			const result = DayOutcomesSchema.safeParse(misfiled);
			expect(result.error?.issues.map((issue) => issue.message)).toEqual([
				'The outcomes are not filed under their day'
			]);
		}
	});
});
