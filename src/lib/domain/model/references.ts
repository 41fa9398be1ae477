import type { Check } from './check';
import type { Group } from './group';
import type { SchoolData } from './school';
import { everySlot } from '../settings';

/** Beyond this many, the rest are counted: a damaged file can have thousands. */
const MOST_PROBLEMS = 10;

const TABLE_NAMES = {
	adults: 'adults',
	classes: 'classes',
	pupils: 'pupils',
	checks: 'checks',
	groups: 'groups',
	outcomes: 'outcome records',
	bank: 'saved questions',
	visits: 'visits',
	reports: 'saved reports',
	answers: 'records of pupils’ answers'
} as const;

function checkName(check: Pick<Check, 'title' | 'date'>): string {
	return `Check “${check.title}” (${check.date})`;
}

function groupName(group: Group, check: Check | undefined): string {
	return check ? `A group from “${check.title}” (${check.date})` : `A group on ${group.date}`;
}

/**
 * What is wrong with how a school's records point at each other: ids used twice, and
 * pupils, classes, adults, checks or slots that are referred to but not there. Each problem
 * names the record, in words a teacher knows.
 */
export function referenceProblems(school: SchoolData): string[] {
	const problems: string[] = [];
	for (const table of Object.keys(TABLE_NAMES) as (keyof typeof TABLE_NAMES)[]) {
		const seen = new Set<string>();
		for (const { id } of school[table]) {
			if (seen.has(id)) problems.push(`Two ${TABLE_NAMES[table]} have the same id “${id}”.`);
			seen.add(id);
		}
	}

	const adults = new Set(school.adults.map((adult) => adult.id));
	const classes = new Set(school.classes.map((schoolClass) => schoolClass.id));
	const pupils = new Set(school.pupils.map((pupil) => pupil.id));
	const slots = new Set(everySlot(school.settings).map((slot) => slot.id));
	const checks = new Map(school.checks.map((check) => [check.id, check]));

	for (const pupil of school.pupils) {
		if (!classes.has(pupil.classId) || pupil.pastClassIds.some((id) => !classes.has(id))) {
			problems.push(`Pupil “${pupil.name}” is in a class that is not among the school's classes.`);
		}
	}
	for (const schoolClass of school.classes) {
		if (schoolClass.teacherId !== null && !adults.has(schoolClass.teacherId)) {
			problems.push(
				`Class “${schoolClass.name}” has a teacher who is not among the school's adults.`
			);
		}
	}
	for (const check of school.checks) {
		if (!classes.has(check.classId)) {
			problems.push(`${checkName(check)} is for a class that is not among the school's classes.`);
		}
		if (check.pupilIds.some((id) => !pupils.has(id))) {
			problems.push(`${checkName(check)} lists a pupil who is not among the school's pupils.`);
		}
	}
	for (const group of school.groups) {
		const check = checks.get(group.checkId);
		const name = groupName(group, check);
		if (!check) {
			problems.push(`${name} belongs to a check that is not among the school's checks.`);
		} else {
			if (check.date !== group.date || check.classId !== group.classId) {
				problems.push(`${name} is not on the same day or for the same class as its check.`);
			}
			if (group.pupilIds.some((id) => !check.pupilIds.includes(id))) {
				problems.push(`${name} has a pupil who is not on its check.`);
			}
			if (!check.questions.some((question) => question.id === group.questionId)) {
				problems.push(`${name} works on a question that is not on its check.`);
			}
		}
		if (group.adultId !== null && !adults.has(group.adultId)) {
			problems.push(`${name} is run by an adult who is not among the school's adults.`);
		}
		if (group.slotId !== null && !slots.has(group.slotId)) {
			problems.push(`${name} has a slot that is not among the school's slots.`);
		}
	}
	for (const day of school.outcomes) {
		const name = `The outcomes recorded on ${day.date}`;
		if (day.adultId !== null && !adults.has(day.adultId)) {
			problems.push(`${name} were recorded by an adult who is not among the school's adults.`);
		}
		if (day.checkIds.some((id) => !checks.has(id))) {
			problems.push(`${name} belong to a check that is not among the school's checks.`);
		}
		if (day.pupilIds.some((id) => !pupils.has(id))) {
			problems.push(`${name} are for a pupil who is not among the school's pupils.`);
		}
	}

	for (const visit of school.visits) {
		const name = `A visit on ${visit.date}`;
		if (visit.classId !== null && !classes.has(visit.classId)) {
			problems.push(`${name} is to a class that is not among the school's classes.`);
		}
		if (visit.teacherId !== null && !adults.has(visit.teacherId)) {
			problems.push(`${name} names a teacher who is not among the school's adults.`);
		}
	}
	const reports = new Set(school.reports.map((report) => report.id));
	for (const report of school.reports) {
		if (report.previousId !== null && !reports.has(report.previousId)) {
			problems.push(
				`The saved report “${report.name}” is compared with a report that is not among the saved reports.`
			);
		}
	}
	// A tablet's answers from a pupil no longer on the check are never taken in: harmless.
	for (const answers of school.answers) {
		if (!checks.has(answers.checkId)) {
			problems.push(
				'Some pupils’ answers belong to a check that is not among the school’s checks.'
			);
		}
	}

	if (problems.length <= MOST_PROBLEMS) return problems;
	const more = problems.length - MOST_PROBLEMS;
	return [
		...problems.slice(0, MOST_PROBLEMS),
		`And ${more} more ${more === 1 ? 'problem' : 'problems'} like these.`
	];
}
