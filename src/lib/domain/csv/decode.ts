export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

export const NOT_CSV =
	'This file is not a CSV file. Export the class list from your MIS as CSV (comma-separated values), then choose that file.';
export const WORKBOOK =
	'This file is a spreadsheet workbook, not a CSV file. Open it and save it as “CSV UTF-8”, or export the class list from your MIS as CSV, then choose that file.';
export const EMPTY = 'This file is empty: there is no class list in it.';

const starts = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * The text of a CSV file, whatever the MIS saved it as: UTF-8 with or without a byte-order
 * mark, UTF-16 (Excel's "Unicode text"), or Windows-1252 (older exports, where "Zoë" is one
 * byte per letter). Workbooks and other binary files are refused.
 */
export function decodeCsv(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) return { ok: false, problem: EMPTY };
	// .xlsx and .ods are zip archives; .xls is an OLE compound file.
	if (starts(bytes, 0x50, 0x4b, 0x03, 0x04) || starts(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
		return { ok: false, problem: WORKBOOK };
	}
	const text = decodeText(bytes);
	if (text.includes('\u0000') || text.startsWith('%PDF')) return { ok: false, problem: NOT_CSV };
	if (text.trim() === '') return { ok: false, problem: EMPTY };
	return { ok: true, text };
}

function decodeText(bytes: Uint8Array): string {
	if (starts(bytes, 0xff, 0xfe)) return new TextDecoder('utf-16le').decode(bytes);
	if (starts(bytes, 0xfe, 0xff)) return new TextDecoder('utf-16be').decode(bytes);
	try {
		// The decoder drops a UTF-8 byte-order mark.
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}
