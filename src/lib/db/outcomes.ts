import { CheckSchema } from '$lib/domain/model/check';
import { GroupSchema } from '$lib/domain/model/group';
import {
	ATTENDANCE_CODE,
	RECHECK_CODE,
	SECURITY_CODE,
	type Attendance,
	type Recheck,
	type Security
} from '$lib/domain/outcomes';
import { db } from './database';
import { validate, ValidationError } from './validate';

export interface OutcomeChange {
	attended?: Attendance;
	recheck?: Recheck;
	security?: Security;
	note?: string;
}

/**
 * Records part of one pupil's outcome in a group: one tap, one transaction, so that two tabs
 * (or two quick taps) never lose each other's changes. The group is locked from then on, so a
 * rebuild can never drop what was recorded.
 */
export async function recordOutcome(
	groupId: string,
	pupilId: string,
	change: OutcomeChange
): Promise<void> {
	await db.transaction('rw', db.groups, db.checks, db.pupils, async () => {
		const group = await db.groups.get(groupId);
		if (!group) throw new ValidationError(['That group is no longer on this device.']);
		if (!group.pupilIds.includes(pupilId)) {
			const pupil = await db.pupils.get(pupilId);
			throw new ValidationError([`${pupil?.name ?? 'That pupil'} is not in this group.`]);
		}
		const check = await db.checks.get(group.checkId);
		const i = check?.pupilIds.indexOf(pupilId) ?? -1;
		if (!check || i < 0) throw new ValidationError(['That check is no longer on this device.']);
		const next = {
			...check,
			attended: check.attended.slice(),
			recheck: check.recheck.slice(),
			security: check.security.slice(),
			notes: { ...check.notes },
			updatedAt: Date.now()
		};
		if (change.attended) next.attended[i] = ATTENDANCE_CODE[change.attended];
		if (change.recheck) next.recheck[i] = RECHECK_CODE[change.recheck];
		if (change.security) next.security[i] = SECURITY_CODE[change.security];
		if (change.note !== undefined) {
			const note = change.note.trim();
			if (note) next.notes[pupilId] = note;
			else delete next.notes[pupilId];
		}
		await db.checks.put(validate(CheckSchema, next));
		if (!group.locked) {
			await db.groups.put(
				validate(GroupSchema, { ...group, locked: true, updatedAt: next.updatedAt })
			);
		}
	});
}
