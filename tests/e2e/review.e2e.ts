import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, isPainted, loadDemoSchool, test } from './fixtures';
import { addEarlierYears } from './history';

const asNumber = (cell: string) => (cell === 'no data' ? null : Number(cell.replace('%', '')));
const asPoints = (cell: string) =>
	asNumber(cell.replace(' pp', '').replace('−', '-').replace('+', ''));

/** A chart's table, read as a user reads it: one list of numbers per series (column). */
async function chartTable(figure: Locator, read = asNumber) {
	// What the chart drew comes from the same numbers as its table (series.spec.ts holds them
	// to that): the journey sees that it drew, and reads the table as a user would.
	expect(await isPainted(figure.locator('canvas'))).toBe(true);
	await figure.getByText('Table of these numbers').click();
	const rows = await figure
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''))
		);
	await figure.getByText('Table of these numbers').click();
	const width = rows[0]?.length ?? 0;
	const series = Array.from({ length: width }, (_, c) => rows.map((row) => read(row[c])));
	return { series, rows };
}

async function expectChartsWithTables(page: Page) {
	const flags = await chartTable(page.getByRole('figure', { name: /Flags by keystone area/ }));
	expect(flags.series).toHaveLength(5);
	expect(flags.rows.length).toBeGreaterThan(0);
	flags.rows.forEach((row) => row.forEach((cell) => expect(cell).toMatch(/^\d+$/)));
	const closure = await chartTable(page.getByRole('figure', { name: /Kept up the same day/ }));
	closure.rows.forEach((row) => row.forEach((cell) => expect(cell).toMatch(/^(\d+%|no data)$/)));
	const gaps = await chartTable(page.getByRole('figure', { name: /The gaps/ }), asPoints);
	gaps.rows.forEach((row) => {
		expect(row[2]).toMatch(/^([+−]?\d+ pp|no data)$/);
		expect(row[5]).toMatch(/^([+−]?\d+ pp|no data)$/);
	});
	return flags;
}

async function download(page: Page, button: Locator): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return readFile((await file.path()) ?? '', 'utf8');
}

test('a maths lead reviews the patterns, filters them, exports them and reports to governors', async ({
	page
}) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Review' }).click();
	await expect(page.getByRole('figure')).toHaveCount(3);
	await expect(page.getByRole('heading', { name: 'Persistent needs' })).toBeVisible();
	const whole = await expectChartsWithTables(page);
	await expectNoAxeViolations(page);

	// Year 7 alone: fewer flags, and charts and tables still agree.
	await page.getByRole('combobox', { name: 'Year group' }).selectOption({ label: 'Year 7' });
	await expect(page.getByRole('combobox', { name: 'Class' }).locator('option')).toHaveText([
		'All classes',
		'7B'
	]);
	const year7 = await expectChartsWithTables(page);
	const total = (series: (number | null)[][]) =>
		series.flat().reduce<number>((sum, n) => sum + (n ?? 0), 0);
	expect(total(year7.series)).toBeLessThan(total(whole.series));
	await page.getByRole('combobox', { name: 'Keystone area' }).selectOption({ label: 'Fluency' });
	const fluency = await expectChartsWithTables(page);
	expect(fluency.series.filter((series) => series.some((n) => (n ?? 0) > 0))).toHaveLength(1);

	// An end before the start is refused; the figures stay as they were.
	const flagged = await page.getByRole('region', { name: 'The figures at a glance' }).textContent();
	await page.getByLabel('To', { exact: true }).fill('2026-08-01');
	await page.getByLabel('To', { exact: true }).blur();
	await expect(page.getByRole('alert')).toContainText('The end date is before the start date.');
	await expect(page.getByRole('region', { name: 'The figures at a glance' })).toHaveText(
		flagged ?? ''
	);

	// Dates with no checks say so.
	await page.getByLabel('From', { exact: true }).fill('2026-09-01');
	await page.getByLabel('To', { exact: true }).fill('2026-09-30');
	await page.getByLabel('To', { exact: true }).blur();
	await expect(page.getByRole('status').filter({ hasText: 'No checks were marked' })).toContainText(
		'No checks were marked from Tuesday 1 September 2026 to Wednesday 30 September 2026'
	);

	// Back to everything, then take the figures away.
	await page.getByLabel('From', { exact: true }).fill('2026-10-12');
	await page.getByLabel('To', { exact: true }).fill('2026-11-23');
	await page.getByLabel('To', { exact: true }).blur();
	await page.getByRole('combobox', { name: 'Year group' }).selectOption({ label: 'All years' });
	await page.getByRole('combobox', { name: 'Keystone area' }).selectOption({ label: 'All areas' });
	await expect(page.getByRole('figure')).toHaveCount(3);

	const answers = Papa.parse<Record<string, string>>(
		(await download(page, page.getByRole('button', { name: 'Every answer (CSV)' }))).replace(
			/^\ufeff/,
			''
		),
		{ header: true, skipEmptyLines: true }
	).data;
	expect(answers.length).toBeGreaterThan(1000);
	expect(Object.keys(answers[0])).toEqual(
		expect.arrayContaining(['Pupil', 'Question', 'Result', 'Keystone'])
	);
	const names = [...new Set(answers.map((row) => row.Pupil))];
	expect(names.length).toBeGreaterThan(100);

	const figures = await download(page, page.getByRole('button', { name: 'These tables (CSV)' }));
	expect(figures).toContain('Keystone,Mathematical Thinking');
	for (const name of names) expect(figures).not.toContain(name);

	await page.getByRole('link', { name: 'Governor report (no names)' }).click();
	await expect(page.getByRole('heading', { name: /Keeping up in maths/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
	await expect(page.getByText(/end-of-lesson checks were marked for 120 pupils/)).toBeVisible();
	await expect(page.getByRole('region', { name: 'Keeping up' })).toBeVisible();
	const report = (await page.locator('main').textContent()) ?? '';
	for (const name of names) expect(report).not.toContain(name);
	await expectNoAxeViolations(page);
});

test('Review opens on the current school year; an earlier year or the whole history can be chosen', async ({
	page
}) => {
	await loadDemoSchool(page);
	// The school used Keep Up the same way last year.
	await addEarlierYears(page, 1);
	await page.reload();
	await page.getByRole('link', { name: 'Review' }).click();
	const schoolYear = page.getByRole('combobox', { name: 'School year' });
	const filters = page.getByRole('form', { name: 'Filters' });
	const checks = async () =>
		Number(
			/over (\d+) checks/.exec(
				(await page.getByRole('region', { name: 'The figures at a glance' }).textContent()) ?? ''
			)?.[1]
		);
	await expect(filters).toContainText('Showing the school year 2026–27, the current school year.');
	await expect(schoolYear.locator('option')).toHaveText([
		'2026–27 (current)',
		'2025–26',
		'The whole history'
	]);
	await expect(page.getByLabel('From', { exact: true })).toHaveValue('2026-09-01');
	await expect(page.getByLabel('To', { exact: true })).toHaveValue('2027-08-31');
	await expect(page.getByRole('figure')).toHaveCount(3);
	const thisYear = await checks();
	expect(thisYear).toBeGreaterThan(100);
	const impact = page.getByRole('region', { name: 'Secure next time' });
	const thisYearsImpact = await impact.textContent();
	expect(thisYearsImpact).toMatch(/Came to a same-day group[1-9]/);
	await expectNoAxeViolations(page);

	// Last year alone: the same checks and the same groups' outcomes, since it was the same again.
	await schoolYear.selectOption({ label: '2025–26' });
	await expect(filters).toContainText('Showing the school year 2025–26.');
	await expect(page).toHaveURL(/from=2025-09-01&to=2026-08-31/);
	await expect(page.getByLabel('From', { exact: true })).toHaveValue('2025-09-01');
	await expect.poll(checks).toBe(thisYear);
	await expect(impact).toHaveText(thisYearsImpact!);

	// Both years together, and a reload keeps the choice.
	await schoolYear.selectOption({ label: 'The whole history' });
	await expect(filters).toContainText('Showing the school years 2025–26 to 2026–27.');
	await expect.poll(checks).toBe(2 * thisYear);
	await page.reload();
	await expect(schoolYear).toHaveValue('whole');
	await expect.poll(checks).toBe(2 * thisYear);

	// Dates the school has no data for say so, and say which dates it has.
	await page.getByLabel('From', { exact: true }).fill('2019-09-02');
	await page.getByLabel('To', { exact: true }).fill('2019-12-20');
	await page.getByLabel('To', { exact: true }).blur();
	await expect(page.getByRole('status').filter({ hasText: 'No checks were marked' })).toHaveText(
		/^No checks were marked from Monday 2 September 2019 to Friday 20 December 2019: the school’s data on this device runs from \w+ \d+ October 2025 to Monday 23 November 2026\./
	);
	await expect(filters).toContainText(
		'Showing Monday 2 September 2019 to Friday 20 December 2019.'
	);
	await expect(page.getByRole('figure')).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test('a persistent need leads to the pupil’s whole history', async ({ page }) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Review' }).click();
	const persistent = page.getByRole('region', { name: /Persistent needs/ });
	const first = persistent.getByRole('rowheader').first().getByRole('link');
	const name = (await first.textContent()) ?? '';
	await first.click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
	await expect(page.locator('tbody tr')).toHaveCount(30);
	await expect(page.locator('tbody')).toContainText('Flagged');
	await expectNoAxeViolations(page);
});

test.describe('downloads', () => {
	// The service worker fetches every file to work offline: here only what a screen loads counts.
	test.use({ serviceWorkers: 'block' });

	test('chart.js is downloaded for Review only, not for Teach or Intervene', async ({ page }) => {
		const scripts: { url: string; body: string }[] = [];
		page.on('response', async (response) => {
			if (response.url().endsWith('.js')) {
				scripts.push({ url: response.url(), body: await response.text().catch(() => '') });
			}
		});
		const chartJs = () =>
			scripts.filter((script) => script.body.includes('acquire context from the given item'));
		await loadDemoSchool(page);
		await page.getByRole('link', { name: 'Intervene' }).click();
		await expect(page.getByRole('heading', { name: /My groups today/ })).toBeVisible();
		expect(chartJs()).toEqual([]);
		await page.getByRole('link', { name: 'Review' }).click();
		await expect(page.getByRole('figure')).toHaveCount(3);
		// A response's body is read after the response itself has come.
		await expect.poll(() => chartJs().length).toBe(1);
	});
});
