import type { KeystoneId } from './keystones';
import { nameKey } from './matching';
import { MAX_QUESTIONS, type Question } from './model/check';
import { misconceptionKey } from './model/questions';

export interface BankSearch {
	text: string;
	keystoneId: KeystoneId | '';
	objective: string;
}

/** The saved questions matching a search: words anywhere in the prompt or answer. */
export function searchBank<T extends Question>(bank: readonly T[], search: BankSearch): T[] {
	const words = search.text.toLowerCase().split(/\s+/).filter(Boolean);
	const objective = search.objective.trim().toLowerCase();
	return bank
		.filter((question) => {
			const haystack = `${question.prompt} ${question.answer ?? ''}`.toLowerCase();
			return (
				words.every((word) => haystack.includes(word)) &&
				(search.keystoneId === '' || question.keystoneId === search.keystoneId) &&
				(objective === '' || (question.objective ?? '').toLowerCase().startsWith(objective))
			);
		})
		.sort((a, b) => a.prompt.localeCompare(b.prompt, 'en-GB'));
}

/** Objective codes already in use, for suggestions while typing. */
export function objectiveCodes(questions: readonly Question[]): string[] {
	const codes = new Set<string>();
	for (const question of questions) if (question.objective) codes.add(question.objective);
	return [...codes].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
}

/** Whether a check being written already has this question, worded the same. */
export function hasQuestion(questions: readonly Question[], question: Pick<Question, 'prompt'>) {
	const key = nameKey(question.prompt);
	return questions.some((other) => nameKey(other.prompt) === key);
}

/**
 * A saved question added to a check being written: it takes the place of the first question
 * not yet written (a new check starts with one), or else comes after the others. A question
 * already on the check, or one more than a check holds, is refused with the reason.
 */
export function addFromBank(
	questions: readonly Question[],
	picked: Question
): { questions: Question[]; problem: string | null } {
	if (hasQuestion(questions, picked)) {
		return { questions: [...questions], problem: 'That question is already on this check.' };
	}
	const blank = questions.findIndex((question) => question.prompt.trim() === '');
	if (blank >= 0) return { questions: questions.with(blank, picked), problem: null };
	if (questions.length >= MAX_QUESTIONS) {
		return {
			questions: [...questions],
			problem: `A check has at most ${MAX_QUESTIONS} questions: remove one first.`
		};
	}
	return { questions: [...questions, picked], problem: null };
}

/**
 * The school's misconceptions, keystone by keystone: every one named by a wrong option in the
 * questions given (the bank and recent checks), once each, to choose from when writing another.
 */
export function misconceptionsByKeystone(
	questions: readonly Question[]
): Partial<Record<KeystoneId, string[]>> {
	const found = new Map<KeystoneId, Map<string, string>>();
	for (const question of questions) {
		for (const { misconception } of question.options) {
			if (!misconception) continue;
			const list = found.get(question.keystoneId) ?? new Map<string, string>();
			if (!list.has(misconceptionKey(misconception))) {
				list.set(misconceptionKey(misconception), misconception);
			}
			found.set(question.keystoneId, list);
		}
	}
	return Object.fromEntries(
		[...found].map(([keystoneId, list]) => [
			keystoneId,
			[...list.values()].sort((a, b) => a.localeCompare(b, 'en-GB'))
		])
	);
}
