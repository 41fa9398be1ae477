import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, SCHOOL_DAY } from './fixtures';

/** A device of the school: its own browser, with its own storage, on the same school day. */
export async function device(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.clock.install({ time: SCHOOL_DAY });
	return { context, page };
}

/** Opens a screen from the app's own navigation. */
export function go(
	page: Page,
	screen: 'Teach' | 'Intervene' | 'Board' | 'Review' | 'Leading maths' | 'Roster' | 'Settings'
) {
	return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen }).click();
}

export async function startSchool(page: Page, name: string) {
	await page.goto('/');
	await page.getByLabel('School name').fill(name);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
}

/** Imports the sample class list of 5B from Arbor: 28 pupils. */
export async function importClass5B(page: Page) {
	await page
		.getByRole('navigation', { name: 'Roster' })
		.getByRole('link', { name: 'Import a class list' })
		.click();
	await page.getByLabel('Class list (CSV file)').setInputFiles('tests/fixtures/csv/arbor-5B.csv');
	await page.getByRole('button', { name: 'Check the rows' }).click();
	await page.getByRole('button', { name: 'Import 28 good rows' }).click();
	await expect(page.getByRole('heading', { name: 'Imported' })).toBeFocused();
}

/** A tap on a pupil's answer in the marking grid. */
export async function mark(page: Page, name: string, question: number) {
	await page.getByRole('button', { name: new RegExp(`^${name}, question ${question}:`) }).click();
}

/** Adds an adult on the Roster's Adults screen. */
export async function addAdult(page: Page, name: string, role: string, runsGroups = false) {
	await page.getByLabel('Name').fill(name);
	await page.getByLabel('Role').selectOption({ label: role });
	await page.getByLabel('Runs same-day intervention groups').setChecked(runsGroups);
	await page.getByRole('button', { name: 'Add adult' }).click();
	await expect(page.getByRole('rowheader', { name })).toBeVisible();
}

/** The Intervene card of the group that works on question `q`. */
export function sessionCard(page: Page, q: number) {
	return page.getByRole('article').filter({ hasText: `The question they missed (Q${q})` });
}

/** A tap on Intervene: a pupil's attendance, re-check or security, on the card of question `q`. */
export function record(page: Page, q: number, name: string, what: string, button: string) {
	return sessionCard(page, q)
		.getByRole('group', { name: `${name}: ${what}` })
		.getByRole('button', { name: button })
		.click();
}
