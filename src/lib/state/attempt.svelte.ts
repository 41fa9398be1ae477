import { describeError, ValidationError } from '$lib/db/validate';

/**
 * Something the user asked for that may be refused: busy while it runs, then either done or
 * refused with the problems to show. What the user typed is left alone either way.
 */
export class Attempt {
	busy = $state(false);
	done = $state(false);
	problems = $state.raw<string[]>([]);

	async run(action: () => Promise<unknown>): Promise<boolean> {
		this.busy = true;
		this.done = false;
		this.problems = [];
		try {
			await action();
			this.done = true;
		} catch (error) {
			this.problems = error instanceof ValidationError ? error.problems : [describeError(error)];
		} finally {
			this.busy = false;
		}
		return this.done;
	}

	reset(): void {
		this.done = false;
		this.problems = [];
	}
}
