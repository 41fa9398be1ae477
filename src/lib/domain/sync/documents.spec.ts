import { describe, expect, it } from 'vitest';
import { markedCheck, question } from '$factories/check';
import { dayOutcomes } from '$factories/outcomes';
import { defaultSettings } from '../school';
import { SETTINGS_KEY } from '../settings';
import { decodeDoc, encodeDoc, sameRecords } from './documents';
import { SYNCED_TABLES } from './tables';

const check = markedCheck([question(1, 'fluency'), question(2, 'thinking')], {
	ada: '✓x',
	ben: 'absent'
});

describe('a school’s records as documents of its database', () => {
	it('travel whole, typed arrays and all, and are read back as they were', () => {
		const doc = JSON.parse(JSON.stringify(encodeDoc('checks', check.id, [check])));
		expect(doc._id).toBe(`checks:${check.id}`);
		const decoded = decodeDoc(doc);
		expect(decoded.ok && decoded.records).toEqual([check]);
	});

	it('are written byte for byte the same by every device, whatever order it holds fields in', () => {
		const shuffled = Object.fromEntries(Object.entries(check).reverse()) as typeof check;
		expect(JSON.stringify(encodeDoc('checks', check.id, [shuffled]))).toBe(
			JSON.stringify(encodeDoc('checks', check.id, [check]))
		);
	});

	it('leave this device’s own fields behind', () => {
		const settings = { ...defaultSettings('s', 'Hillside', 1), lastBackupAt: 99 };
		const doc = encodeDoc('settings', SETTINGS_KEY, [settings]);
		const later = { ...settings, lastBackupAt: 5 };
		expect(doc.records[0].lastBackupAt).toBeNull();
		expect(sameRecords(doc, encodeDoc('settings', SETTINGS_KEY, [later]))).toBe(true);
	});

	it('refuse a damaged record with the reason, and leave a kind they do not know for later', () => {
		const doc = encodeDoc('outcomes', 'x', [dayOutcomes(check, { ada: { attended: 'attended' } })]);
		const damaged = { ...doc, records: [{ ...doc.records[0], pupilIds: [] }] };
		const decoded = decodeDoc(damaged);
		expect(decoded.ok).toBe(false);
		expect(!decoded.ok && decoded.problem).toMatch(/does not match the outcomes/);
		expect(decodeDoc({ _id: 'lessons:1', table: 'lessons', records: [] })).toEqual({
			ok: false,
			problem: 'unknown'
		});
		expect(decodeDoc({ _id: 'checks:1', table: 'groups', records: [] }).ok).toBe(false);
	});

	it('put a check’s groups in one document, as they are made together', () => {
		expect(SYNCED_TABLES.groups.docKey({ id: 'c1~q1~1', checkId: 'c1' } as never)).toBe('c1');
		expect(SYNCED_TABLES.checks.docKey(check)).toBe(check.id);
	});
});
