import { expect, test } from '@playwright/test';
import { today } from '../../src/lib/domain/dates';
import {
	accountsOf,
	downloadStaffList,
	setUpServer,
	signIn,
	signInForm,
	syncLine
} from '../../tests/e2e/sync';
import { loadWholeSchool, measured, report } from './report';

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Sync on loopback at whole-school scale: a school's year sent up from one device, a new
 * device's first sync of it until it is usable, then a tap on one device until it shows on the
 * other, as the person at the other device would see it.
 */
test('sync of a whole-school year', async ({ browser, baseURL }, testInfo) => {
	const laptop = await (await browser.newContext()).newPage();
	await loadWholeSchool(laptop);
	const staff = await downloadStaffList(laptop, testInfo.outputPath('staff.json'));
	const database = `bench-${Date.now()}`;
	const [first, second] = accountsOf(await setUpServer(baseURL, staff, database), 'teacher');

	let started = Date.now();
	await signIn(laptop, database, first, 280_000);
	report('sync_first_push_ms', Date.now() - started);

	// From the moment the person asks to sign in and sync until they can start to teach.
	const desktop = await (await browser.newContext()).newPage();
	const signInButton = await signInForm(desktop, database, second);
	started = Date.now();
	await signInButton.click();
	await expect(syncLine(desktop)).toContainText('Up to date', { timeout: 280_000 });
	await desktop.getByRole('link', { name: 'Teach' }).click();
	await desktop
		.getByRole('link', { name: /^New check for / })
		.first()
		.waitFor();
	report('sync_first_sync_ms', Date.now() - started);
	// Of which: the replication itself, then putting the last of it in place.
	report('sync_first_exchange_ms', await measured(desktop, 'keep-up:sync-first-exchange'));
	report('sync_first_rest_ms', await measured(desktop, 'keep-up:sync-first-rest'));

	const check = `/#/teach/check/demo-check-1-${today()}`;
	await laptop.goto(check);
	await desktop.goto(check);
	const cell = (page: typeof laptop, pupil: number) =>
		page.getByRole('grid').locator('tbody tr:not(.absent)').nth(pupil).getByRole('button').first();
	const latencies: number[] = [];
	for (let tap = 0; tap < 11; tap++) {
		const pupil = tap % 5;
		const before = await cell(desktop, pupil).getAttribute('aria-label');
		await cell(laptop, pupil).waitFor();
		const tapped = Date.now();
		await cell(laptop, pupil).click();
		await desktop.waitForFunction(
			([label, n]) => {
				const rows = document.querySelectorAll('tbody tr:not(.absent)');
				return rows.item(n)?.querySelector('button')?.getAttribute('aria-label') !== label;
			},
			[before, pupil] as const,
			{ polling: 'raf', timeout: 30_000 }
		);
		latencies.push(Date.now() - tapped);
		await syncLine(laptop).filter({ hasText: 'Up to date' }).waitFor();
	}
	report('sync_change_shown_elsewhere_median_ms', median(latencies));
	report('sync_change_shown_elsewhere_max_ms', Math.max(...latencies));
});
