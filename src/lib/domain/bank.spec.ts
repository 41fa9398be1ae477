import { describe, expect, it } from 'vitest';
import { question } from '../../../tests/factories/check';
import { objectiveCodes, searchBank } from './bank';

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
