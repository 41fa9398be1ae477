import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, isPainted, loadDemoSchool, test } from './fixtures';
import { visitEveryScreen } from './support/screens';

declare global {
	interface Window {
		keepUpHacked?: string;
	}
}

const IMG = `<img src=x onerror="window.keepUpHacked='img'">`;
const SCRIPT = `<script>window.keepUpHacked='script'</script>`;
const FORMULA = '=HYPERLINK("http://evil.example")';

async function download(page: Page, button: Locator): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return readFile((await file.path()) ?? '', 'utf8');
}

test('the page carries the policy, and the browser blocks what it forbids', async ({
	page,
	policyViolations
}) => {
	await page.goto('/');
	const policy =
		(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ??
		'';
	const directives = new Map(
		policy.split(';').map((part) => {
			const [name, ...values] = part.trim().split(/\s+/);
			return [name, values] as const;
		})
	);
	expect(directives.get('default-src')).toEqual(["'self'"]);
	expect(directives.get('connect-src')).toEqual(["'self'"]);
	expect(directives.get('object-src')).toEqual(["'none'"]);
	const scripts = directives.get('script-src') ?? [];
	expect(scripts[0]).toBe("'self'");
	expect(scripts.slice(1).every((source) => /^'sha256-[\w+/=]+'$/.test(source))).toBe(true);
	expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);

	// The same policy, with what only a header can carry, for IT to send.
	const header = await readFile('build/content-security-policy.txt', 'utf8');
	expect(header.trim()).toBe(`${policy}; frame-ancestors 'none'`);

	const ran = await page.evaluate(async () => {
		const script = document.createElement('script');
		script.textContent = "window.keepUpHacked = 'inline'";
		document.body.append(script);
		const elsewhere = await fetch('https://example.org/').then(
			() => 'fetched',
			() => 'blocked'
		);
		return { hacked: window.keepUpHacked ?? null, elsewhere };
	});
	expect(ran).toEqual({ hacked: null, elsewhere: 'blocked' });
	await expect.poll(() => policyViolations.length).toBe(2);
	expect(policyViolations.splice(0)).toEqual([
		expect.stringMatching(/^script-src-elem blocked inline/),
		expect.stringMatching(/^connect-src blocked https:\/\/example.org/)
	]);
});

test('every screen works under the policy, with nothing blocked', async ({ page }) => {
	await loadDemoSchool(page);
	expect(await visitEveryScreen(page)).toHaveLength(24);
	await page.getByRole('link', { name: 'Review' }).click();
	await expect(page.getByRole('figure')).toHaveCount(3);
	// Drawn under the policy: the canvas holds more than a blank one of its size.
	await expect.poll(() => isPainted(page.locator('canvas').first())).toBe(true);
});

test('hostile text stays text on every screen and in every export', async ({ page }) => {
	await loadDemoSchool(page);

	// A class list whose names are markup, and a formula.
	await page.getByRole('link', { name: 'Roster' }).click();
	await page.getByRole('link', { name: 'Import a class list' }).click();
	const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
	const csv = [
		'Student,Year,Registration Form',
		...[IMG, SCRIPT, FORMULA].map((name) => `${quote(name)},Year 3,3B`)
	];
	await page.getByLabel('Class list (CSV file)').setInputFiles({
		name: 'hostile.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv.join('\r\n'))
	});
	await page.getByRole('button', { name: 'Check the rows' }).click();
	for (const name of [IMG, SCRIPT, FORMULA]) await expect(page.getByText(name)).toBeVisible();
	await page.getByRole('button', { name: 'Import 3 good rows' }).click();
	await expect(page.getByRole('status')).toContainText('3 new pupils');

	// A check whose title and question are markup.
	await page.getByRole('link', { name: 'Teach' }).click();
	await page.getByRole('link', { name: 'New check for 3B' }).click();
	await page.getByLabel('Lesson title').fill(IMG);
	const question = page.getByRole('group', { name: 'Question 1' });
	await question.getByLabel('Question', { exact: true }).fill(SCRIPT);
	await question.getByLabel('Keystone area').selectOption({ label: 'Fluency' });
	await page.getByRole('button', { name: 'Save and start marking' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(IMG);
	await expect(page.getByRole('main')).toContainText(SCRIPT);
	await page.getByRole('button', { name: 'Everyone correct' }).click();
	for (const name of [IMG, SCRIPT, FORMULA]) {
		await page.getByRole('button', { name: `${name}, question 1: correct` }).click();
	}
	const flagged = page.getByRole('region', { name: /Flagged/ });
	for (const name of [IMG, SCRIPT, FORMULA]) await expect(flagged).toContainText(name);
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Print pupil slips' }).click();
	await expect(page.getByRole('main')).toContainText(SCRIPT);
	await expect(page.getByRole('main')).toContainText(FORMULA);
	// The afternoon's session cards carry the question and the names.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
	await expect(page.locator('a[href^="#/intervene/cards/"]').first()).toBeAttached();
	const cards = await page
		.locator('a[href^="#/intervene/cards/"]')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	const printed: string[] = [];
	for (const href of cards) {
		await page.goto(`/${href}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Session cards for/);
		printed.push(await page.getByRole('main').innerText());
	}
	expect(printed.join('\n')).toContain(SCRIPT);
	expect(printed.join('\n')).toContain(IMG);
	await page.getByRole('link', { name: 'Roster' }).click();
	await page.getByRole('link', { name: 'Manage 3B' }).click();
	for (const name of [IMG, SCRIPT, FORMULA]) {
		await expect(page.getByRole('main')).toContainText(name);
	}

	// Exports: the formula can no longer run in a spreadsheet, and the markup is plain text.
	await page.getByRole('link', { name: 'Roster' }).click();
	const roster = await download(
		page,
		page.getByRole('button', { name: 'Export the roster (CSV)' })
	);
	expect(roster).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
	expect(roster).toContain(IMG.replaceAll('"', '""'));
	await page.getByRole('link', { name: 'Review' }).click();
	const answers = await download(page, page.getByRole('button', { name: 'Every answer (CSV)' }));
	expect(answers).toContain(`'=HYPERLINK(`);
	expect(answers).not.toMatch(/(^|,)=HYPERLINK/m);
	await page.getByRole('link', { name: 'Settings' }).click();
	const backup = JSON.parse(
		await download(page, page.getByRole('button', { name: 'Download a backup' }))
	) as { school: { pupils: { name: string }[] } };
	const names = backup.school.pupils.map((pupil) => pupil.name);
	expect(names).toEqual(expect.arrayContaining([IMG, SCRIPT, FORMULA]));

	expect(await page.evaluate(() => window.keepUpHacked ?? null)).toBeNull();
	expect(await page.locator('img[src="x"], main script').count()).toBe(0);
});
