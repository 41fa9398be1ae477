import { legacySchoolId, DEMO_SCHOOL_ID } from '../school';
import { dayOutcomesId } from '../outcomes';
import { MigrationError, type StoredRecord, type StoredSchool } from './types';

/**
 * Version 2: records that two devices can share. The same-day outcomes leave the teacher's
 * check for each adult's own record of the day; each check keeps the flag rule it is judged by
 * and when each pupil's ticket changed; every record can be a tombstone; the school gets its
 * id; a pupil keeps the classes they were in before, for their history. Every question is one
 * the teacher marks (the kinds pupils answer on a tablet came with version 2), groups name no
 * misconception, and the flag rule does not flag right answers that were guesses. The maths
 * lead's visits, saved governor reports and pupils' answers on tablets start empty.
 */
export function toVersion2(school: StoredSchool): StoredSchool {
	const settings = record(school.settings, 'The settings');
	const checks = records(school, 'checks');
	const groups = records(school, 'groups');
	const pupils = records(school, 'pupils');
	const live = (item: StoredRecord) => ({ ...item, deletedAt: null });
	const flagRule = { ...record(settings.flagRule, 'The flag rule'), flagGuessedRight: false };
	return {
		...school,
		settings: {
			...settings,
			flagRule,
			schoolId:
				settings.demo === true ? DEMO_SCHOOL_ID : legacySchoolId(String(settings.schoolName))
		},
		adults: records(school, 'adults').map(live),
		classes: records(school, 'classes').map(live),
		pupils: pupils.map((pupil) => ({ ...live(pupil), pastClassIds: pastClasses(pupil, checks) })),
		checks: checks.map((check) => teachersCheck(check, flagRule)),
		groups: groups.map((group) => ({ ...live(group), misconception: null })),
		outcomes: adultsOutcomes(checks, groups),
		bank: records(school, 'bank').map((saved) => markedQuestion(live(saved))),
		visits: [],
		reports: [],
		answers: []
	};
}

function record(value: unknown, name: string): StoredRecord {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new MigrationError(`${name} could not be upgraded: the record is damaged.`);
	}
	return value as StoredRecord;
}

function records(school: StoredSchool, table: string): StoredRecord[] {
	const value = school[table] ?? [];
	if (!Array.isArray(value)) {
		throw new MigrationError(`The ${table} could not be upgraded: they are not a list of records.`);
	}
	return value.map((item, i) => record(item, `Record ${i + 1} of the ${table}`));
}

function checkName(check: StoredRecord): string {
	return `Check “${String(check.title)}” (${String(check.date)})`;
}

function bytesOf(check: StoredRecord, field: string, length: number): Uint8Array {
	const value = check[field];
	if (!(value instanceof Uint8Array) || value.length !== length) {
		throw new MigrationError(
			`${checkName(check)} could not be upgraded: its ${field} list is damaged, so its outcomes cannot be moved.`
		);
	}
	return value;
}

function pupilIdsOf(check: StoredRecord): string[] {
	const ids = check.pupilIds;
	if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
		throw new MigrationError(`${checkName(check)} could not be upgraded: its pupils are damaged.`);
	}
	return ids as string[];
}

/** A question of version 1: the teacher marked every one. */
function markedQuestion(question: StoredRecord): StoredRecord {
	return { ...question, kind: 'marked', options: [], accepted: [] };
}

/** The teacher's part of a v1 check, judged from now on by the school's rule of the upgrade. */
function teachersCheck(check: StoredRecord, flagRule: StoredRecord): StoredRecord {
	const rest = { ...check };
	for (const field of ['attended', 'recheck', 'security', 'notes']) delete rest[field];
	const pupils = pupilIdsOf(check).length;
	const updatedAt = Number(check.updatedAt);
	const questions = Array.isArray(check.questions) ? check.questions : [];
	return {
		...rest,
		questions: questions.map((question, q) =>
			markedQuestion(record(question, `Question ${q + 1} of ${checkName(check)}`))
		),
		flagRule,
		changedAt: new Float64Array(pupils).fill(updatedAt),
		choices: new Uint8Array(0),
		confidence: new Uint8Array(0),
		takenAt: new Float64Array(0),
		editedAt: Number(check.createdAt),
		deletedAt: null
	};
}

/** The classes a pupil's checks were set in, other than the class they are in now. */
function pastClasses(pupil: StoredRecord, checks: readonly StoredRecord[]): string[] {
	const classes = new Set<string>();
	for (const check of checks) {
		if (check.classId !== pupil.classId && pupilIdsOf(check).includes(String(pupil.id))) {
			classes.add(String(check.classId));
		}
	}
	return [...classes].sort();
}

interface DayBuilder {
	id: string;
	date: unknown;
	adultId: string | null;
	checkIds: unknown[];
	groupIds: string[];
	pupilIds: string[];
	attended: number[];
	recheck: number[];
	security: number[];
	notes: string[];
	changedAt: number[];
	updatedAt: number;
}

/** The outcomes the v1 checks held, as the record of each adult who ran the groups that day. */
function adultsOutcomes(
	checks: readonly StoredRecord[],
	groups: readonly StoredRecord[]
): StoredRecord[] {
	const days = new Map<string, DayBuilder>();
	for (const check of checks) {
		const pupilIds = pupilIdsOf(check);
		const attended = bytesOf(check, 'attended', pupilIds.length);
		const recheck = bytesOf(check, 'recheck', pupilIds.length);
		const security = bytesOf(check, 'security', pupilIds.length);
		const notes = record(check.notes ?? {}, `The notes of ${checkName(check)}`);
		const updatedAt = Number(check.updatedAt);
		pupilIds.forEach((pupilId, p) => {
			const note = typeof notes[pupilId] === 'string' ? String(notes[pupilId]) : '';
			if (attended[p] === 0 && recheck[p] === 0 && security[p] === 0 && note === '') return;
			const group = groups.find(
				(g) => g.checkId === check.id && Array.isArray(g.pupilIds) && g.pupilIds.includes(pupilId)
			);
			const adultId = typeof group?.adultId === 'string' ? group.adultId : null;
			const id = dayOutcomesId(String(check.date), adultId);
			const day: DayBuilder = days.get(id) ?? {
				id,
				date: check.date,
				adultId,
				checkIds: [],
				groupIds: [],
				pupilIds: [],
				attended: [],
				recheck: [],
				security: [],
				notes: [],
				changedAt: [],
				updatedAt
			};
			day.checkIds.push(check.id);
			day.groupIds.push(typeof group?.id === 'string' ? group.id : `${String(check.id)}~group`);
			day.pupilIds.push(pupilId);
			day.attended.push(attended[p]);
			day.recheck.push(recheck[p]);
			day.security.push(security[p]);
			day.notes.push(note);
			day.changedAt.push(updatedAt);
			day.updatedAt = Math.max(day.updatedAt, updatedAt);
			days.set(id, day);
		});
	}
	return [...days.values()].map((day) => ({
		...day,
		attended: Uint8Array.from(day.attended),
		recheck: Uint8Array.from(day.recheck),
		security: Uint8Array.from(day.security),
		changedAt: Float64Array.from(day.changedAt),
		createdAt: Math.min(...day.changedAt),
		deletedAt: null
	}));
}
