import { SavedQuestionSchema, type Question, type SavedQuestion } from '$lib/domain/model/check';
import { db } from './database';
import { validate } from './validate';

const sameQuestion = (a: Question, b: Question) =>
	a.prompt.trim().toLowerCase() === b.prompt.trim().toLowerCase() && a.keystoneId === b.keystoneId;

/**
 * Keeps questions for reuse; one already in the bank is updated rather than added twice, and
 * one removed before comes back under its id.
 */
export async function saveToBank(questions: readonly Question[]): Promise<void> {
	const now = Date.now();
	await db.transaction('rw', db.bank, async () => {
		const bank = await db.bank.toArray();
		for (const question of questions) {
			const existing = bank.find((saved) => sameQuestion(saved, question));
			const saved: SavedQuestion = {
				...question,
				id: existing?.id ?? crypto.randomUUID(),
				updatedAt: now,
				deletedAt: null
			};
			await db.bank.put(validate(SavedQuestionSchema, saved));
		}
	});
}

/** Removes a saved question, as a tombstone that other devices learn of. */
export async function removeFromBank(id: string): Promise<void> {
	await db.transaction('rw', db.bank, async () => {
		const saved = await db.bank.get(id);
		if (!saved || saved.deletedAt !== null) return;
		const now = Date.now();
		await db.bank.put({ ...saved, updatedAt: now, deletedAt: now });
	});
}
