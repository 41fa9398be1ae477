import type { KeystoneId } from './keystones';
import type { Question } from './model/check';

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
