import { describe, expect, it } from 'vitest';
import { choiceQuestion, numberQuestion, question } from '$factories/check';
import { CheckDraftSchema, SavedQuestionSchema, type Question } from './check';
import { problemsOf } from './problems';
import { answerText, cleanQuestion, misconceptionKey, questionProblems } from './questions';

const fractions = choiceQuestion(1, 'representation', [
	['1/2', null],
	['1/3', 'thinks a bigger denominator is a bigger fraction'],
	['1/4', null]
]);

function draftProblems(...questions: Question[]): string[] {
	const result = CheckDraftSchema.safeParse({
		classId: 'class-1',
		date: '2026-11-23',
		title: 'Fractions',
		questions
	});
	return result.success ? [] : problemsOf(result.error);
}

describe('question kinds', () => {
	it('accepts a well-made multiple-choice question and a number question', () => {
		expect(draftProblems(fractions, numberQuestion(2, 'fluency', '0.5', ['½']))).toEqual([]);
	});

	it('refuses a multiple-choice question without a correct option, naming the question', () => {
		const none = {
			...fractions,
			options: fractions.options.map((o) => ({ ...o, correct: false }))
		};
		expect(draftProblems(question(1, 'fluency'), none)).toEqual([
			'Question 2: A multiple-choice question needs its correct option marked.'
		]);
	});

	it('refuses duplicate options, too few or too many, and two correct ones', () => {
		expect(
			questionProblems(
				choiceQuestion(1, 'fluency', [
					['7', null],
					[' 7', 'counts on']
				])
			)
		).toEqual(['Two options are both “7”: each option must differ']);
		expect(questionProblems(choiceQuestion(1, 'fluency', [['7', null]]))).toEqual([
			'A multiple-choice question needs 2 to 5 options, not 1'
		]);
		const six = Array.from({ length: 6 }, (_, i): [string, null] => [String(i), null]);
		expect(questionProblems(choiceQuestion(1, 'fluency', six))).toEqual([
			'A multiple-choice question needs 2 to 5 options, not 6'
		]);
		const two = { ...fractions, options: fractions.options.map((o) => ({ ...o, correct: true })) };
		expect(questionProblems(two)).toContain('Only one option can be correct, not 3');
	});

	it('refuses a number question whose answer is not a number', () => {
		expect(draftProblems(numberQuestion(1, 'fluency', 'a half'))).toEqual([
			'Question 1: “a half” is not a number: write it like 12, 0.5, ½ or 3/4.'
		]);
		expect(draftProblems(numberQuestion(1, 'fluency', '0.5', ['one half']))).toEqual([
			'Question 1: “one half” is not a number: write it like 12, 0.5, ½ or 3/4.'
		]);
		expect(questionProblems({ ...numberQuestion(1, 'fluency', ''), answer: null })).toEqual([
			'A number question needs its answer'
		]);
	});

	it('refuses a misconception longer than fits on a group card', () => {
		const long = choiceQuestion(1, 'fluency', [
			['12', null],
			['7', 'adds the numbers instead of multiplying them, every time, in every question']
		]);
		expect(draftProblems(long)).toEqual([
			'A misconception is longer than fits on a group card: say it in 60 characters or fewer.'
		]);
	});

	it('keeps kinds, options and misconceptions in the question bank', () => {
		const saved = SavedQuestionSchema.parse({
			...fractions,
			id: 'bank-1',
			updatedAt: 1,
			deletedAt: null
		});
		expect(saved.kind).toBe('choice');
		expect(saved.options[1].misconception).toBe('thinks a bigger denominator is a bigger fraction');
		expect(SavedQuestionSchema.safeParse({ ...saved, options: [] }).success).toBe(false);
	});

	it('saves only what the question’s kind uses', () => {
		const switched = cleanQuestion({ ...fractions, kind: 'marked', answer: '1/2' });
		expect(switched.options).toEqual([]);
		expect(cleanQuestion({ ...fractions, answer: 'x' }).answer).toBeNull();
		const number = cleanQuestion({ ...numberQuestion(1, 'fluency', '3'), accepted: ['', '3.0'] });
		expect(number.accepted).toEqual(['3.0']);
		const wrongOnCorrect = {
			...fractions,
			options: fractions.options.map((o) => ({ ...o, misconception: 'x' }))
		};
		expect(cleanQuestion(wrongOnCorrect).options[0].misconception).toBeNull();
	});

	it('gives the adults the answer of a multiple-choice question as its correct option', () => {
		expect(answerText(fractions)).toBe('1/2');
		expect(answerText(numberQuestion(1, 'fluency', '0.5'))).toBe('0.5');
		expect(misconceptionKey('  Adds  the Denominators ')).toBe('adds the denominators');
	});
});
