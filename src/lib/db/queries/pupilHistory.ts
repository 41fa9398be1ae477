import type { Check } from '$lib/domain/model/check';
import { isLive } from '$lib/domain/tombstones';
import type { Pupil, SchoolClass } from '$lib/domain/model/roster';
import type { Outcome } from '$lib/domain/outcomes';
import { pupilNames } from '$lib/domain/pupilNames';
import { byDateThenMade } from '$lib/domain/sorting';
import { pupilIndex, ticketAt, type Ticket } from '$lib/domain/tickets';
import { db } from '../database';
import { liveRecords } from '../records';
import { outcomesOn } from './outcomes';

export interface PupilCheck {
	check: Check;
	className: string;
	ticket: Ticket;
	outcome: Outcome;
}

export interface PupilHistory {
	pupil: Pupil;
	/** The name as shown, with a mark where another pupil of the class shares it. */
	name: string;
	schoolClass: SchoolClass | null;
	/** Every check the pupil was on, newest first, with the class it was for. */
	checks: PupilCheck[];
}

/** A pupil's every check, found through the classes they are in and have been in. */
export async function pupilHistory(pupilId: string): Promise<PupilHistory | null> {
	const pupil = await db.pupils.get(pupilId);
	if (!pupil || !isLive(pupil)) return null;
	// Each class's checks are read whole, as one range: the pupil's are picked out here.
	const [classChecks, classes, classmates] = await Promise.all([
		Promise.all(
			[pupil.classId, ...pupil.pastClassIds].map((classId) =>
				liveRecords(db.checks.where('classId').equals(classId))
			)
		),
		db.classes.toArray(),
		liveRecords(db.pupils.where('classId').equals(pupil.classId))
	]);
	const checks = classChecks.flat().filter((check) => check.pupilIds.includes(pupilId));
	const outcomes = await outcomesOn([...new Set(checks.map((check) => check.date))]);
	const names = new Map(classes.map((schoolClass) => [schoolClass.id, schoolClass.name]));
	return {
		pupil,
		name: pupilNames(classmates).get(pupil.id) ?? pupil.name,
		schoolClass: classes.find((schoolClass) => schoolClass.id === pupil.classId) ?? null,
		checks: checks
			.sort((a, b) => byDateThenMade(b, a))
			.map((check) => ({
				check,
				className: names.get(check.classId) ?? '',
				ticket: ticketAt(check, pupilIndex(check, pupilId)),
				outcome: outcomes.outcome(check.id, pupilId)
			}))
	};
}
