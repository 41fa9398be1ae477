/** A change the user asked for: busy while it runs, then what went wrong in words they can read. */
export class Attempt {
	busy = $state(false);
	problem = $state<string | null>(null);

	/** Runs the change; true when it succeeded. */
	async run(change: () => Promise<unknown>): Promise<boolean> {
		this.busy = true;
		this.problem = null;
		try {
			await change();
			return true;
		} catch (error) {
			this.problem = error instanceof Error ? error.message : String(error);
			return false;
		} finally {
			this.busy = false;
		}
	}
}
