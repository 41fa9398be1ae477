import { ATTENDED, RECHECK, SECURITY } from '../model/check';
import type { SchoolData } from '../model/school';

/** What a backup holds, in the words of the app: it is shown before a restore. */
export interface BackupCounts {
	adults: number;
	classes: number;
	pupils: number;
	checks: number;
	/** One per pupil per check. */
	tickets: number;
	groups: number;
	/** Pupils in a group with anything recorded: attendance, re-check or security. */
	outcomes: number;
	/** Saved questions. */
	bank: number;
	/** The maths lead's visits, removed ones included (they travel as tombstones). */
	visits: number;
	/** Saved governor reports. */
	reports: number;
}

export function countsOf(school: SchoolData): BackupCounts {
	let tickets = 0;
	let outcomes = 0;
	for (const check of school.checks) {
		tickets += check.pupilIds.length;
		for (let i = 0; i < check.pupilIds.length; i++) {
			if (
				check.attended[i] !== ATTENDED.unrecorded ||
				check.recheck[i] !== RECHECK.unrecorded ||
				check.security[i] !== SECURITY.unrecorded
			) {
				outcomes++;
			}
		}
	}
	return {
		adults: school.adults.length,
		classes: school.classes.length,
		pupils: school.pupils.length,
		checks: school.checks.length,
		tickets,
		groups: school.groups.length,
		outcomes,
		bank: school.bank.length,
		visits: school.visits.length,
		reports: school.reports.length
	};
}
