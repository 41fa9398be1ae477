// zod's small functional build, loaded only where a lock is set.
import { z } from 'zod/mini';

// No eval, as in domain/model/common.ts: the lock may be the first thing on a page to parse.
z.config({ jitless: true });

/**
 * PBKDF2-SHA-256 rounds for a new PIN (OWASP's 2023 figure). A PIN has few possible values, so
 * each guess is made slow; the rounds are stored with the hash, so a later change of this
 * number leaves PINs already set working.
 */
export const PIN_ROUNDS = 600_000;

const SALT_BYTES = 16;
const HASH_BITS = 256;

/** A PIN as this device keeps it: never the PIN itself. */
export const StoredPin = z.object({
	salt: z.base64(),
	hash: z.base64(),
	rounds: z.number().check(z.int(), z.minimum(1))
});
export type StoredPin = z.infer<typeof StoredPin>;

const Pin = z
	.string()
	.check(z.regex(/^\d{4,12}$/, 'The PIN must be 4 to 12 digits, with no letters or spaces.'));

/** A new PIN, typed twice. */
export const NewPin = z.object({ pin: Pin, repeat: z.string() }).check(
	z.refine((value) => value.pin === value.repeat, {
		message: 'The two PINs are not the same: type the same PIN in both boxes.'
	})
);

function toBase64(bytes: Uint8Array): string {
	return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, rounds: number): Promise<string> {
	const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
		'deriveBits'
	]);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: rounds },
		key,
		HASH_BITS
	);
	return toBase64(new Uint8Array(bits));
}

/** A salted hash of a new PIN, with a fresh random salt. */
export async function hashPin(pin: string, rounds = PIN_ROUNDS): Promise<StoredPin> {
	const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
	return { salt: toBase64(salt), hash: await derive(pin, salt, rounds), rounds };
}

/** Whether a typed PIN is the one stored. */
export async function pinMatches(pin: string, stored: StoredPin): Promise<boolean> {
	return (await derive(pin, fromBase64(stored.salt), stored.rounds)) === stored.hash;
}
