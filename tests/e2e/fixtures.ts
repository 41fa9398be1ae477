import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Every journey runs on a Monday morning in term, whatever day the tests run. */
export const SCHOOL_DAY = new Date('2026-11-23T10:00:00');

export const test = base.extend({
	page: async ({ page }, use) => {
		await page.clock.install({ time: SCHOOL_DAY });
		await use(page);
	}
});

export { expect };

export async function loadDemoSchool(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByRole('button', { name: 'Load the demo school' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Teach/ })).toBeVisible();
}

/** axe, with WCAG 2.2 A and AA rules: the screen must have no violations at all. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
	).toEqual([]);
}

/**
 * The pages of a PDF that Chromium printed: each page is one `/Type /Page` object (the page
 * tree is `/Type /Pages`). Chromium writes these objects uncompressed.
 */
export function pdfPageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
