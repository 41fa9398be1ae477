import type { Page } from '@playwright/test';
import {
	addAdult,
	device,
	go,
	importClass5B,
	mark,
	startSchool,
	record,
	sessionCard
} from './devices';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { downloadStaffList, setUpServer, signIn, syncLine, syncServer } from './sync';

test('a teacher’s laptop, an assistant’s tablet and the maths lead’s desktop sync one school', async ({
	browser,
	baseURL
}, testInfo) => {
	const laptop = await device(browser);
	const tablet = await device(browser);
	const desktop = await device(browser);
	const teacher = laptop.page;
	const assistant = tablet.page;
	const lead = desktop.page;

	// The teacher's school, as it is before sync: a class list and the adults.
	await startSchool(teacher, 'Hillside School');
	await importClass5B(teacher);
	await teacher.getByRole('link', { name: 'Adults' }).click();
	await addAdult(teacher, 'Mr Patel', 'Teacher');
	await addAdult(teacher, 'Mrs Green', 'Teaching assistant', true);
	await addAdult(teacher, 'Ms Shah', 'Maths lead');

	// IT sets up the school's database from the staff list; each adult gets an account.
	const database = `hillside-${testInfo.workerIndex}-${Date.now()}`;
	const staff = await downloadStaffList(teacher, testInfo.outputPath('staff.json'));
	const accounts = await setUpServer(baseURL, staff, database);
	await expectNoAxeViolations(teacher);

	await signIn(teacher, database, accounts.get('Mr Patel')!);
	await signIn(assistant, database, accounts.get('Mrs Green')!);
	await signIn(lead, database, accounts.get('Ms Shah')!);
	await expectNoAxeViolations(assistant);

	// Each is offered what their role may do.
	const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link');
	await expect(nav(assistant)).toHaveText(['Intervene', 'Settings']);
	await expect(nav(lead)).toHaveText(['Intervene', 'Board', 'Review', 'Leading maths', 'Settings']);
	await expect(nav(teacher)).toHaveText([
		'Teach',
		'Intervene',
		'Board',
		'Review',
		'Roster',
		'Settings'
	]);

	// The teacher marks a check at the end of the lesson: the groups appear on the tablet.
	await go(teacher, 'Teach');
	await teacher.getByRole('link', { name: 'New check for 5B' }).click();
	await teacher.getByLabel('Lesson title').fill('Fractions of amounts');
	const question = teacher.getByRole('group', { name: 'Question 1' });
	await question.getByLabel('Question', { exact: true }).fill('What is ¾ of 12?');
	await question.getByLabel('Keystone area').selectOption({ label: 'Fluency' });
	await question.getByLabel('Essential: missing it flags the pupil').check();
	await teacher.getByRole('button', { name: 'Add a question' }).click();
	const second = teacher.getByRole('group', { name: 'Question 2' });
	await second.getByLabel('Question', { exact: true }).fill('Shade ⅔ of the bar');
	await second.getByLabel('Keystone area').selectOption({ label: 'Representation & Structure' });
	await teacher.getByRole('button', { name: 'Save and start marking' }).click();
	await teacher.getByRole('button', { name: 'Everyone correct' }).click();
	const names = await teacher.getByRole('grid').locator('tbody tr th .name').allTextContents();
	const [p0, p1, p2, p3] = names;
	await mark(teacher, p0, 1);
	await mark(teacher, p1, 1);
	await mark(teacher, p2, 2);
	const checkUrl = teacher.url();
	const groups = teacher.getByRole('region', { name: 'Groups for this afternoon' });
	await expect(groups.getByRole('button', { name: p2 })).toBeVisible();

	await go(assistant, 'Intervene');
	await expect(assistant.getByText('Mrs Green’s groups')).toBeVisible();
	const card = (q: number) => sessionCard(assistant, q);
	await expect(card(1).getByRole('group', { name: `${p1}: attendance` })).toBeVisible({
		timeout: 5_000
	});
	// Alone on Q2, they join the group of Q1 rather than take an adult's slot alone.
	await expect(card(1).getByRole('group', { name: `${p2}: attendance` })).toBeVisible();
	await expect(card(1)).toContainText('missed Q2 first');

	// The tablet goes into the corridor with no Wi-Fi; the assistant records every pupil.
	await tablet.context.setOffline(true);
	const tap = (q: number, name: string, what: string, button: string) =>
		record(assistant, q, name, what, button);
	await tap(1, p0, 'attendance', 'Here');
	await tap(1, p0, 're-check', 'Re-check ✓');
	await tap(1, p1, 'attendance', 'Here');
	await tap(1, p1, 'how secure now', 'Secure');
	await tap(1, p2, 'attendance', 'Absent');
	await expect(syncLine(assistant)).toContainText(/Offline · \d+ changes? waiting/);
	await expectNoAxeViolations(assistant);

	// Meanwhile the teacher corrects a mark of the same check: one more pupil missed Q1.
	await teacher.goto(checkUrl);
	await mark(teacher, p3, 1);
	await expect(groups.getByRole('button', { name: p3 })).toBeVisible();

	// Back online, both devices have all of it.
	await tablet.context.setOffline(false);
	await expect(syncLine(assistant)).toContainText('Up to date', { timeout: 15_000 });
	await expect(card(1).getByRole('group', { name: `${p3}: attendance` })).toBeVisible();
	await expect(
		card(1)
			.getByRole('group', { name: `${p1}: how secure now` })
			.getByRole('button', { name: 'Secure' })
	).toHaveAttribute('aria-pressed', 'true');
	await go(teacher, 'Teach');
	await expect(
		teacher.getByRole('listitem').filter({ hasText: 'Fractions of amounts' })
	).toContainText('Kept up today: 2 of 4', { timeout: 15_000 });
	await expect(syncLine(teacher)).toContainText('Up to date');

	// The maths lead's Review shows the outcomes.
	await go(lead, 'Review');
	const seen = lead
		.locator('.headline .card')
		.filter({ has: lead.locator('dt', { hasText: /^Kept up$/ }) });
	await expect(seen).toContainText('50%');
	await expectNoAxeViolations(lead);

	// The assistant cannot change a check: the server refuses it, and nothing is lost.
	const checkId = decodeURIComponent(checkUrl.split('/').at(-1) ?? '');
	const doc = `${syncServer(baseURL)}/${database}/checks:${encodeURIComponent(checkId)}`;
	const current = (await (await tablet.context.request.get(doc)).json()) as {
		records: Record<string, unknown>[];
	};
	const attempt = await tablet.context.request.put(doc, {
		data: { ...current, records: [{ ...current.records[0], title: 'Changed by the assistant' }] }
	});
	expect(attempt.status()).toBe(403);
	expect(((await attempt.json()) as { reason: string }).reason).toBe(
		'Only a teacher can change checks.'
	);
	await teacher.goto(checkUrl);
	await expect(teacher.getByRole('heading', { level: 1 })).toContainText('Fractions of amounts');
	await expect(
		card(1)
			.getByRole('group', { name: `${p0}: re-check` })
			.getByRole('button', { name: 'Re-check ✓' })
	).toHaveAttribute('aria-pressed', 'true');

	// The tablet stops syncing: the school leaves the tablet, not the server; signing in again
	// brings all of it back.
	await go(assistant, 'Settings');
	await assistant
		.getByRole('button', { name: 'Stop syncing and remove the data from this device' })
		.click();
	await expect(assistant.getByRole('heading', { name: 'Welcome to Keep Up' })).toBeVisible();
	await signIn(assistant, database, accounts.get('Mrs Green')!);
	await go(assistant, 'Intervene');
	await expect(
		card(1)
			.getByRole('group', { name: `${p1}: how secure now` })
			.getByRole('button', { name: 'Secure' })
	).toHaveAttribute('aria-pressed', 'true');

	await Promise.all([laptop.context.close(), tablet.context.close(), desktop.context.close()]);
});
