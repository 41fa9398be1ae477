import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, loadDemoSchool, pdfPageCount, test } from './fixtures';

async function markCheck(page: Page) {
	await page.getByRole('link', { name: 'New check for 3B' }).click();
	await page.getByLabel('Lesson title').fill('Column addition');
	const keystones = ['Fluency', 'Coherence', 'Representation & Structure', 'Fluency'];
	for (const [i, keystone] of keystones.entries()) {
		if (i > 0) await page.getByRole('button', { name: 'Add a question' }).click();
		const question = page.getByRole('group', { name: `Question ${i + 1}` });
		await question.getByLabel('Question', { exact: true }).fill(`Question ${i + 1}`);
		await question.getByLabel('Keystone area').selectOption({ label: keystone });
	}
	await page.getByRole('button', { name: 'Save and start marking' }).click();
	await page.getByRole('button', { name: 'Everyone correct' }).click();
	const rows = page.getByRole('grid').locator('tbody tr');
	const names = await rows.locator('th .name').allTextContents();
	// Four pupils miss Q2 and Q4, three miss Q3 and Q4: all seven are flagged.
	for (const [pupil, questions] of [
		[0, [2, 4]],
		[1, [2, 4]],
		[2, [2, 4]],
		[3, [2, 4]],
		[4, [3, 4]],
		[5, [3, 4]],
		[6, [3, 4]]
	] as const) {
		for (const q of questions) {
			await page
				.getByRole('button', { name: new RegExp(`^${names[pupil]}, question ${q}:`) })
				.click();
		}
	}
	return names.slice(0, 7);
}

const selected = (select: Locator) =>
	select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0].text);

test('groups from a marked check reach a TA offline, and the loop closes on Teach', async ({
	page,
	context
}) => {
	await loadDemoSchool(page);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	const [a, b, c, d, e] = await markCheck(page);

	const panel = page.getByRole('region', { name: 'Groups for this afternoon' });
	const coherence = panel.getByRole('article', { name: /Coherence, Q2/ });
	const representation = panel.getByRole('article', { name: /Representation & Structure, Q3/ });
	await expect(coherence.getByRole('button', { name: a })).toBeVisible();
	await expect(coherence.getByRole('button', { name: d })).toBeVisible();
	await expect(representation.getByRole('button', { name: e })).toBeVisible();
	await expectNoAxeViolations(page);

	// Move a pupil: tap them, then tap the group they go to.
	await coherence.getByRole('button', { name: d }).click();
	await representation.getByRole('button', { name: `Move ${d} here` }).click();
	await expect(representation.getByRole('button', { name: d })).toBeVisible();
	await expect(coherence.getByRole('button', { name: d })).toHaveCount(0);
	await expect(representation.getByLabel('Locked: kept when the groups are rebuilt')).toBeChecked();

	const adult = await selected(coherence.getByLabel('Adult'));
	expect(adult).not.toBe('No adult yet');

	// The TA's tablet loses its Wi-Fi for the afternoon.
	await page.getByRole('link', { name: 'Intervene' }).click();
	await page.getByLabel('Who are you?').selectOption({ label: adult });
	await context.setOffline(true);
	await page.reload();
	const card = page.getByRole('article').filter({ hasText: 'From “Column addition”' });
	await expect(card).toContainText('The question they missed (Q2) Question 2');
	await expect(card.getByRole('timer')).toHaveText('20:00');
	await expectNoAxeViolations(page);

	const pupilGroup = (name: string, what: string) =>
		card.getByRole('group', { name: `${name}: ${what}` });
	await pupilGroup(a, 'attendance').getByRole('button', { name: 'Here' }).click();
	await pupilGroup(a, 're-check').getByRole('button', { name: 'Re-check ✓' }).click();
	await pupilGroup(b, 'attendance').getByRole('button', { name: 'Here' }).click();
	await pupilGroup(b, 'how secure now').getByRole('button', { name: 'Secure' }).click();
	await pupilGroup(c, 'attendance').getByRole('button', { name: 'Here' }).click();
	await pupilGroup(c, 're-check').getByRole('button', { name: 'Re-check ✗' }).click();
	await pupilGroup(c, 'how secure now').getByRole('button', { name: 'Not yet' }).click();
	const note = card.getByRole('listitem').filter({ hasText: c }).getByLabel('Note');
	await note.fill('Needs the place-value chart');
	await expect(card.getByRole('listitem').filter({ hasText: c }).getByRole('status')).toHaveText(
		'Saved'
	);

	await page.reload();
	await expect(
		pupilGroup(a, 're-check').getByRole('button', { name: 'Re-check ✓' })
	).toHaveAttribute('aria-pressed', 'true');
	await expect(
		pupilGroup(b, 'how secure now').getByRole('button', { name: 'Secure' })
	).toHaveAttribute('aria-pressed', 'true');
	await expect(
		pupilGroup(c, 'how secure now').getByRole('button', { name: 'Not yet' })
	).toHaveAttribute('aria-pressed', 'true');
	await expect(note).toHaveValue('Needs the place-value chart');

	await context.setOffline(false);
	await page.getByRole('link', { name: 'Teach', exact: true }).click();
	const today = page.getByRole('region', { name: /^3B/ }).getByRole('listitem').filter({
		hasText: 'Column addition'
	});
	await expect(today).toContainText('Kept up today: 2 of 7');
	// Not yet everyone: not shown in green.
	await expect(today.getByText('Kept up today')).not.toHaveCSS('color', 'rgb(30, 107, 52)');
	await expect(today).toContainText('Groups built');

	// The next morning, the flags still open carry over.
	await page.clock.setSystemTime(new Date('2026-11-24T08:30:00'));
	await page.reload();
	const carried = page.getByRole('region', { name: /^3B/ }).locator('.carried');
	await expect(carried.getByRole('heading')).toHaveText('Still not secure from 23 Nov');
	const fromOurs = carried.getByRole('listitem').filter({ hasText: 'Column addition' });
	await expect(fromOurs).toContainText(c);
	await expect(fromOurs).toContainText(d);
	await expect(fromOurs).not.toContainText(a);
	await expect(fromOurs).not.toContainText(b);
});

test('each adult prints all their session cards of the day, two to a sheet', async ({ page }) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Intervene' }).click();
	await page.getByLabel('Who are you?').selectOption({ label: 'Mrs Green' });
	const onScreen = page.getByRole('article');
	await expect(onScreen.first()).toBeVisible();
	const groups = await onScreen.count();
	const answers = await onScreen.getByText(/\(answer: /).allTextContents();
	await page.getByRole('link', { name: 'Print my session cards' }).click();
	await expect(page.getByRole('heading', { name: /Session cards for Mrs Green/ })).toBeVisible();
	const cards = page.locator('.printed-card');
	// The cards come from a live query: wait for them before counting.
	await expect(cards).toHaveCount(groups);
	// In slot order, each with the answer the screen card shows.
	const slots = await cards.locator('h2').allTextContents();
	expect(slots).toEqual([...slots].sort());
	expect(answers.length).toBeGreaterThan(0);
	for (const answer of answers) {
		const value = answer.trim().replace(/^\(answer: (.*)\)$/, '$1');
		await expect(cards.filter({ hasText: `Answer: ${value}` }).first()).toBeVisible();
	}
	await expect(cards.first()).toContainText('The question they missed');
	await expect(cards.first()).toContainText('Approach:');
	await expect(cards.first()).toContainText('What do I already know?');
	await expect(cards.first().getByRole('columnheader', { name: 'Secure' })).toBeVisible();
	await expectNoAxeViolations(page);

	const pdf = await page.pdf({ format: 'A4' });
	expect(pdfPageCount(pdf)).toBe(Math.ceil(groups / 2));
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
});

test('two tabs recording the same group lose neither tap', async ({ page, context }) => {
	await loadDemoSchool(page);
	const other = await context.newPage();
	for (const tab of [page, other]) {
		await tab.goto('/#/intervene');
		await tab.getByLabel('Who are you?').selectOption({ label: 'Mrs Green' });
	}
	const firstCard = (tab: typeof page) => tab.getByRole('article').first();
	await expect(firstCard(page).locator('.outcome').first()).toBeVisible();
	const pupils = await firstCard(page).locator('.outcome .name').allTextContents();
	expect(pupils.length).toBeGreaterThan(0);
	const [a] = pupils;
	const b = pupils[1] ?? a;
	await Promise.all([
		firstCard(page)
			.getByRole('group', { name: `${a}: attendance` })
			.getByRole('button', { name: 'Here' })
			.click(),
		firstCard(other)
			.getByRole('group', { name: `${b}: how secure now` })
			.getByRole('button', { name: 'Secure' })
			.click()
	]);
	for (const tab of [page, other]) {
		await expect(
			firstCard(tab)
				.getByRole('group', { name: `${a}: attendance` })
				.getByRole('button', { name: 'Here' })
		).toHaveAttribute('aria-pressed', 'true');
		await expect(
			firstCard(tab)
				.getByRole('group', { name: `${b}: how secure now` })
				.getByRole('button', { name: 'Secure' })
		).toHaveAttribute('aria-pressed', 'true');
	}
});
