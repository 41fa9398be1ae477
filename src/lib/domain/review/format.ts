import { SMALL_GROUP } from './metrics';

/** A share as a whole number of percent (27 for 0.27), or null when there was nothing to share out. */
export function wholePercent(share: number | null): number | null {
	return share === null ? null : Math.round(share * 100);
}

/** A whole number of percent as it is read: "27%". */
export const withPercentSign = (value: number) => `${value}%`;

/** A share as a whole percentage, or "no data" when there was nothing to share out. */
export function percent(share: number | null): string {
	const value = wholePercent(share);
	return value === null ? 'no data' : withPercentSign(value);
}

const oneDecimal = (value: number | null) => (value === null ? 'no data' : value.toFixed(1));

/** A share in percent to one decimal place, without the sign, as a spreadsheet column wants it. */
export const spreadsheetPercent = (share: number | null) =>
	oneDecimal(share === null ? null : share * 100);

/** A gap in percentage points to one decimal place, as a spreadsheet column wants it. */
export const spreadsheetPoints = (gap: number | null) => oneDecimal(gap);

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
