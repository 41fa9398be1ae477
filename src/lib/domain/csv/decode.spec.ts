import { describe, expect, it } from 'vitest';
import { decodeCsv, EMPTY, NOT_CSV, WORKBOOK } from './decode';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding a class-list file', () => {
	it('reads UTF-8 and drops its byte-order mark', () => {
		expect(decodeCsv(bytes(0xef, 0xbb, 0xbf, ...utf8('Name\nZoë Smith')))).toEqual({
			ok: true,
			text: 'Name\nZoë Smith'
		});
		expect(decodeCsv(utf8('Name\nZoë Smith'))).toEqual({ ok: true, text: 'Name\nZoë Smith' });
	});

	it('reads UTF-16 with either byte order', () => {
		expect(decodeCsv(bytes(0xff, 0xfe, 0x41, 0, 0x0a, 0, 0x42, 0))).toEqual({
			ok: true,
			text: 'A\nB'
		});
		expect(decodeCsv(bytes(0xfe, 0xff, 0, 0x41, 0, 0x0a, 0, 0x42))).toEqual({
			ok: true,
			text: 'A\nB'
		});
	});

	it('reads an older Windows-1252 export, where ë is one byte', () => {
		expect(decodeCsv(bytes(...utf8('Name\nZo'), 0xeb))).toEqual({ ok: true, text: 'Name\nZoë' });
	});

	it('refuses spreadsheet workbooks, binary files and empty files', () => {
		expect(decodeCsv(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0))).toEqual({
			ok: false,
			problem: WORKBOOK
		});
		expect(decodeCsv(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1))).toEqual({
			ok: false,
			problem: WORKBOOK
		});
		expect(decodeCsv(bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 0))).toEqual({
			ok: false,
			problem: NOT_CSV
		});
		expect(decodeCsv(utf8('%PDF-1.7\n'))).toEqual({ ok: false, problem: NOT_CSV });
		expect(decodeCsv(bytes())).toEqual({ ok: false, problem: EMPTY });
		expect(decodeCsv(utf8(' \r\n\r\n'))).toEqual({ ok: false, problem: EMPTY });
	});
});
