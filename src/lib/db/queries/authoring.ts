import { Dexie } from 'dexie';
import { misconceptionsByKeystone, objectiveCodes } from '$lib/domain/bank';
import type { KeystoneId } from '$lib/domain/keystones';
import type { Check, SavedQuestion } from '$lib/domain/model/check';
import { isLive } from '$lib/domain/tombstones';
import type { SchoolClass } from '$lib/domain/model/roster';
import { byDateThenMade } from '$lib/domain/sorting';
import { db } from '../database';
import { liveRecords } from '../records';

export interface AuthoringSources {
	schoolClass: SchoolClass | null;
	/** Recent checks of this class and of the other classes in its year, newest first. */
	recent: (Check & { className: string })[];
	bank: SavedQuestion[];
	objectives: string[];
	/** The misconceptions the school has named, by keystone, to choose from. */
	misconceptions: Partial<Record<KeystoneId, string[]>>;
}

/** How many of the school's latest checks are read for the misconceptions it has named. */
const MISCONCEPTION_CHECKS = 200;

/** A class's last few checks, newest first. */
export async function latestChecks(classId: string, count: number): Promise<Check[]> {
	return db.checks
		.where('[classId+date]')
		.between([classId, Dexie.minKey], [classId, Dexie.maxKey])
		.reverse()
		.filter(isLive)
		.limit(count)
		.toArray();
}

export async function authoringSources(classId: string): Promise<AuthoringSources> {
	const [schoolClass, classes, bank, latest] = await Promise.all([
		db.classes.get(classId),
		liveRecords(db.classes),
		liveRecords(db.bank),
		db.checks.orderBy('date').reverse().limit(MISCONCEPTION_CHECKS).toArray()
	]);
	const yearClasses = classes.filter(
		(c) => c.id === classId || (schoolClass && c.yearGroup === schoolClass.yearGroup && !c.archived)
	);
	const perClass = await Promise.all(yearClasses.map((c) => latestChecks(c.id, 8)));
	const recent = perClass
		.flatMap((checks, i) => checks.map((check) => ({ ...check, className: yearClasses[i].name })))
		.sort((a, b) => byDateThenMade(b, a))
		.slice(0, 12);
	return {
		schoolClass: schoolClass ?? null,
		recent,
		bank,
		objectives: objectiveCodes([...bank, ...recent.flatMap((check) => check.questions)]),
		misconceptions: misconceptionsByKeystone([
			...bank,
			...latest.filter(isLive).flatMap((check) => check.questions)
		])
	};
}
