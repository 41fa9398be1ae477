import { z } from 'zod/mini';
import { StoredPin } from './pin';
import { IDLE_CHOICES } from './timing';

export const IdleMinutes = z.number().check(
	z.refine((minutes) => (IDLE_CHOICES as readonly number[]).includes(minutes), {
		message: `Choose how long Keep Up waits before it locks: ${IDLE_CHOICES.join(', ')} minutes.`
	})
);

/**
 * The staff lock as one device keeps it. It belongs to the device, not the school: it is kept
 * out of the school's records, so it is never backed up, restored onto another device or synced.
 */
export const LockSetting = z.object({
	pin: StoredPin,
	idleMinutes: IdleMinutes,
	/** Wrong PINs in a row, kept across reloads so that reopening the app does not reset them. */
	wrongTries: z.number().check(z.int(), z.minimum(0)),
	lastWrongAt: z.nullable(z.number())
});
export type LockSetting = z.infer<typeof LockSetting>;
