import type { Page } from '@playwright/test';
import { device, go, importClass5B, mark, startSchool, record, sessionCard } from './devices';
import { expect, expectNoAxeViolations, SCHOOL_DAY, test } from './fixtures';

/** Downloads this device's backup to a file the test can hand to another device. */
async function backUp(page: Page, path: string): Promise<string> {
	await go(page, 'Settings');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	await (await downloading).saveAs(path);
	return path;
}

async function chooseBackup(page: Page, file: string) {
	await go(page, 'Settings');
	await page.getByLabel('Backup file').setInputFiles(file);
	await expect(page.getByRole('heading', { name: /^Backup of/ })).toBeVisible();
}

test('a laptop and a tablet share a school by backup and merge, and lose nothing', async ({
	browser
}, testInfo) => {
	const laptop = await device(browser);
	const tablet = await device(browser);
	const teacher = laptop.page;
	const assistant = tablet.page;

	// The teacher sets up the school: a class list from the MIS, and one teaching assistant.
	await startSchool(teacher, 'Hillside School');
	await importClass5B(teacher);
	await teacher.getByRole('link', { name: 'Adults' }).click();
	await teacher.getByLabel('Name').fill('Mrs Green');
	await teacher.getByLabel('Role').selectOption({ label: 'Teaching assistant' });
	await teacher.getByRole('button', { name: 'Add adult' }).click();
	await expect(teacher.getByRole('rowheader', { name: 'Mrs Green' })).toBeVisible();

	// An exit ticket of four questions, marked: five pupils flagged, one at exactly 75%.
	await go(teacher, 'Teach');
	await teacher.getByRole('link', { name: 'New check for 5B' }).click();
	await teacher.getByLabel('Lesson title').fill('Fractions of amounts');
	for (const [i, keystone] of [
		'Fluency',
		'Representation & Structure',
		'Coherence',
		'Mathematical Thinking'
	].entries()) {
		if (i > 0) await teacher.getByRole('button', { name: 'Add a question' }).click();
		const question = teacher.getByRole('group', { name: `Question ${i + 1}` });
		await question.getByLabel('Question', { exact: true }).fill(`Question ${i + 1}`);
		await question.getByLabel('Keystone area').selectOption({ label: keystone });
		if (i === 0) await question.getByLabel('Essential: missing it flags the pupil').check();
	}
	await teacher.getByRole('button', { name: 'Save and start marking' }).click();
	await teacher.getByRole('button', { name: 'Everyone correct' }).click();
	const names = await teacher.getByRole('grid').locator('tbody tr th .name').allTextContents();
	const [p0, p1, p2, p3, p4, p5, p6, p7] = names;
	await mark(teacher, p0, 1);
	await mark(teacher, p1, 1);
	for (const pupil of [p2, p6, p7]) {
		await mark(teacher, pupil, 2);
		await mark(teacher, pupil, 3);
	}
	await mark(teacher, p5, 4);
	const groups = teacher.getByRole('region', { name: 'Groups for this afternoon' });
	const fluency = groups.getByRole('article', { name: /Fluency, Q1/ });
	await expect(fluency.getByRole('button', { name: p1 })).toBeVisible();
	const checkUrl = teacher.url();

	// The tablet gets the school from the laptop's backup at lunchtime.
	const lunchtime = await backUp(teacher, testInfo.outputPath('laptop-lunchtime.json'));
	await assistant.goto('/');
	await assistant.getByRole('link', { name: 'Restore a backup' }).click();
	await assistant.getByLabel('Backup file').setInputFiles(lunchtime);
	await assistant.getByRole('button', { name: 'Restore onto this device' }).click();
	await expect(assistant.getByText('Restored Hillside School from the backup.')).toBeVisible();

	// Before the session the teacher corrects a mark: another pupil missed Q1 after all.
	await teacher.goto(checkUrl);
	await mark(teacher, p3, 1);
	await expect(fluency.getByRole('button', { name: p3 })).toBeVisible();

	// The assistant runs both groups on the tablet, with no Wi-Fi, recording every pupil.
	await tablet.context.setOffline(true);
	await go(assistant, 'Intervene');
	await assistant.getByLabel('Who are you?').selectOption({ label: 'Mrs Green' });
	const card = (q: number) => sessionCard(assistant, q);
	const tap = (q: number, name: string, what: string, button: string) =>
		record(assistant, q, name, what, button);
	await tap(1, p0, 'attendance', 'Here');
	await tap(1, p0, 're-check', 'Re-check ✓');
	await tap(1, p1, 'attendance', 'Here');
	await tap(1, p1, 'how secure now', 'Secure');
	await tap(2, p2, 'attendance', 'Here');
	await tap(2, p2, 're-check', 'Re-check ✗');
	await tap(2, p2, 'how secure now', 'Not yet');
	await expect(
		card(2)
			.getByRole('group', { name: `${p2}: how secure now` })
			.getByRole('button', { name: 'Not yet' })
	).toHaveAttribute('aria-pressed', 'true');
	await tablet.context.setOffline(false);

	// Meanwhile the school raises its flag threshold, and the teacher corrects the same check.
	await go(teacher, 'Settings');
	const rules = teacher.getByRole('region', { name: 'Flags and groups' });
	await rules.getByLabel('Flag a pupil who scores below this percentage').fill('100');
	await rules.getByRole('button', { name: 'Save' }).click();
	await expect(rules.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await teacher.goto(checkUrl);
	await mark(teacher, p4, 1);
	await expect(fluency.getByRole('button', { name: p4 })).toBeVisible();

	// Afternoon: the tablet's backup is merged into the laptop.
	const afternoon = await backUp(assistant, testInfo.outputPath('tablet-afternoon.json'));
	await chooseBackup(teacher, afternoon);
	await teacher.getByRole('button', { name: 'Merge into this device' }).click();
	const report = teacher.getByRole('table', { name: 'What the merge did' });
	await expect(report.getByRole('row', { name: /^Outcomes recorded by adults/ })).toContainText(
		'1'
	);
	await expectNoAxeViolations(teacher);

	const checkHas = async (page: Page) => {
		const grid = page.getByRole('grid');
		const row = (name: string) => grid.getByRole('row').filter({ hasText: name });
		// The corrections, judged by the rule the check was made with (75%), not the new 100%.
		for (const flagged of [p0, p1, p2, p3, p4, p6, p7]) {
			await expect(row(flagged)).toContainText('Flagged');
		}
		await expect(row(p5)).not.toContainText('Flagged');
		const panel = page.getByRole('region', { name: 'Groups for this afternoon' });
		const seats = await panel.locator('.pupils button').allTextContents();
		expect(seats.sort()).toEqual([p0, p1, p2, p3, p4, p6, p7].sort());
	};
	await teacher.goto(checkUrl);
	await checkHas(teacher);
	await go(teacher, 'Teach');
	await expect(
		teacher.getByRole('listitem').filter({ hasText: 'Fractions of amounts' })
	).toContainText('Kept up today: 2 of 7');

	// And the laptop's backup merged back into the tablet: both devices now hold all of it.
	const evening = await backUp(teacher, testInfo.outputPath('laptop-evening.json'));
	await chooseBackup(assistant, evening);
	await assistant.getByRole('button', { name: 'Merge into this device' }).click();
	await expect(assistant.getByRole('table', { name: 'What the merge did' })).toBeVisible();
	await assistant.goto(checkUrl);
	await checkHas(assistant);
	await go(assistant, 'Intervene');
	await expect(card(1).getByRole('group', { name: `${p4}: attendance` })).toBeVisible();
	await expect(
		card(1)
			.getByRole('group', { name: `${p1}: how secure now` })
			.getByRole('button', { name: 'Secure' })
	).toHaveAttribute('aria-pressed', 'true');

	// Another school that happens to have the same name cannot be merged in.
	const other = await device(browser);
	await startSchool(other.page, 'Hillside School');
	const elsewhere = await backUp(other.page, testInfo.outputPath('other-school.json'));
	await chooseBackup(teacher, elsewhere);
	await expect(teacher.locator('.differs')).toContainText(
		'This backup is of another school, although it is also called Hillside School'
	);
	await expect(teacher.getByRole('button', { name: 'Merge into this device' })).toHaveCount(0);
	await expectNoAxeViolations(teacher);
	await go(teacher, 'Teach');
	await expect(
		teacher.getByRole('listitem').filter({ hasText: 'Fractions of amounts' })
	).toContainText('Kept up today: 2 of 7');
	await Promise.all([laptop.context.close(), tablet.context.close(), other.context.close()]);
});

test('a tab closed in the middle of marking or recording loses nothing', async ({ browser }) => {
	const { context, page } = await device(browser);
	await page.goto('/');
	await page.getByRole('button', { name: 'Load the demo school' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Teach/ })).toBeVisible();
	// Today's check of the demo's first class.
	const checkUrl = '/#/teach/check/demo-check-1-2026-11-23';
	await page.goto(checkUrl);
	const cell = (tab: Page) =>
		tab.getByRole('grid').locator('tbody tr:not(.absent)').first().getByRole('button').first();
	const before = await cell(page).getAttribute('aria-label');
	await cell(page).click();
	await expect(cell(page)).not.toHaveAttribute('aria-label', before ?? '');
	const after = (await cell(page).getAttribute('aria-label')) ?? '';
	await page.close();

	const again = await context.newPage();
	await again.clock.install({ time: SCHOOL_DAY });
	await again.goto(checkUrl);
	await expect(cell(again)).toHaveAttribute('aria-label', after);

	await go(again, 'Intervene');
	await again.getByLabel('Who are you?').selectOption({ label: 'Mrs Green' });
	const here = (tab: Page) =>
		tab
			.getByRole('article')
			.first()
			.getByRole('group', { name: /: attendance$/ })
			.first()
			.getByRole('button', { name: 'Here' });
	await here(again).click();
	await expect(here(again)).toHaveAttribute('aria-pressed', 'true');
	await again.close();

	const third = await context.newPage();
	await third.clock.install({ time: SCHOOL_DAY });
	await third.goto('/#/intervene');
	await expect(here(third)).toHaveAttribute('aria-pressed', 'true');
	await context.close();
});
