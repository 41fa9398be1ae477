import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, SCHOOL_DAY, test } from './fixtures';
import { visitEveryScreen } from './support/screens';
import { buildVersion, host, type Host } from './support/versions';

// Two real builds of Keep Up, published one after the other on one web server: the build the
// other journeys use, then another made here.
const folderA = 'build';
let folderB: string;
let a: string;
let b: string;
let server: Host;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	a = (
		JSON.parse(readFileSync(path.join(folderA, '_app/version.json'), 'utf8')) as { version: string }
	).version;
	b = `${a}-next`;
	folderB = buildVersion(b);
	server = await host(folderA);
});

const version = (page: Page, name: string) =>
	page.getByText(`Keep Up version ${name}`, { exact: true });

test.afterAll(async () => {
	await server?.close();
});

async function controlled(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function cacheNames(page: Page): Promise<string[]> {
	return page.evaluate(() => caches.keys());
}

test('a new version waits for a reload, and a page still running the old one works offline', async ({
	page,
	context
}) => {
	await page.goto(`${server.origin}/`);
	await page.getByRole('button', { name: 'Load the demo school' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Teach/ })).toBeVisible();
	await controlled(page);
	await page.getByRole('link', { name: 'Review' }).click();
	await expect(page.getByRole('rowheader', { name: 'Fluency' })).toBeVisible();
	// A second tab, on the teaching assistant's screen.
	const other = await context.newPage();
	await other.clock.install({ time: SCHOOL_DAY });
	await other.goto(`${server.origin}/#/intervene`);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(/^My groups today/);
	await controlled(other);

	// Version B is published; the tablet looks for updates every hour.
	server.publish(folderB);
	await page.clock.fastForward('01:00:00');
	const banner = page.getByRole('status').filter({ hasText: 'A new version of Keep Up is ready' });
	await expect(banner).toBeVisible();
	await expectNoAxeViolations(page);
	expect(await cacheNames(page)).toEqual(expect.arrayContaining([`keep-up-${a}`, `keep-up-${b}`]));

	// The tablet loses its Wi-Fi, and nothing is left in the browser's HTTP cache.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	await context.setOffline(true);
	await server.close();

	// Still version A, every screen of it, though B is installed.
	expect(await visitEveryScreen(page)).toHaveLength(24);
	await expect(version(page, a)).toBeVisible();

	// The person chooses to reload: version B, offline, every screen.
	await banner.getByRole('button', { name: 'Reload' }).click();
	await expect(version(page, b)).toBeVisible();
	await expect(banner).toBeHidden();
	expect(await visitEveryScreen(page)).toHaveLength(24);

	// The other tab still runs version A, now under B's service worker: it is told a new
	// version is ready, and keeps working offline on every screen.
	await expect(other.getByRole('status').filter({ hasText: 'A new version' })).toBeVisible();
	expect(await visitEveryScreen(other)).toHaveLength(24);
	await expect(version(other, a)).toBeVisible();
	expect(await cacheNames(page)).toContain(`keep-up-${a}`);

	// Once no page runs version A, its files are let go.
	await other.close();
	await page.reload();
	await expect(version(page, b)).toBeVisible();
	await expect.poll(() => cacheNames(page)).not.toContain(`keep-up-${a}`);
	expect(await cacheNames(page)).toContain(`keep-up-${b}`);
	await context.setOffline(false);
});
