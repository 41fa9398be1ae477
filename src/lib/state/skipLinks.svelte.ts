export interface SkipLink {
	label: string;
	go: () => void;
}

/**
 * The layout's "skip to" buttons after "Skip to content": a screen adds one for the place a
 * keyboard user most wants, such as the marking grid, and it goes when the screen does.
 */
class SkipLinks {
	#links = $state.raw<SkipLink[]>([]);

	get links(): SkipLink[] {
		return this.#links;
	}

	/** Adds a link; returns what takes it away again (an onMount cleanup). */
	add(link: SkipLink): () => void {
		this.#links = [...this.#links, link];
		return () => {
			this.#links = this.#links.filter((other) => other !== link);
		};
	}
}

export const skipLinks = new SkipLinks();
