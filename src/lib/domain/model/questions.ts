import { NUMBER_EXAMPLE, parseNumberAnswer } from '../numbers';
import type { ChoiceOption, Question, QuestionKind } from './check';

/**
 * The rules of the three kinds of question: marked by the teacher, multiple choice (one correct
 * option; each wrong one may name the misconception it reveals) and a number (with other ways
 * of writing it that are accepted).
 */

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 5;
/** A misconception is named on a group card, so it is said in a few words. */
export const MAX_MISCONCEPTION = 60;
/** Besides the answer, other ways of writing it that are accepted, such as ½ for 0.5. */
export const MAX_ACCEPTED = 4;

type QuestionParts = Pick<Question, 'kind' | 'answer' | 'options' | 'accepted'>;

const sameText = (a: string, b: string) =>
	a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

function notNumber(text: string): string {
	return `“${text}” is not a number: write it ${NUMBER_EXAMPLE}`;
}

/** What is wrong with a question's kind, options or accepted answers, in plain English. */
export function questionProblems(question: QuestionParts): string[] {
	const problems: string[] = [];
	const { kind, options, accepted } = question;
	if (kind !== 'choice' && options.length > 0) {
		problems.push('Only a multiple-choice question has options');
	}
	if (kind !== 'number' && accepted.length > 0) {
		problems.push('Only a number question has other accepted answers');
	}
	if (kind === 'choice') {
		if (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS) {
			problems.push(
				`A multiple-choice question needs ${MIN_OPTIONS} to ${MAX_OPTIONS} options, not ${options.length}`
			);
		}
		const correct = options.filter((option) => option.correct).length;
		if (correct === 0) problems.push('A multiple-choice question needs its correct option marked');
		if (correct > 1) problems.push(`Only one option can be correct, not ${correct}`);
		options.forEach((option, o) => {
			const twin = options.findIndex((other) => sameText(other.text, option.text));
			if (twin < o && option.text.trim() !== '') {
				problems.push(`Two options are both “${option.text.trim()}”: each option must differ`);
			}
			if (option.correct && option.misconception) {
				problems.push('The correct option cannot name a misconception');
			}
		});
	}
	if (kind === 'number') {
		if (!question.answer) problems.push('A number question needs its answer');
		for (const text of [question.answer ?? '', ...accepted]) {
			if (text.trim() !== '' && parseNumberAnswer(text) === null) problems.push(notNumber(text));
		}
	}
	return problems;
}

/** Pupils can answer it on a tablet, and it is marked automatically. */
export function isAnsweredOnTablet(question: Pick<Question, 'kind'>): boolean {
	return question.kind !== 'marked';
}

/** The index of a multiple-choice question's correct option, or -1. */
export function correctOption(question: Pick<Question, 'options'>): number {
	return question.options.findIndex((option) => option.correct);
}

/** Every accepted way of writing a number question's answer. */
export function acceptedAnswers(question: Pick<Question, 'answer' | 'accepted'>): string[] {
	return [question.answer ?? '', ...question.accepted].filter((text) => text.trim() !== '');
}

/** The answer to show the adults: a multiple-choice question's is its correct option. */
export function answerText(question: QuestionParts): string | null {
	if (question.kind !== 'choice') return question.answer;
	return question.options[correctOption(question)]?.text ?? null;
}

/** A, B, C… as the pupils see the options. */
export function optionLetter(index: number): string {
	return String.fromCharCode(65 + index);
}

/** The misconception a chosen option names, or null (for none, or a right answer). */
export function misconceptionOf(
	question: Pick<Question, 'options'>,
	choice: number
): string | null {
	return choice > 0 ? (question.options[choice - 1]?.misconception ?? null) : null;
}

/** Two misconceptions written with different capitals or spaces are the same one. */
export function misconceptionKey(text: string): string {
	return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

/** A blank option for the form. */
export function blankOption(correct = false): ChoiceOption {
	return { text: '', correct, misconception: null };
}

/**
 * The question as it is saved: only what its kind uses. Switching kind in the form keeps what
 * the teacher wrote for the other kinds until the question is saved.
 */
export function cleanQuestion(question: Question): Question {
	const kind: QuestionKind = question.kind;
	return {
		...question,
		answer: kind === 'choice' ? null : question.answer,
		options:
			kind === 'choice'
				? question.options.map((option) => ({
						...option,
						misconception: option.correct ? null : option.misconception
					}))
				: [],
		accepted: kind === 'number' ? question.accepted.filter((text) => text.trim() !== '') : []
	};
}
