import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Every journey runs on a Monday morning in term, whatever day the tests run. */
export const SCHOOL_DAY = new Date('2026-11-23T10:00:00');

declare global {
	interface Window {
		keepUpPolicyViolation?: (text: string) => void;
	}
}

/**
 * Every journey runs under the built app's content security policy, and fails if the browser
 * reports that the policy blocked anything, in any tab. A journey that provokes a violation on
 * purpose takes it out of `policyViolations`.
 */
export const test = base.extend<{ policyViolations: string[] }>({
	policyViolations: async ({ context }, use) => {
		const violations: string[] = [];
		await context.exposeFunction('keepUpPolicyViolation', (text: string) => violations.push(text));
		await context.addInitScript(() => {
			document.addEventListener(
				'securitypolicyviolation',
				(event) =>
					window.keepUpPolicyViolation?.(
						`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`
					),
				true
			);
		});
		await use(violations);
		expect(violations, 'content security policy violations').toEqual([]);
	},
	page: async ({ page, policyViolations }, use) => {
		void policyViolations;
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

/**
 * axe, with WCAG 2.2 A and AA rules and axe's own best practices (unique landmarks, one main,
 * headings in order): the screen must have no violations at all.
 */
/** Whether a chart's canvas holds anything: more than a blank canvas of its size. */
export async function isPainted(canvas: Locator): Promise<boolean> {
	return canvas.evaluate((element: HTMLCanvasElement) => {
		const blank = document.createElement('canvas');
		blank.width = element.width;
		blank.height = element.height;
		return element.width > 0 && element.toDataURL() !== blank.toDataURL();
	});
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
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
