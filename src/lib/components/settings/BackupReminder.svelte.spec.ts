import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import BackupReminder from './BackupReminder.svelte';

const now = Date.UTC(2026, 10, 23, 10);
const daysAgo = (days: number) => now - days * 24 * 60 * 60 * 1000;

describe('the backup reminder', () => {
	it('asks for a first backup, with a link to Settings', () => {
		render(BackupReminder, { settings: { demo: false, lastBackupAt: null }, now });
		expect(screen.getByRole('complementary')).toHaveTextContent(
			"This device's data has never been backed up."
		);
		expect(screen.getByRole('link', { name: 'Make a backup in Settings' })).toBeInTheDocument();
	});

	it('says how old the last backup is once it is over a week old', () => {
		render(BackupReminder, {
			settings: { demo: false, lastBackupAt: daysAgo(12) },
			now,
			linkToSettings: false
		});
		expect(screen.getByRole('complementary')).toHaveTextContent(
			"The last backup of this device's data was 12 days ago."
		);
		expect(screen.queryByRole('link')).not.toBeInTheDocument();
	});

	it('stays quiet within the week, and for the demo school', () => {
		render(BackupReminder, { settings: { demo: false, lastBackupAt: daysAgo(6) }, now });
		render(BackupReminder, { settings: { demo: true, lastBackupAt: null }, now });
		expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
	});
});
