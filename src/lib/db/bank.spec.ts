import { isLive } from '$lib/domain/tombstones';
import { describe, expect, it } from 'vitest';
import { question } from '$factories/check';
import { removeFromBank, saveToBank } from './bank';
import { db } from './database';

describe('the question bank on this device', () => {
	it('keeps a question once, however often it is saved, and lets it go', async () => {
		await saveToBank([question(1, 'fluency', { prompt: '3 × 4 = ?' })]);
		await saveToBank([
			question(2, 'fluency', { prompt: ' 3 × 4 = ? ', answer: '12' }),
			question(3, 'thinking', { prompt: '3 × 4 = ?' })
		]);
		const saved = await db.bank.toArray();
		expect(saved).toHaveLength(2);
		expect(saved.find((q) => q.keystoneId === 'fluency')?.answer).toBe('12');
		await removeFromBank(saved[0].id);
		expect(await db.bank.filter(isLive).count()).toBe(1);
		// A removal is a tombstone, so other devices learn of it; saving it again brings it back.
		expect((await db.bank.get(saved[0].id))?.deletedAt).not.toBeNull();
		await saveToBank([saved[0]]);
		expect(await db.bank.filter(isLive).count()).toBe(2);
	});

	it('refuses a question with no words', async () => {
		await expect(saveToBank([question(1, 'fluency', { prompt: ' ' })])).rejects.toThrow(
			'The question is missing.'
		);
		expect(await db.bank.count()).toBe(0);
	});
});
