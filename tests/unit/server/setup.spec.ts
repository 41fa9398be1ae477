import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer } from '../../../scripts/sync-test-server.mjs';
import { TEST_ADMIN } from '../../../scripts/sync-test-admin.mjs';
import { readStaff, setUpSchool, userName } from '../../../server/setup.mjs';
import { writeBackup } from '$lib/domain/backup/file';
import { smallSchool } from '$factories/school';

const staff = (adults: { id: string; name: string; role: string; archived?: boolean }[]) => ({
	schoolId: 'hillside',
	schoolName: 'Hillside',
	adults: adults.map((adult) => ({ archived: false, ...adult }))
});

describe('reading the staff file', () => {
	it('takes the staff list Keep Up downloads, or a backup, and refuses anything else', () => {
		const list = readStaff(
			JSON.stringify({
				app: 'keep-up',
				kind: 'staff',
				...staff([{ id: 'a', name: 'Mrs Green', role: 'ta' }])
			})
		);
		expect(list.adults).toEqual([{ id: 'a', name: 'Mrs Green', role: 'ta', archived: false }]);
		const school = smallSchool();
		const backup = readStaff(writeBackup(school, 2, new Date()).text);
		expect(backup.schoolId).toBe(school.settings.schoolId);
		expect(backup.adults).toHaveLength(school.adults.length);
		expect(() => readStaff('not json')).toThrow(/not a Keep Up staff list/);
		expect(() => readStaff('{"app":"other"}')).toThrow(/not a Keep Up staff list/);
	});

	it('makes user names from names, each once', () => {
		const taken = new Set(['mrs.green']);
		expect(userName('Mrs Green', taken)).toBe('mrs.green2');
		expect(userName("Mr O'Neill-Brown", taken)).toBe('mr.o.neill.brown');
		expect(userName('Zoë Åberg', taken)).toBe('zoe.aberg');
	});
});

describe('setting up a school on the server', () => {
	let server: { url: string; stop(): void };
	beforeAll(async () => {
		server = await startSyncServer();
	}, 30_000);
	afterAll(() => server.stop());

	it('makes the database, its rules and an account for each adult, and can be run again', async () => {
		const admin = TEST_ADMIN;
		const first = await setUpSchool({
			server: server.url,
			database: 'hillside',
			staff: staff([
				{ id: 't1', name: 'Mr Patel', role: 'teacher' },
				{ id: 'a1', name: 'Mrs Green', role: 'ta' }
			]),
			admin
		});
		expect(first.made.map((account) => account.user)).toEqual(['mr.patel', 'mrs.green']);
		expect(first.made[0].password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);

		// A new member of staff joins and Mrs Green leaves: only the change is made.
		const again = await setUpSchool({
			server: server.url,
			database: 'hillside',
			staff: staff([
				{ id: 't1', name: 'Mr Patel', role: 'teacher' },
				{ id: 'a1', name: 'Mrs Green', role: 'ta', archived: true },
				{ id: 'l1', name: 'Ms Shah', role: 'lead' }
			]),
			admin
		});
		expect(again.made.map((account) => account.user)).toEqual(['ms.shah']);
		expect(again.members).toEqual(['mr.patel', 'ms.shah']);
		expect(again.leavers).toEqual(['mrs.green']);

		const session = await fetch(`${server.url}/_session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'mrs.green', password: first.made[1].password })
		});
		const cookie = session.headers.get('set-cookie')?.split(';')[0] ?? '';
		const read = await fetch(`${server.url}/hillside`, { headers: { cookie } });
		expect(read.status).toBe(401);
	});

	it('refuses a database of another school and a wrong admin password', async () => {
		await setUpSchool({
			server: server.url,
			database: 'oakfield',
			staff: { ...staff([]), schoolId: 'oakfield', schoolName: 'Oakfield' },
			admin: TEST_ADMIN
		});
		await expect(
			setUpSchool({ server: server.url, database: 'oakfield', staff: staff([]), admin: TEST_ADMIN })
		).rejects.toThrow('The database oakfield belongs to another school, Oakfield, not Hillside.');
		await expect(
			setUpSchool({
				server: server.url,
				database: 'x',
				staff: staff([]),
				admin: { user: 'admin', password: 'wrong' }
			})
		).rejects.toThrow(/refused the admin name or password/);
	});
});
