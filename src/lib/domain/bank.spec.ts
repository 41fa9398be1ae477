import { describe, expect, it } from 'vitest';
import { question } from '$factories/check';
import { addFromBank, hasQuestion, objectiveCodes, searchBank } from './bank';

const bank = [
	question(1, 'fluency', { prompt: '3/4 = ?/12', objective: '4F-2', answer: '9' }),
	question(2, 'representation', {
		prompt: 'Use the bar model to show 2/3 = 4/6',
		objective: '4F-2'
	}),
	question(3, 'fluency', { prompt: '8 × 7 = ?', objective: '3NF-2', answer: '56' }),
	question(4, 'thinking', { prompt: 'Is 5/5 the same as 1? Explain.', objective: null })
];
const none = { text: '', keystoneId: '' as const, objective: '' };

describe('the question bank', () => {
	it('finds questions by words in the prompt or answer, in any order', () => {
		expect(searchBank(bank, { ...none, text: 'bar MODEL' }).map((q) => q.id)).toEqual(['q2']);
		expect(searchBank(bank, { ...none, text: '56' }).map((q) => q.id)).toEqual(['q3']);
	});

	it('filters by keystone and by objective code', () => {
		expect(searchBank(bank, { ...none, keystoneId: 'fluency' }).map((q) => q.id)).toEqual([
			'q1',
			'q3'
		]);
		expect(searchBank(bank, { ...none, objective: '4f' }).map((q) => q.id)).toEqual(['q1', 'q2']);
		expect(searchBank(bank, { ...none, text: 'model', keystoneId: 'fluency' })).toEqual([]);
	});

	it('suggests each objective code once, in order', () => {
		expect(objectiveCodes(bank)).toEqual(['3NF-2', '4F-2']);
	});
});

describe('adding a saved question to a check', () => {
	const blank = question(9, 'coherence', { prompt: '' });

	it('takes the place of the question not yet written', () => {
		const added = addFromBank([blank], bank[0]);
		expect(added).toEqual({ questions: [bank[0]], problem: null });
	});

	it('comes after the questions already written', () => {
		expect(addFromBank([bank[0]], bank[1]).questions).toEqual([bank[0], bank[1]]);
	});

	it('is refused when the check already has it, worded the same', () => {
		const again = { ...bank[0], id: 'copy', prompt: ' 3/4  =  ?/12 ' };
		expect(hasQuestion([bank[0]], again)).toBe(true);
		expect(addFromBank([bank[0], blank], again)).toEqual({
			questions: [bank[0], blank],
			problem: 'That question is already on this check.'
		});
	});

	it('is refused when the check is full', () => {
		const full = Array.from({ length: 6 }, (_, i) => question(i + 10, 'fluency'));
		expect(addFromBank(full, bank[0]).problem).toBe(
			'A check has at most 6 questions: remove one first.'
		);
	});
});
