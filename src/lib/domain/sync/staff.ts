import type { Adult } from '../model/roster';
import type { Settings } from '../model/settings';

/**
 * What the sync server's set-up script needs of a school: its identity and its adults, and
 * nothing about any pupil, so that IT can be given it without pupil data.
 */
export interface StaffList {
	app: 'keep-up';
	kind: 'staff';
	schoolId: string;
	schoolName: string;
	adults: Pick<Adult, 'id' | 'name' | 'role' | 'archived'>[];
}

export function staffList(settings: Settings, adults: readonly Adult[]): StaffList {
	return {
		app: 'keep-up',
		kind: 'staff',
		schoolId: settings.schoolId,
		schoolName: settings.schoolName,
		adults: adults
			.filter((adult) => adult.deletedAt === null)
			.map(({ id, name, role, archived }) => ({ id, name, role, archived }))
	};
}

export function staffListFileName(settings: Settings): string {
	const slug = settings.schoolName
		.toLocaleLowerCase('en-GB')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `keep-up-staff-${slug || 'school'}.json`;
}
