import Papa from 'papaparse';
import { decodeCsv, EMPTY } from './decode';

/** One line of the class list; row numbers are a spreadsheet's, the heading row being row 1. */
export interface CsvRow {
	rowNumber: number;
	cells: Record<string, string>;
}

export interface CsvTable {
	headers: string[];
	rows: CsvRow[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; problem: string };

export const NO_ROWS = 'This file has column headings but no pupils under them.';

/** Reads a class-list file: its bytes decoded, then parsed by papaparse with a heading row. */
export function openCsv(bytes: Uint8Array): CsvResult {
	const decoded = decodeCsv(bytes);
	return decoded.ok ? readCsv(decoded.text) : decoded;
}

export function readCsv(text: string): CsvResult {
	// Blank lines upset papaparse's guess of the delimiter, so it guesses from the lines with text;
	// the full parse keeps blank lines so that row numbers match what a spreadsheet shows.
	const { delimiter } = Papa.parse(text, { skipEmptyLines: 'greedy', preview: 20 }).meta;
	const parsed = Papa.parse<Record<string, string | undefined>>(text, {
		header: true,
		delimiter,
		transformHeader: (header) => header.trim()
	});
	const unclosed = parsed.errors.find((error) => error.type === 'Quotes');
	if (unclosed) {
		return {
			ok: false,
			// papaparse counts this error's rows from 0 at the heading row.
			problem: `This file could not be read as CSV: a quotation mark on row ${(unclosed.row ?? 0) + 1} is never closed.`
		};
	}
	const headers = parsed.meta.fields ?? [];
	if (headers.every((header) => header === '')) return { ok: false, problem: EMPTY };
	const rows = parsed.data
		.map((record, i) => ({
			rowNumber: i + 2,
			cells: Object.fromEntries(headers.map((header) => [header, record[header] ?? '']))
		}))
		.filter((row) => Object.values(row.cells).some((cell) => cell.trim() !== ''));
	if (rows.length === 0) return { ok: false, problem: NO_ROWS };
	return { ok: true, table: { headers, rows } };
}
