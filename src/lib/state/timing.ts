/**
 * Times a screen from a start until its charts have all drawn, as a User Timing measure that
 * the benchmarks (and the browser's tools) read. Starts when made.
 */
export class DrawTiming {
	#charts: number;
	#name: string;
	#start = performance.now();
	#drawn = 0;
	#running = true;

	constructor(charts: number, name: string) {
		this.#charts = charts;
		this.#name = name;
	}

	start(name: string): void {
		this.#name = name;
		this.#start = performance.now();
		this.#drawn = 0;
		this.#running = true;
	}

	/** One chart has drawn; true when that was the last of them. */
	drawn(): boolean {
		if (!this.#running || ++this.#drawn < this.#charts) return false;
		this.#running = false;
		performance.measure(this.#name, { start: this.#start, end: performance.now() });
		return true;
	}

	/** Everything else on the screen has caught up too: measured as the name with "-all". */
	settled(): void {
		performance.measure(`${this.#name}-all`, { start: this.#start, end: performance.now() });
	}
}
