/** Pupil slips to a sheet of A4: a quarter of the page each. */
export const SLIPS_PER_SHEET = 4;

/** The most pupils a session card on half a sheet of A4 has room for. */
export const PUPILS_ON_HALF_SHEET = 8;

/** Items on sheets of `perSheet`, in order; the last sheet holds what is left. */
export function sheetsOf<T>(items: readonly T[], perSheet: number): T[][] {
	const sheets: T[][] = [];
	for (let start = 0; start < items.length; start += perSheet) {
		sheets.push(items.slice(start, start + perSheet));
	}
	return sheets;
}

/**
 * Session cards on sheets of A4, in order: two to a sheet, except that a card for more pupils
 * than half a sheet has room for takes a sheet of its own.
 */
export function cardSheets<T>(cards: readonly T[], pupils: (card: T) => number): T[][] {
	const sheets: T[][] = [];
	let half: T | null = null;
	for (const card of cards) {
		if (pupils(card) > PUPILS_ON_HALF_SHEET) {
			if (half !== null) sheets.push([half]);
			half = null;
			sheets.push([card]);
		} else if (half === null) {
			half = card;
		} else {
			sheets.push([half, card]);
			half = null;
		}
	}
	if (half !== null) sheets.push([half]);
	return sheets;
}
