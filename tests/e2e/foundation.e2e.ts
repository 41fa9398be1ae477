import { readClientBuild } from '../../scripts/client-build.js';
import { expect, expectNoAxeViolations, loadDemoSchool, test } from './fixtures';

test('a first visit offers the demo school, and every section then shows it', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Welcome to Keep Up' })).toBeVisible();
	await expectNoAxeViolations(page);

	await loadDemoSchool(page);
	await expect(page.getByText('Riverside Academy (demo)')).toBeVisible();

	await expect(page.getByRole('heading', { name: /^3B/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Recent checks' }).first()).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Intervene' }).click();
	await page.getByLabel('Who are you?').selectOption({ label: 'Mrs Green' });
	await expect(page.getByRole('article').first()).toBeVisible();
	await expect(page.getByText('The question they missed').first()).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Review' }).click();
	await expect(page.getByRole('rowheader', { name: 'Mathematical Thinking' })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Leading maths' }).click();
	await expect(page.getByRole('heading', { name: /^Follow-ups/ })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Roster' }).click();
	await expect(page.getByRole('heading', { name: /^8B/ })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { name: 'This is the demo school' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Storage on this device' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the page itself asks for the first screen’s files, so they do not wait for the app to start', async ({
	page
}) => {
	const { chunk, nodeKey, routes } = readClientBuild();
	const home = routes.find(([route]) => route === '/')?.[1] ?? -1;
	// SvelteKit loads its error page (node 1) and the screen before it draws anything.
	const html = await (await page.request.get('/')).text();
	for (const key of [nodeKey(1), nodeKey(home)]) {
		expect(html).toContain(`<link href="/${chunk(key).file}" rel="modulepreload">`);
	}
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Welcome to Keep Up' })).toBeVisible();
});

test('after one visit the app works with the network off', async ({ page, context }) => {
	await loadDemoSchool(page);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { name: /^3B/ })).toBeVisible();
	await page.getByRole('link', { name: 'Review' }).click();
	await expect(page.getByRole('rowheader', { name: 'Fluency' })).toBeVisible();
	await page.goto('/#/roster');
	await expect(page.getByRole('heading', { name: /^8B/ })).toBeVisible();
	await context.setOffline(false);
});

test('a browser without storage is told so plainly', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('Keep Up cannot store data here');
	await expect(page.getByRole('alert')).toContainText('does not offer storage');
});

test('the demo school can be removed, leaving the welcome screen', async ({ page }) => {
	await loadDemoSchool(page);
	await page.getByRole('link', { name: 'Settings' }).click();
	await page.getByRole('button', { name: 'Remove the demo school' }).click();
	await page.getByRole('button', { name: 'Yes, remove the demo school' }).click();
	await expect(page.getByRole('heading', { name: 'Welcome to Keep Up' })).toBeVisible();
	await page.getByRole('link', { name: 'Roster' }).click();
	await expect(page.getByRole('heading', { name: 'No school on this device yet' })).toBeVisible();
});
