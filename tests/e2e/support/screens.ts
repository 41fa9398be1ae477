import { expect, type Page } from '@playwright/test';

async function firstLink(page: Page, prefix: string, not?: RegExp): Promise<string> {
	const links = page.locator(`a[href^="${prefix}"]`);
	await expect(links.first()).toBeAttached();
	const hrefs = await links.evaluateAll((links) =>
		links.map((link) => link.getAttribute('href') ?? '')
	);
	const href = hrefs.find((h) => !not?.test(h));
	expect(href, `a link to ${prefix}`).toBeTruthy();
	return href ?? '';
}

/**
 * Opens every screen of the demo school within the page, as its links do (no reload, so the
 * page keeps running the code it started with), and waits for each to draw its heading.
 * Returns the screens seen, for the caller to check against.
 */
export async function visitEveryScreen(page: Page): Promise<string[]> {
	const seen: string[] = [];
	// A screen that failed to load could make SvelteKit reload the page into another version.
	await page.evaluate(() => ((window as { keepUpVisit?: boolean }).keepUpVisit = true));
	const open = async (hash: string, heading: RegExp) => {
		// A link, as SvelteKit navigates on a link (a hash typed into the address bar reloads).
		await page.evaluate((to) => {
			const link = document.createElement('a');
			link.href = to;
			document.querySelector('main')?.append(link);
			link.click();
			link.remove();
		}, hash);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		const same = await page.evaluate(() => (window as { keepUpVisit?: boolean }).keepUpVisit);
		expect(same, `${hash} opened without a reload`).toBe(true);
		seen.push(hash);
	};
	await open('#/teach', /^Teach/);
	const teachClass = await firstLink(page, '#/teach/class/', /\/new$/);
	const check = await firstLink(page, '#/teach/check/');
	await open(teachClass, /· Year \d/);
	await open(`${teachClass}/new`, /^New check for/);
	await open(check, /·/);
	await open(`${check}/edit`, /^Edit “/);
	await open(`${check}/slips`, /^Pupil slips for/);
	await open('#/intervene', /^My groups today/);
	await open('#/board', /^Today’s board/);
	await open(await firstLink(page, '#/intervene/cards/'), /^Session cards for/);
	await open('#/review', /^Review$/);
	const pupil = await firstLink(page, '#/review/pupil/');
	const name = (await page.locator(`a[href="${pupil}"]`).first().innerText()).trim();
	await open('#/leading/reports/new', /^Keeping up in maths/);
	await open(pupil, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	await open('#/leading', /^Leading maths$/);
	await open(await firstLink(page, '#/leading/visits/', /\/new$/), /./);
	await open('#/leading/visits/new', /^Record a visit$/);
	await open('#/leading/coverage', /^Coverage$/);
	await open('#/leading/plan', /action plan/i);
	await open('#/leading/reports', /^Governor reports$/);
	await open(await firstLink(page, '#/leading/reports/', /\/new$/), /^Keeping up in maths/);
	await open('#/roster', /^Roster$/);
	await open(await firstLink(page, '#/roster/class/'), /Year \d/);
	await open('#/roster/adults', /^Adults$/);
	await open('#/roster/import', /^Import a class list$/);
	await open('#/settings', /^Settings and data$/);
	return seen;
}
