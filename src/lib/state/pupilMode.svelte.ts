import { lockGate } from './lockGate.svelte';
import { Preference } from './preference.svelte';

/**
 * Pupil mode: the device shows only the pupil screen of one check, and no staff screen, until
 * a member of staff leaves it. It is kept on the device, so a reload or a closed tab opens the
 * pupil screen again.
 */
class PupilMode {
	#checkId = new Preference<string>('pupil-mode');

	get active(): boolean {
		return this.#checkId.value !== null;
	}

	/** The check the pupils are answering, or null. */
	get checkId(): string | null {
		return this.#checkId.value;
	}

	/** Hands the device to the pupils for this check. */
	enter(checkId: string): void {
		this.#checkId.value = checkId;
	}

	/**
	 * The one way out of pupil mode, after a deliberate staff action (see StaffExit): returns
	 * the check the pupils were answering, for the teacher's screen. A device with a staff PIN
	 * locks first, so that the staff screens come back only for someone who knows it.
	 */
	leavePupilMode(): string | null {
		lockGate.lockNow();
		const checkId = this.#checkId.value;
		this.#checkId.value = null;
		return checkId;
	}
}

export const pupilMode = new PupilMode();
