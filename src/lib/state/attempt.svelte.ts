import { describeError, ValidationError } from '$lib/db/validate';

/**
 * Something the user asked for that may be refused: busy while it runs, then either done or
 * refused with the problems to show. What the user typed is left alone either way.
 */
export class Attempt {
	#busy = $state(false);
	#done = $state(false);
	#problems = $state.raw<string[]>([]);

	get busy(): boolean {
		return this.#busy;
	}

	get done(): boolean {
		return this.#done;
	}

	get problems(): readonly string[] {
		return this.#problems;
	}

	async run(action: () => Promise<unknown>): Promise<boolean> {
		this.#busy = true;
		this.#done = false;
		this.#problems = [];
		try {
			await action();
			this.#done = true;
		} catch (error) {
			this.#problems = error instanceof ValidationError ? error.problems : [describeError(error)];
		} finally {
			this.#busy = false;
		}
		return this.#done;
	}

	/** Refused before anything ran, for a reason the form found itself (none clears it). */
	refuse(problems: readonly string[]): void {
		this.#done = false;
		this.#problems = [...problems];
	}

	reset(): void {
		this.refuse([]);
	}
}
