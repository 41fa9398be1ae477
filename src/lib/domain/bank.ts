import type { KeystoneId } from './keystones';
import type { Question } from './model/check';
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
