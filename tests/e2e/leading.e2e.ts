import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, expectNoAxeViolations, loadDemoSchool, test } from './fixtures';

/** Every pupil's and adult's name on this device, read straight from IndexedDB. */
async function namesOnDevice(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const opening = indexedDB.open('keep-up');
				opening.onerror = () => reject(opening.error!);
				opening.onsuccess = () => {
					const tx = opening.result.transaction(['pupils', 'adults'], 'readonly');
					const names: string[] = [];
					let waiting = 2;
					for (const store of ['pupils', 'adults']) {
						const request = tx.objectStore(store).getAll();
						request.onerror = () => reject(request.error!);
						request.onsuccess = () => {
							names.push(...request.result.map((record: { name: string }) => record.name));
							if (--waiting === 0) resolve(names);
						};
					}
				};
			})
	);
}

/** The page as the browser prints it: its text (as poppler reads the PDF) and its page count. */
async function printed(page: Page, info: TestInfo, name: string) {
	const file = info.outputPath(`${name}.pdf`);
	writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
	const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
	const pages = Number(
		/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]
	);
	return { text, pages };
}

function expectNoNames(text: string, names: string[]) {
	expect(names.length).toBeGreaterThan(100);
	for (const name of names) expect(text, name).not.toContain(name);
}

test.describe('on a tablet', () => {
	test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });

	test('the maths lead records a visit, sees the coverage and the follow-ups, then the visit on a class’s time line', async ({
		page
	}) => {
		await loadDemoSchool(page);
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Leading maths' })
			.tap();
		await expect(page.getByRole('heading', { name: 'Follow-ups (3 due)' })).toBeVisible();
		await expectNoAxeViolations(page);
		const section = page.getByRole('navigation', { name: 'Leading maths' });

		await section.getByRole('link', { name: 'Coverage' }).tap();
		await expect(page.getByRole('combobox', { name: 'Half-term' })).toHaveValue('2026-autumn-2');
		await expect(
			page.getByText('6 visits; 3 of 4 classes visited. Not visited: 8B.')
		).toBeVisible();
		await expect(page.getByRole('row', { name: /^8B/ })).toContainText('Not visited');
		await expectNoAxeViolations(page);

		// Nothing chosen, then text too long to print, then a follow-up before the visit: refused.
		await section.getByRole('link', { name: 'Record a visit' }).tap();
		await expect(page.getByLabel('Date of the visit')).toHaveValue('2026-11-23');
		await page.getByRole('button', { name: 'Save the visit' }).tap();
		const refused = page.getByRole('alert');
		await expect(refused).toContainText('Choose the class or year group visited.');
		await expect(refused).toContainText('Choose what kind of visit it was.');
		await expectNoAxeViolations(page);

		await page.getByLabel('Class or year group').selectOption({ label: '8B' });
		await expect(page.getByLabel('Teacher')).not.toHaveValue('');
		await page.getByRole('radio', { name: 'Lesson visit' }).tap();
		await page.getByRole('checkbox', { name: 'Variation' }).tap();
		await page
			.getByLabel('What is working')
			.fill('Pupils compare examples and say what stays the same.');
		await page.getByLabel('The agreed next step').fill('Odd one out '.repeat(20));
		await page.getByRole('button', { name: 'Save the visit' }).tap();
		await expect(refused).toContainText(
			'The next step is longer than 200 characters, more than fits on the printed page.'
		);
		await page.getByLabel('The agreed next step').fill('An odd one out in every starter.');
		await page.getByLabel('Follow-up date').fill('2026-11-16');
		await page.getByRole('button', { name: 'Save the visit' }).tap();
		await expect(refused).toContainText('The follow-up date is before the visit.');
		await page.getByLabel('Follow-up date').fill('2026-11-30');
		await page.getByRole('button', { name: 'Save the visit' }).tap();
		await expect(page.getByRole('status')).toContainText(
			'Saved: Lesson visit, 8B, Monday 23 November 2026.'
		);
		await expect(page.getByLabel('Class or year group')).toHaveValue('');

		// Kept through a reload: coverage has no gap now, and the follow-up is listed.
		await page.reload();
		await page
			.getByRole('navigation', { name: 'Leading maths' })
			.getByRole('link', { name: 'Coverage' })
			.tap();
		await expect(page.getByText('7 visits; 4 of 4 classes visited.')).toBeVisible();
		await expect(page.getByRole('row', { name: /Variation/ })).toContainText('Year 5, Year 8');
		await section.getByRole('link', { name: 'Visits and follow-ups' }).tap();
		const followUps = page.getByRole('region', { name: /Follow-ups/ });
		await expect(
			followUps.getByRole('listitem').filter({ hasText: 'An odd one out' })
		).toContainText('Due in 7 days');
		await followUps
			.getByRole('button', {
				name: 'Followed up for 8B: Model written explanations with sentence stems.'
			})
			.tap();
		await expect(page.getByRole('heading', { name: 'Follow-ups (2 due)' })).toBeVisible();
		await expect(followUps).not.toContainText('Model written explanations');

		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Review' })
			.tap();
		await page.getByRole('combobox', { name: 'Year group' }).selectOption({ label: 'Year 8' });
		await page.getByRole('combobox', { name: 'Class' }).selectOption({ label: '8B' });
		const timeline = page.getByRole('region', { name: 'Visits beside the figures: 8B' });
		await expect(timeline).toContainText('sign, not proof');
		const week = timeline.getByRole('row', { name: /w\/c 23 Nov/ });
		await expect(week).toContainText('Lesson visit, 23 Nov');
		await expect(week).toContainText('next step “An odd one out in every starter.”');
		await expect(timeline.getByRole('row', { name: /w\/c 19 Oct/ })).toContainText(
			'Book look, 20 Oct'
		);
		await expectNoAxeViolations(page);
	});
});

test('governor reports are saved, the next shows the change, and the printed pages name no one', async ({
	page
}, info) => {
	await loadDemoSchool(page);
	const names = await namesOnDevice(page);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Leading maths' })
		.click();
	await page
		.getByRole('navigation', { name: 'Leading maths' })
		.getByRole('link', { name: 'Governor reports' })
		.click();
	const saved = page.getByRole('region', { name: /Saved reports/ });
	await expect(saved.getByRole('listitem')).toHaveCount(1);
	await expectNoAxeViolations(page);

	// The demo's earlier report, printed again as governors saw it.
	await saved.getByRole('link', { name: 'Open the report for Autumn 1 2026–27' }).click();
	await expect(page.getByRole('heading', { name: /Keeping up in maths/ })).toBeVisible();
	await expect(page.getByText('There is no earlier saved report to compare with.')).toBeVisible();
	const earlier = await printed(page, info, 'autumn-1');
	expect(earlier.text).toContain('Autumn 1 2026–27');
	expect(earlier.text).toContain('Kept up the same day');
	expect(earlier.text).not.toContain('Print');
	expectNoNames(earlier.text, names);
	await expectNoAxeViolations(page);

	// This half-term's report, beside the last.
	await page.getByRole('link', { name: 'Back to governor reports' }).click();
	await page.getByRole('link', { name: 'Make a report' }).click();
	await expect(page.getByRole('combobox', { name: 'Half-term' })).toHaveValue('2026-autumn-2');
	await expect(page.getByText(/Compared with the report for Autumn 1 2026–27/)).toBeVisible();
	const keepingUp = page.getByRole('region', { name: 'Keeping up' });
	await expect(keepingUp.getByRole('columnheader')).toHaveText([
		'Figure',
		'Autumn 2 2026–27',
		'Autumn 1 2026–27',
		'Change'
	]);
	await expect(keepingUp.getByRole('row', { name: /^Checks marked/ }).getByRole('cell')).toHaveText(
		['64', '56', 'up 8']
	);
	await expect(keepingUp.getByRole('row', { name: /^Flagged in the lesson/ })).toContainText(
		/(up|down) \d+ pp \((better|worse)\)|no change/
	);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Save this report' }).click();
	await expect(page.getByText('Saved Monday 23 November 2026 at 10:00.')).toBeVisible();
	await expect(page.getByText(/Compared with the report for Autumn 1 2026–27/)).toBeVisible();
	const next = await printed(page, info, 'autumn-2');
	expect(next.text).toContain('Change');
	expect(next.text).toMatch(/Visits by the maths lead 6 4 up 2/);
	expect(next.text).not.toContain('Table of these numbers');
	expectNoNames(next.text, names);

	await page.getByRole('link', { name: 'Back to governor reports' }).click();
	await expect(saved.getByRole('listitem')).toHaveCount(2);
	await expect(saved.getByRole('listitem').first()).toContainText('Autumn 2 2026–27');

	// The same period again is refused; a period with no checks says so.
	await page.getByRole('link', { name: 'Make a report' }).click();
	await page.getByRole('button', { name: 'Save this report' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'A report from Monday 2 November 2026 to Thursday 31 December 2026 was saved on Monday 23 November 2026.'
	);
	await page
		.getByRole('combobox', { name: 'Half-term' })
		.selectOption({ label: 'Summer 2 2025–26' });
	await expect(page.getByRole('status')).toHaveText(
		'There is nothing to save: no checks were marked in this period.'
	);
	await expect(page.getByText(/there are no exit-ticket checks to report on/)).toBeVisible();
	await expect(page.getByRole('region', { name: 'Keeping up' })).toHaveCount(0);
	await expect(page.locator('main')).not.toContainText('0%');

	// The one-page action plan names roles, not people.
	await page.goto('/#/leading/plan');
	await expect(page.getByRole('heading', { name: /Maths action plan/ })).toBeVisible();
	await expect(page.getByRole('row')).toHaveCount(7);
	const plan = await printed(page, info, 'plan');
	expect(plan.pages).toBe(1);
	expect(plan.text).toContain('5B class teacher');
	expectNoNames(plan.text, names);
	await expectNoAxeViolations(page);
});
