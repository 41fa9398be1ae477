import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editBackup } from '$factories/backup';
import { dumpDatabase, smallSchool, storeSchool } from '$factories/school';
import { makeBackup } from '$lib/db/backup';
import { db } from '$lib/db/database';
import { eraseSchool } from '$lib/db/school';
import { DEMO_SCHOOL_ID } from '$lib/domain/school';
import RestoreCard from './RestoreCard.svelte';

const demo = { schoolId: DEMO_SCHOOL_ID, schoolName: 'Riverside Academy (demo)' };

async function backupFile(text?: string): Promise<File> {
	return new File([text ?? (await makeBackup()).text], 'keep-up-backup.json', {
		type: 'application/json'
	});
}

describe('restoring a backup', () => {
	it('shows what the backup holds, then restores it onto an empty device', async () => {
		const user = userEvent.setup();
		await storeSchool(smallSchool());
		const file = await backupFile();
		await eraseSchool();
		render(RestoreCard, { here: null });

		await user.upload(screen.getByLabelText('Backup file'), file);
		expect(
			await screen.findByRole('heading', { name: 'Backup of Riverside Academy (demo)' })
		).toBeInTheDocument();
		const counts = screen.getByRole('table', { name: 'What the backup holds' });
		expect(within(counts).getByRole('row', { name: 'Pupils 60' })).toBeInTheDocument();
		expect(within(counts).getByRole('row', { name: 'Tickets 180' })).toBeInTheDocument();
		expect(screen.getByText('This is the demo school.')).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /Merge/ })).not.toBeInTheDocument();
		expect(await db.pupils.count()).toBe(0);

		await user.click(screen.getByRole('button', { name: 'Restore onto this device' }));
		expect(
			await screen.findByText('Restored Riverside Academy (demo) from the backup.')
		).toBeInTheDocument();
		expect(await db.pupils.count()).toBe(60);
		expect(screen.queryByRole('table', { name: 'What the backup holds' })).not.toBeInTheDocument();
	});

	it('refuses a bad file with the reason, changing nothing', async () => {
		const user = userEvent.setup();
		await storeSchool(smallSchool());
		const spoilt = editBackup((await makeBackup()).text, (file) => (file.schemaVersion = 99));
		const before = await dumpDatabase();
		render(RestoreCard, { here: demo });

		await user.upload(screen.getByLabelText('Backup file'), await backupFile(spoilt));
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent(
			'This file cannot be restored, and nothing on this device has changed.'
		);
		expect(alert).toHaveTextContent('made by a newer version of Keep Up');
		expect(screen.queryByRole('button', { name: /Replace/ })).not.toBeInTheDocument();
		expect(await dumpDatabase()).toEqual(before);
	});

	it('merges into the school on this device and reports what it did', async () => {
		const user = userEvent.setup();
		const school = smallSchool();
		await storeSchool(school);
		const file = await backupFile();
		await storeSchool({ ...school, groups: school.groups.slice(3) });
		render(RestoreCard, { here: demo });

		await user.upload(screen.getByLabelText('Backup file'), file);
		await user.click(await screen.findByRole('button', { name: 'Merge into this device' }));
		const report = await screen.findByRole('table', { name: 'What the merge did' });
		expect(within(report).getByRole('row', { name: /^Groups 3 0 0/ })).toBeInTheDocument();
		expect(await db.groups.count()).toBe(school.groups.length);
	});

	it('says when the backup is of another school, even of the same name, and offers no merge', async () => {
		const user = userEvent.setup();
		await storeSchool(smallSchool());
		render(RestoreCard, { here: { schoolId: 'hillside', schoolName: 'Hillside Primary' } });
		await user.upload(screen.getByLabelText('Backup file'), await backupFile());
		expect(await screen.findByText(/this device holds Hillside Primary/)).toBeInTheDocument();
		expect(
			screen.getByRole('button', { name: 'Replace everything on this device' })
		).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /Merge/ })).not.toBeInTheDocument();

		render(RestoreCard, { here: { schoolId: 'another', schoolName: demo.schoolName } });
		await user.upload(screen.getAllByLabelText('Backup file')[1], await backupFile());
		expect(
			await screen.findByText(/although it is also called Riverside Academy \(demo\)/)
		).toBeInTheDocument();
	});
});
