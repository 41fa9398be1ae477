import type { Page } from '@playwright/test';

/** Prints one figure a line, as `name value`, for the closing notes and for comparison. */
export function report(name: string, value: number, digits = 0): void {
	console.log(`${name} ${value.toFixed(digits)}`);
}

/** The duration of a User Timing measure the app recorded, in milliseconds. */
export async function measured(page: Page, name: string): Promise<number> {
	return page.evaluate(
		(entry) => performance.getEntriesByName(entry, 'measure').at(-1)?.duration ?? Number.NaN,
		name
	);
}

export async function loadWholeSchool(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByRole('button', { name: 'Load a whole-school year' }).click();
	await page.getByRole('heading', { level: 1, name: /Teach/ }).waitFor();
}
