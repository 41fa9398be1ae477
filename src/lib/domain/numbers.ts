/**
 * Number answers: what a pupil types on the tablet and what the teacher accepts. An answer is
 * right when it is one of the accepted answers written the same way, so that a question asking
 * for a fraction can accept ½ without accepting 0.5. Small differences of writing do not count:
 * 0.50 is 0.5, 1,000 is 1000, 1/2 is ½.
 */

/** How to write a number, for the messages that refuse one. */
export const NUMBER_EXAMPLE = 'like 12, 0.5, ½ or 3/4';

/** The longest number answer a pupil or teacher writes. */
export const MAX_NUMBER_LENGTH = 20;

const VULGAR: Readonly<Record<string, string>> = {
	'½': '1/2',
	'⅓': '1/3',
	'⅔': '2/3',
	'¼': '1/4',
	'¾': '3/4',
	'⅕': '1/5',
	'⅖': '2/5',
	'⅗': '3/5',
	'⅘': '4/5',
	'⅙': '1/6',
	'⅚': '5/6',
	'⅐': '1/7',
	'⅛': '1/8',
	'⅜': '3/8',
	'⅝': '5/8',
	'⅞': '7/8',
	'⅑': '1/9',
	'⅒': '1/10'
};

export interface NumberAnswer {
	value: number;
	/** The answer as written, tidied: two answers written the same way have the same form. */
	form: string;
}

const DECIMAL = /^(-?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?$/;
const FRACTION = /^(-?)(?:(\d+) )?(\d+)\/(\d+)$/;

function tidy(text: string): string {
	return text
		.trim()
		.replace(/[−–]/g, '-')
		.replace(/⁄/g, '/')
		.replace(/(\d)\s*([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒])/g, '$1 $2')
		.replace(/[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]/g, (vulgar) => VULGAR[vulgar])
		.replace(/\s*\/\s*/g, '/')
		.replace(/\s+/g, ' ');
}

/** A whole number, decimal, fraction or mixed number, or null when the text is none of them. */
export function parseNumberAnswer(text: string): NumberAnswer | null {
	const written = tidy(text);
	if (written === '' || written.length > MAX_NUMBER_LENGTH) return null;
	const decimal = DECIMAL.exec(written);
	if (decimal) {
		const [, sign, whole, fraction] = decimal;
		if (whole === '' && fraction === undefined) return null;
		const value = Number(`${sign}${whole.replaceAll(',', '') || '0'}.${fraction ?? '0'}`);
		return { value, form: String(value === 0 ? 0 : value) };
	}
	const fraction = FRACTION.exec(written);
	if (!fraction) return null;
	const [, sign, whole, top, bottom] = fraction;
	const [w, n, d] = [Number(whole ?? 0), Number(top), Number(bottom)];
	if (d === 0) return null;
	const value = (sign === '-' ? -1 : 1) * (w + n / d);
	const form = `${sign}${whole === undefined ? '' : `${w} `}${n}/${d}`;
	return { value, form };
}

/** Whether a typed answer is one of the accepted answers, written the same way. */
export function isAcceptedNumber(typed: string, accepted: readonly string[]): boolean {
	const answer = parseNumberAnswer(typed);
	return answer !== null && accepted.some((text) => parseNumberAnswer(text)?.form === answer.form);
}
