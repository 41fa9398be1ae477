import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readStaff, setUpSchool } from '../../server/setup.mjs';
import { TEST_ADMIN } from '../../scripts/sync-test-admin.mjs';
import { go } from './devices';
import { expect } from './fixtures';

/** The test sync server, behind the app at /couchdb/ (scripts/e2e-server.mjs). */
export function syncServer(baseURL: string | undefined): string {
	return `${baseURL}/couchdb`;
}

/**
 * Does what the school's IT does with the staff list the teacher downloaded: runs the set-up
 * script for a database of its own, and hands out the accounts it made.
 */
export async function setUpServer(
	baseURL: string | undefined,
	staffFile: string,
	database: string
) {
	const result = await setUpSchool({
		server: syncServer(baseURL),
		database,
		staff: readStaff(readFileSync(staffFile, 'utf8')),
		admin: TEST_ADMIN
	});
	return new Map(result.made.map((account) => [account.name, account]));
}

/** The accounts of one role, in the order of the staff list. */
export function accountsOf(
	accounts: Map<string, { role: string; user: string; password: string }>,
	role: string
) {
	return [...accounts.values()].filter((account) => account.role === role);
}

export async function downloadStaffList(page: Page, path: string): Promise<string> {
	await go(page, 'Settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the staff list for the sync server' }).click();
	await (await downloading).saveAs(path);
	return path;
}

/** Signs in on the Settings screen and waits until the device has the whole school. */
export async function signIn(
	page: Page,
	database: string,
	account: { user: string; password: string },
	timeout = 30_000
): Promise<void> {
	await (await signInForm(page, database, account)).click();
	await expect(syncLine(page)).toContainText('Up to date', { timeout });
}

/** Settings' sync form filled in for this account: its button signs in and syncs. */
export async function signInForm(
	page: Page,
	database: string,
	account: { user: string; password: string }
) {
	await page.goto('/#/settings');
	const card = page.getByRole('region', { name: 'Sync with the school’s server' });
	await card.getByLabel('School’s database').fill(database);
	await card.getByLabel('Your user name on the server').fill(account.user);
	await card.getByLabel('Password').fill(account.password);
	return card.getByRole('button', { name: 'Sign in and sync' });
}

/** The header's line about sync. */
export function syncLine(page: Page) {
	return page.getByRole('banner').getByRole('status');
}
