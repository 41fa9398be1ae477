import { isLive } from '../tombstones';
import type { SchoolData } from '../model/school';
import { OutcomeBook } from '../outcomes';

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
	/** The maths lead's visits. */
	visits: number;
	/** Saved governor reports. */
	reports: number;
}

/** The records a school holds, tombstones left out: what a person would count. */
export function countsOf(school: SchoolData): BackupCounts {
	const checks = school.checks.filter(isLive);
	return {
		adults: school.adults.filter(isLive).length,
		classes: school.classes.filter(isLive).length,
		pupils: school.pupils.filter(isLive).length,
		checks: checks.length,
		tickets: checks.reduce((sum, check) => sum + check.pupilIds.length, 0),
		groups: school.groups.filter(isLive).length,
		outcomes: new OutcomeBook(school.outcomes).recorded,
		bank: school.bank.filter(isLive).length,
		visits: school.visits.filter(isLive).length,
		reports: school.reports.filter(isLive).length
	};
}
