import { pinMatches } from './pin';
import type { LockSetting } from './setting';
import { formatWait, nextTryAt, waitAfter } from './timing';

export interface PinTry {
	/** The setting to keep afterwards (the count of wrong PINs changed), or null if the same. */
	next: LockSetting | null;
	/** Why the PIN was not accepted, in words for the lock screen; null when it was. */
	problem: string | null;
}

/**
 * One try of a PIN against the device's lock: refused at once while a wait is on, counted when
 * wrong (which may make the next try wait), and the count cleared when right.
 */
export async function tryPin(setting: LockSetting, pin: string, now: number): Promise<PinTry> {
	if (pin.trim() === '') return { next: null, problem: 'Type the PIN.' };
	const waitUntil = nextTryAt(setting.wrongTries, setting.lastWrongAt);
	if (now < waitUntil) {
		return {
			next: null,
			problem: `Too many wrong PINs: try again in ${formatWait(waitUntil - now)}.`
		};
	}
	if (await pinMatches(pin, setting.pin)) {
		return {
			next: setting.wrongTries > 0 ? { ...setting, wrongTries: 0, lastWrongAt: null } : null,
			problem: null
		};
	}
	const wrongTries = setting.wrongTries + 1;
	const wait = waitAfter(wrongTries);
	return {
		next: { ...setting, wrongTries, lastWrongAt: now },
		problem:
			wait > 0
				? `That PIN is not right. Wait ${formatWait(wait)} before trying again.`
				: 'That PIN is not right.'
	};
}
