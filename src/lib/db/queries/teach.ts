import { Dexie } from 'dexie';
import type { Check } from '$lib/domain/model/check';
import type { SchoolClass } from '$lib/domain/model/roster';
import { byName } from '$lib/domain/sorting';
import { db } from '../database';

export interface ClassDay {
	schoolClass: SchoolClass;
	teacherName: string | null;
	today: { check: Check; groups: number }[];
	recent: Check[];
}

/** Each current class with its checks of the day and its last few before it. */
export async function teachDay(date: string, recentCount = 5): Promise<ClassDay[]> {
	const [classes, adults, checks, groups] = await Promise.all([
		db.classes.toArray(),
		db.adults.toArray(),
		db.checks.where('date').equals(date).toArray(),
		db.groups.where('date').equals(date).toArray()
	]);
	const current = classes.filter((schoolClass) => !schoolClass.archived).sort(byName);
	const recent = await Promise.all(
		current.map((schoolClass) =>
			db.checks
				.where('[classId+date]')
				.between([schoolClass.id, Dexie.minKey], [schoolClass.id, date], true, false)
				.reverse()
				.limit(recentCount)
				.toArray()
		)
	);
	return current.map((schoolClass, i) => ({
		schoolClass,
		teacherName: adults.find((adult) => adult.id === schoolClass.teacherId)?.name ?? null,
		today: checks
			.filter((check) => check.classId === schoolClass.id)
			.sort((a, b) => a.createdAt - b.createdAt)
			.map((check) => ({
				check,
				groups: groups.filter((group) => group.checkId === check.id).length
			})),
		recent: recent[i]
	}));
}
