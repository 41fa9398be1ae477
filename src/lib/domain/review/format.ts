import { SMALL_GROUP } from './metrics';

/** A share as a whole percentage, or "no data" when there was nothing to share out. */
export function percent(share: number | null): string {
	return share === null ? 'no data' : `${Math.round(share * 100)}%`;
}

/** A gap in percentage points with its sign, or "no data". */
export function points(gap: number | null): string {
	if (gap === null) return 'no data';
	const rounded = Math.round(gap);
	return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${Math.abs(rounded)} pp`;
}

export function isSmall(pupils: number): boolean {
	return pupils > 0 && pupils < SMALL_GROUP;
}

/** How many pupils a figure rests on, said plainly, with a warning when that is few. */
export function pupilCount(pupils: number): string {
	const words = `${pupils} ${pupils === 1 ? 'pupil' : 'pupils'}`;
	return isSmall(pupils) ? `${words}: too few to compare` : words;
}
