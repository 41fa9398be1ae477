import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { db, DATABASE_NAME } from './database';
import { openDatabase } from './open';
import { SCHEMA, SCHEMA_VERSION } from './schema';

/** Opens the database as IndexedDB itself at a native version, as a newer app would. */
function openNatively(version: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DATABASE_NAME, version);
		request.onsuccess = () => {
			request.result.close();
			resolve();
		};
		request.onerror = () => reject(request.error!);
	});
}

describe('opening the database', () => {
	it('opens a database of this version', async () => {
		expect(await openDatabase(() => {})).toEqual({ ok: true });
		expect(db.isOpen()).toBe(true);
	});

	it('tells this tab when another upgrades the database, and lets go of it', async () => {
		const changed = vi.fn();
		await openDatabase(changed);
		await openNatively((SCHEMA_VERSION + 1) * 10);
		expect(changed).toHaveBeenCalled();
		expect(db.isOpen()).toBe(false);
	});

	it('will not use a database that a newer version of Keep Up upgraded', async () => {
		await db.open();
		db.close();
		await openNatively((SCHEMA_VERSION + 1) * 10);
		const opened = await openDatabase(() => {});
		expect(opened).toMatchObject({ ok: false, title: 'Keep Up needs updating on this device' });
		expect(!opened.ok && opened.reason).toMatch(/newer version of Keep Up has upgraded the data/);
		expect(db.isOpen()).toBe(false);
	});

	it('says plainly when this device’s data cannot be upgraded, and changes nothing', async () => {
		db.close();
		await Dexie.delete(DATABASE_NAME);
		const old = new Dexie(DATABASE_NAME);
		old.version(1).stores(SCHEMA[1]);
		await old.table('settings').put({ id: 'school', schoolName: 'Hillside', flagRule: {} });
		const check = { id: 'c1', title: 'Fractions', date: '2026-11-23', pupilIds: ['p1'] };
		await old.table('checks').put({ ...check, attended: new Uint8Array(1), recheck: 'lost' });
		old.close();
		const opened = await openDatabase(() => {});
		expect(opened).toMatchObject({
			ok: false,
			title: 'Keep Up could not upgrade the data on this device'
		});
		expect(!opened.ok && opened.reason).toMatch(
			/^Check “Fractions” \(2026-11-23\) could not be upgraded: .* Nothing has been changed or lost/
		);
	});
});
