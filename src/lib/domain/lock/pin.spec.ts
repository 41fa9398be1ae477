import { describe, expect, it } from 'vitest';
import { hashPin, NewPin, pinMatches, PIN_ROUNDS } from './pin';

const ROUNDS = 1_000;

describe('a staff PIN', () => {
	it('is kept only as a PBKDF2 hash with a salt of its own', async () => {
		const stored = await hashPin('2468', ROUNDS);
		expect(JSON.stringify(stored)).not.toContain('2468');
		expect(atob(stored.salt)).toHaveLength(16);
		expect(atob(stored.hash)).toHaveLength(32);
		expect(stored.rounds).toBe(ROUNDS);

		const again = await hashPin('2468', ROUNDS);
		expect(again.salt).not.toBe(stored.salt);
		expect(again.hash).not.toBe(stored.hash);
	});

	it('matches only the PIN it was made from, with the rounds it was made with', async () => {
		const stored = await hashPin('2468', ROUNDS);
		expect(await pinMatches('2468', stored)).toBe(true);
		expect(await pinMatches('2469', stored)).toBe(false);
		expect(await pinMatches('24680', stored)).toBe(false);
		expect(await pinMatches('2468', { ...stored, rounds: ROUNDS + 1 })).toBe(false);
	});

	it('is made slow to guess by default', () => {
		expect(PIN_ROUNDS).toBeGreaterThanOrEqual(600_000);
	});

	it('is 4 to 12 digits, typed the same twice', () => {
		const problems = (pin: string, repeat = pin) => {
			const parsed = NewPin.safeParse({ pin, repeat });
			return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
		};
		expect(problems('1234')).toEqual([]);
		expect(problems('123456789012')).toEqual([]);
		expect(problems('123')).toEqual(['The PIN must be 4 to 12 digits, with no letters or spaces.']);
		expect(problems('1234567890123')).toHaveLength(1);
		expect(problems('12a4')).toHaveLength(1);
		expect(problems('12 34')).toHaveLength(1);
		expect(problems('1234', '1243')).toEqual([
			'The two PINs are not the same: type the same PIN in both boxes.'
		]);
	});
});
