import { describeError } from '$lib/db/validate';

/**
 * The screen's saves: each tap's write runs at once, and one that fails is said, never
 * swallowed. Show `problem` with the Problem component.
 */
export class Writes {
	#problem = $state<string | null>(null);

	get problem(): string | null {
		return this.#problem;
	}

	dismiss(): void {
		this.#problem = null;
	}

	save(write: Promise<unknown>): void {
		this.#problem = null;
		write.catch((error: unknown) => (this.#problem = describeError(error)));
	}
}
