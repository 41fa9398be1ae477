import { SMALL_GROUP } from './metrics';

/** A figure as a governor report may print it. */
export type Reported =
	| { kind: 'value'; value: number }
	/** From fewer than five pupils: not printed, since so few pupils could be recognised. */
	| { kind: 'withheld' }
	/** Nothing to count. */
	| { kind: 'none' };

export const WITHHELD_TEXT = `fewer than ${SMALL_GROUP} pupils`;

/**
 * The rule for every figure of a governor report: a figure that rests on fewer than five
 * pupils is withheld, whatever it is (a share, a gap, a count of pupils); one with nothing to
 * count is "no data", never 0.
 */
export function withhold(value: number | null, pupils: number): Reported {
	if (pupils > 0 && pupils < SMALL_GROUP) return { kind: 'withheld' };
	if (value === null) return { kind: 'none' };
	return { kind: 'value', value };
}

/** The figure in words: its value formatted, "fewer than 5 pupils", or "no data". */
export function reportedText(figure: Reported, format: (value: number) => string): string {
	if (figure.kind === 'withheld') return WITHHELD_TEXT;
	if (figure.kind === 'none') return 'no data';
	return format(figure.value);
}
