import type { Check } from '$lib/domain/model/check';
import { isLive } from '$lib/domain/tombstones';
import type { Pupil, SchoolClass } from '$lib/domain/model/roster';
import { keptUp, openFlags, type OutcomeBook } from '$lib/domain/outcomes';
import { pupilNames } from '$lib/domain/pupilNames';
import { byName } from '$lib/domain/sorting';
import { db } from '../database';
import { latestChecks } from './authoring';
import { outcomesOn } from './outcomes';

export interface CheckWithGroups {
	check: Check;
	groups: number;
	/** Flags closed by the same-day groups, of all the check's flags. */
	keptUp: { flagged: number; closed: number };
}

export interface CarriedOver {
	check: Check;
	/** The names of the pupils flagged and not yet secure, as shown. */
	names: string[];
}

export interface ClassDay {
	schoolClass: SchoolClass;
	teacherId: string | null;
	teacherName: string | null;
	today: CheckWithGroups[];
	/** The last few checks before today. */
	recent: CheckWithGroups[];
	/** The open flags of the class's last day of checks before today. */
	carried: CarriedOver[];
}

async function carriedOver(checks: Check[], outcomes: OutcomeBook): Promise<CarriedOver[]> {
	const lastDay = checks[0]?.date;
	const carried = await Promise.all(
		checks
			.filter((check) => check.date === lastDay)
			.sort((a, b) => a.createdAt - b.createdAt)
			.map(async (check) => {
				const onCheck = (await db.pupils.bulkGet(check.pupilIds)).filter(
					(pupil): pupil is Pupil => pupil !== undefined
				);
				const names = pupilNames(onCheck);
				const open = new Set(openFlags(check, outcomes));
				return {
					check,
					names: onCheck
						.filter((pupil) => open.has(pupil.id) && !pupil.archived)
						.sort(byName)
						.map((pupil) => names.get(pupil.id) ?? pupil.name)
				};
			})
	);
	return carried.filter((entry) => entry.names.length > 0);
}

async function withGroupCounts(checks: Check[]): Promise<CheckWithGroups[]> {
	const [counts, outcomes] = await Promise.all([
		Promise.all(
			checks.map((check) => db.groups.where('checkId').equals(check.id).filter(isLive).count())
		),
		outcomesOn([...new Set(checks.map((check) => check.date))])
	]);
	return checks.map((check, i) => ({
		check,
		groups: counts[i],
		keptUp: keptUp(check, outcomes)
	}));
}

/** Each current class with its checks of the day and its last few before it. */
export async function teachDay(date: string, recentCount = 3): Promise<ClassDay[]> {
	const [classes, adults] = await Promise.all([db.classes.toArray(), db.adults.toArray()]);
	const current = classes
		.filter((schoolClass) => !schoolClass.archived && isLive(schoolClass))
		.sort(byName);
	const latest = await Promise.all(
		current.map(async (schoolClass) =>
			withGroupCounts(await latestChecks(schoolClass.id, recentCount + 2))
		)
	);
	const earlier = latest.map((checks) =>
		checks.filter(({ check }) => check.date < date).map(({ check }) => check)
	);
	const outcomes = await outcomesOn([...new Set(earlier.flat().map((check) => check.date))]);
	const carried = await Promise.all(earlier.map((checks) => carriedOver(checks, outcomes)));
	return current.map((schoolClass, i) => ({
		schoolClass,
		carried: carried[i],
		teacherId: schoolClass.teacherId,
		teacherName: adults.find((adult) => adult.id === schoolClass.teacherId)?.name ?? null,
		today: latest[i]
			.filter(({ check }) => check.date === date)
			.sort((a, b) => a.check.createdAt - b.check.createdAt),
		recent: latest[i].filter(({ check }) => check.date < date).slice(0, recentCount)
	}));
}

export interface ClassHistory {
	schoolClass: SchoolClass | null;
	checks: CheckWithGroups[];
	total: number;
}

export async function classHistory(classId: string, count: number): Promise<ClassHistory> {
	const [schoolClass, total, checks] = await Promise.all([
		db.classes.get(classId),
		db.checks.where('classId').equals(classId).filter(isLive).count(),
		latestChecks(classId, count)
	]);
	return { schoolClass: schoolClass ?? null, checks: await withGroupCounts(checks), total };
}
