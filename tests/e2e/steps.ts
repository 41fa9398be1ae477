import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Steps that more than one journey takes. */

const sample = (file: string) => `tests/fixtures/csv/${file}`;

export async function startOwnSchool(page: Page) {
	await page.goto('/');
	await page.getByLabel('School name').fill('Hillside School');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
}

export async function openImport(page: Page) {
	await page
		.getByRole('navigation', { name: 'Roster' })
		.getByRole('link', { name: 'Import a class list' })
		.click();
	await expect(page.getByRole('heading', { name: '1. Choose the file' })).toBeVisible();
}

/** Chooses a file, accepts the recognised columns, and checks the counts of the preview. */
export async function previewImport(page: Page, file: string, counts: string[]) {
	await page.getByLabel('Class list (CSV file)').setInputFiles(sample(file));
	await expect(page.getByRole('heading', { name: '2. Check the columns' })).toBeFocused();
	await page.getByRole('button', { name: 'Check the rows' }).click();
	await expect(page.getByRole('heading', { name: '3. Check the rows' })).toBeVisible();
	const summary = page.getByRole('list', { name: 'What the import will do' });
	for (const count of counts) await expect(summary).toContainText(count);
}
