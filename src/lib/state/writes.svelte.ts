import { describeError, ValidationError } from '$lib/db/validate';

type Write = () => Promise<unknown>;

/**
 * The screen's saves: each tap's write runs at once, and one that fails is said, never
 * swallowed. A write refused as invalid is said and dropped (it changes nothing); one that
 * failed otherwise (the device is out of space) is kept, with the taps after it, in the order
 * they were made, until "Try again" or the next tap saves them. Show it with the Problem
 * component.
 */
export class Writes {
	#refused = $state<string | null>(null);
	#failure = $state<string | null>(null);
	#waiting = $state.raw<Write[]>([]);
	#saving = false;

	/** What to tell the user, or null. */
	get problem(): string | null {
		const waiting = this.#waiting.length;
		if (this.#failure === null || waiting === 0) return this.#refused;
		const kept =
			waiting === 1
				? 'One change is waiting here to be saved.'
				: `${waiting} changes are waiting here to be saved.`;
		return `${this.#failure} ${kept}`;
	}

	/** Changes that failed to save and are kept to try again. */
	get waiting(): number {
		return this.#failure === null ? 0 : this.#waiting.length;
	}

	save(write: Write): void {
		this.#refused = null;
		this.saveAfter(write);
	}

	/** A write that follows from earlier ones: nothing new was asked, so what was said stays. */
	saveAfter(write: Write): void {
		this.#waiting = [...this.#waiting, write];
		void this.#saveWaiting();
	}

	retry(): void {
		void this.#saveWaiting();
	}

	/** Forgets the message, and the changes that could not be saved. */
	dismiss(): void {
		this.#refused = null;
		this.#failure = null;
		this.#waiting = this.#saving ? this.#waiting.slice(0, 1) : [];
	}

	async #saveWaiting(): Promise<void> {
		if (this.#saving) return;
		this.#saving = true;
		try {
			while (this.#waiting.length > 0) {
				const write = this.#waiting[0];
				try {
					await write();
				} catch (error) {
					if (!(error instanceof ValidationError)) {
						this.#failure = describeError(error);
						return;
					}
					this.#refused = error.message;
				}
				this.#waiting = this.#waiting.filter((waiting) => waiting !== write);
			}
			this.#failure = null;
		} finally {
			this.#saving = false;
		}
	}
}
