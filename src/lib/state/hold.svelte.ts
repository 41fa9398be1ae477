/** How long staff hold the control that leaves pupil mode: longer than any pupil's tap. */
export const HOLD_MS = 2000;

/**
 * A press held down for a while: by pointer (mouse, pen or finger) or by Enter or Space. It
 * counts only when held the whole time; letting go, sliding off or a second finger cancels it.
 */
export class Hold {
	#timer: ReturnType<typeof setTimeout> | null = null;
	#holding = $state(false);
	#onHeld: () => void;
	#ms: number;

	constructor(onHeld: () => void, ms = HOLD_MS) {
		this.#onHeld = onHeld;
		this.#ms = ms;
	}

	get holding(): boolean {
		return this.#holding;
	}

	start(): void {
		if (this.#timer !== null) return;
		this.#holding = true;
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.#holding = false;
			this.#onHeld();
		}, this.#ms);
	}

	cancel(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
		this.#holding = false;
	}
}
