import { SavedQuestionSchema, type Question, type SavedQuestion } from '$lib/domain/model/check';
import { db } from './database';
import { validate } from './validate';

const sameQuestion = (a: Question, b: Question) =>
	a.prompt.trim().toLowerCase() === b.prompt.trim().toLowerCase() && a.keystoneId === b.keystoneId;

/** Keeps questions for reuse; one already in the bank is updated rather than added twice. */
export async function saveToBank(questions: readonly Question[]): Promise<void> {
	const now = Date.now();
	await db.transaction('rw', db.bank, async () => {
		const bank = await db.bank.toArray();
		for (const question of questions) {
			const existing = bank.find((saved) => sameQuestion(saved, question));
			const saved: SavedQuestion = {
				...question,
				id: existing?.id ?? crypto.randomUUID(),
				updatedAt: now
			};
			await db.bank.put(validate(SavedQuestionSchema, saved));
		}
	});
}

export async function removeFromBank(id: string): Promise<void> {
	await db.transaction('rw', db.bank, () => db.bank.delete(id));
}
