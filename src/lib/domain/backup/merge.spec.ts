import { describe, expect, it } from 'vitest';
import { savedQuestion } from '$factories/check';
import { smallSchool, TEST_NOW } from '$factories/school';
import { withMark, withOverride } from '../marking';
import { isLive } from '../tombstones';
import { groupId } from '../model/group';
import type { SchoolData } from '../model/school';
import { dayOutcomesId, emptyDayOutcomes, OutcomeBook, withOutcome } from '../outcomes';
import { pupilIndex, ticketAt } from '../tickets';
import { leadershipSummary } from '../leading/coverage';
import { prepareFacts } from '../review/facts';
import { reportFigures } from '../review/report';
import { mergeSchools } from './merge';

const none = { added: 0, updated: 0, kept: 0, combined: 0, same: 0 };
const emptyFigures = (() => {
	const school = smallSchool();
	const filter = {
		from: '2027-01-01',
		to: '2027-01-02',
		yearGroup: null,
		classId: null,
		keystoneId: null
	};
	const scope = { yearGroup: null, classId: null, keystoneId: null };
	const name = (id: string) => id;
	return reportFigures(
		prepareFacts(school.checks, school.pupils, school.classes, new OutcomeBook(school.outcomes)),
		filter,
		leadershipSummary(school.visits, school.classes, filter, scope, name),
		name
	);
})();
/** Moments after the small school was made. */
const later = (seconds: number) => TEST_NOW + seconds * 1000;

function merged(here: SchoolData, there: SchoolData) {
	const merge = mergeSchools(here, there);
	if (!merge.ok) throw new Error(merge.problems.join(' '));
	return merge;
}

/** Today's first group with an adult, its check and a pupil in it. */
function todaysGroup(school: SchoolData) {
	const date = school.checks
		.map((check) => check.date)
		.sort()
		.at(-1);
	const group = school.groups.find((g) => g.date === date && g.adultId !== null && isLive(g))!;
	const check = school.checks.find((c) => c.id === group.checkId)!;
	return { group, check, pupilId: group.pupilIds[0] };
}

/** The tablet's record of a session: every pupil of the group recorded at `at`. */
function recorded(school: SchoolData, at: number): SchoolData {
	const { group, check } = todaysGroup(school);
	let day = emptyDayOutcomes(group.date, group.adultId, at);
	for (const pupilId of group.pupilIds) {
		day = withOutcome(
			day,
			{ checkId: check.id, groupId: group.id, pupilId },
			{ attended: 'attended', recheck: 'correct', security: 'secure' },
			at
		);
	}
	return { ...school, outcomes: [...school.outcomes, day] };
}

function replaceCheck(school: SchoolData, check: SchoolData['checks'][number]): SchoolData {
	return { ...school, checks: school.checks.map((c) => (c.id === check.id ? check : c)) };
}

describe('merging another device’s backup', () => {
	it('changes nothing when both hold the same records', () => {
		const merge = merged(smallSchool(), smallSchool());
		expect(merge.school).toEqual(smallSchool());
		expect(merge.report.tables.pupils).toEqual({ ...none, same: 60 });
		expect(Object.values(merge.writes).every((records) => records.length === 0)).toBe(true);
	});

	it('adds what only the backup has, matching records by id', () => {
		const here = smallSchool();
		const there = smallSchool();
		here.bank = [];
		there.bank = [savedQuestion()];
		const merge = merged(here, there);
		expect(merge.report.tables.bank).toEqual({ ...none, added: 1 });
		expect(merge.school.bank).toEqual([savedQuestion()]);
		expect(merge.writes.bank).toEqual([savedQuestion()]);
	});

	it('brings the maths lead’s visits across, a removal travelling as a tombstone', () => {
		const here = smallSchool();
		const there = smallSchool();
		const [visit] = there.visits;
		there.visits = [{ ...visit, deletedAt: visit.updatedAt + 1, updatedAt: visit.updatedAt + 1 }];
		there.reports = [
			{
				id: 'report-1',
				name: 'Autumn 2 2026–27',
				from: '2026-11-02',
				to: '2026-12-31',
				scope: { yearGroup: null, classId: null, keystoneId: null },
				scopeName: 'The whole school',
				previousId: null,
				figures: emptyFigures,
				createdAt: 5,
				updatedAt: 5,
				deletedAt: null
			}
		];
		const merge = merged(here, there);
		expect(merge.report.tables.visits).toEqual({ ...none, updated: 1 });
		expect(merge.school.visits[0].deletedAt).toBe(visit.updatedAt + 1);
		expect(merge.report.tables.reports).toEqual({ ...none, added: 1 });
	});

	it('keeps both the assistant’s outcomes and the teacher’s later correction, either way round', () => {
		const laptop = smallSchool();
		const tablet = recorded(smallSchool(), later(5));
		const { check, pupilId } = todaysGroup(laptop);
		const other = check.pupilIds.find((id) => id !== pupilId)!;
		const corrected = replaceCheck(
			laptop,
			withMark(check, other, check.questions[0].id, 2, later(9))
		);

		for (const [here, there] of [
			[corrected, tablet],
			[tablet, corrected]
		]) {
			const merge = merged(here, there);
			const book = new OutcomeBook(merge.school.outcomes);
			expect(book.outcome(check.id, pupilId)).toMatchObject({
				recheck: 'correct',
				security: 'secure'
			});
			const after = merge.school.checks.find((c) => c.id === check.id)!;
			expect(ticketAt(after, pupilIndex(after, other)).marks[0]).toBe('incorrect');
		}
		expect(merged(corrected, tablet).report.tables.outcomes).toMatchObject({
			added: 1,
			kept: 0,
			updated: 0
		});
	});

	it('never reverts a correction made before the assistant recorded', () => {
		const { check, pupilId } = todaysGroup(smallSchool());
		const correction = withOverride(check, pupilId, 'unflag', 'Talked it through', later(2));
		const laptop = replaceCheck(smallSchool(), correction);
		const tablet = recorded(laptop, later(6));
		// The tablet was restored from the laptop before the correction, and recorded later.
		const tabletBefore = { ...tablet, checks: smallSchool().checks };
		const merge = merged(laptop, tabletBefore);
		const after = merge.school.checks.find((c) => c.id === check.id)!;
		expect(ticketAt(after, pupilIndex(after, pupilId))).toMatchObject({
			override: 'unflag',
			overrideReason: 'Talked it through'
		});
		expect(new OutcomeBook(merge.school.outcomes).isRecorded(check.id, pupilId)).toBe(true);
	});

	it('combines a check changed on both devices pupil by pupil, the same whichever way', () => {
		const { check } = todaysGroup(smallSchool());
		const [first, second] = check.pupilIds;
		const q = check.questions[0].id;
		const laptop = replaceCheck(smallSchool(), withMark(check, first, q, 3, later(7)));
		const tablet = replaceCheck(smallSchool(), withMark(check, second, q, 3, later(8)));
		const one = merged(laptop, tablet);
		const other = merged(tablet, laptop);
		const a = one.school.checks.find((c) => c.id === check.id)!;
		const b = other.school.checks.find((c) => c.id === check.id)!;
		expect(a).toEqual(b);
		expect([first, second].map((id) => ticketAt(a, pupilIndex(a, id)).marks[0])).toEqual([
			'not-answered',
			'not-answered'
		]);
		expect(one.report.tables.checks).toMatchObject({ combined: 1 });
		expect(one.report.combined).toEqual([
			{ what: `“${check.title}” (23 Nov)`, fromBackup: 1, fromHere: 1 }
		]);
	});

	it('keeps a pupil’s latest outcome where one adult recorded on two devices', () => {
		const school = recorded(smallSchool(), later(5));
		const { group, check, pupilId } = todaysGroup(school);
		const day = school.outcomes.find((d) => d.id === dayOutcomesId(group.date, group.adultId))!;
		const place = { checkId: check.id, groupId: group.id, pupilId };
		const changed = withOutcome(day, place, { security: 'developing' }, later(9));
		const here = {
			...school,
			outcomes: school.outcomes.map((d) => (d.id === day.id ? changed : d))
		};
		const merge = merged(here, school);
		expect(new OutcomeBook(merge.school.outcomes).outcome(check.id, pupilId).security).toBe(
			'developing'
		);
		expect(merged(school, here).school.outcomes).toEqual(merge.school.outcomes);
	});

	it('takes a check’s groups together from the device that changed them last', () => {
		const laptop = smallSchool();
		const { group, check } = todaysGroup(laptop);
		// The laptop's correction split the group: the old id went, two new ones came.
		const [a, ...rest] = group.pupilIds;
		const split = [
			{ ...group, id: groupId(check.id, group.questionId, 7), pupilIds: [a], updatedAt: later(9) },
			{
				...group,
				id: groupId(check.id, group.questionId, 8),
				pupilIds: rest,
				slotId: null,
				adultId: null,
				updatedAt: later(9)
			},
			{ ...group, deletedAt: later(9), updatedAt: later(9) }
		];
		const here = {
			...laptop,
			groups: [...laptop.groups.filter((g) => g.id !== group.id), ...split]
		};
		const tablet = smallSchool();
		for (const merge of [merged(here, tablet), merged(tablet, here)]) {
			const live = merge.school.groups.filter((g) => g.checkId === check.id && isLive(g));
			const seats = live.flatMap((g) => g.pupilIds);
			expect(new Set(seats).size).toBe(seats.length);
			expect(live.map((g) => g.id)).not.toContain(group.id);
		}
	});

	it('gives no adult two groups in one slot, the later one waiting for another adult', () => {
		const here = smallSchool();
		const { group } = todaysGroup(here);
		const other = here.groups.find(
			(g) => g.date === group.date && g.checkId !== group.checkId && isLive(g)
		)!;
		// Another device gave the other class's group the same adult and slot, later.
		const there = {
			...here,
			groups: here.groups.map((g) =>
				g.id === other.id
					? { ...g, adultId: group.adultId, slotId: group.slotId, updatedAt: later(9) }
					: g
			)
		};
		const merge = merged(here, there);
		const booked = merge.school.groups.filter(
			(g) =>
				isLive(g) &&
				g.date === group.date &&
				g.slotId === group.slotId &&
				g.adultId === group.adultId
		);
		expect(booked).toHaveLength(1);
		expect(merge.report.unbooked.map((g) => g.id)).toHaveLength(1);
	});

	it('carries a deletion across as a tombstone', () => {
		const here = smallSchool();
		const there = smallSchool();
		const gone = there.checks[0];
		there.checks = there.checks.map((c) =>
			c.id === gone.id ? { ...c, deletedAt: later(9), updatedAt: later(9) } : c
		);
		const merge = merged(here, there);
		expect(merge.school.checks.find((c) => c.id === gone.id)?.deletedAt).toBe(later(9));
		expect(merge.school.groups.filter((g) => g.checkId === gone.id).every((g) => !isLive(g))).toBe(
			true
		);
	});

	it('takes the newer settings but keeps when this device last made a backup', () => {
		const here = smallSchool();
		const there = smallSchool();
		here.settings = { ...here.settings, lastBackupAt: 111 };
		there.settings = {
			...there.settings,
			schoolName: 'Renamed on the tablet',
			lastBackupAt: 999,
			updatedAt: here.settings.updatedAt + 1
		};
		const merge = merged(here, there);
		expect(merge.report.tables.settings).toEqual({ ...none, updated: 1 });
		expect(merge.school.settings.schoolName).toBe('Renamed on the tablet');
		expect(merge.school.settings.lastBackupAt).toBe(111);
		expect(merge.writes.settings).toEqual([merge.school.settings]);
	});

	it('is refused when the result would break a reference', () => {
		const here = smallSchool();
		const there = smallSchool();
		// The tablet's newer copy of a check has lost a pupil that a group here still has.
		const group = here.groups[0];
		const index = there.checks.findIndex((check) => check.id === group.checkId);
		const check = there.checks[index];
		const keep = check.pupilIds.map((id) => id !== group.pupilIds[0]);
		const pick = (bytes: Uint8Array) => bytes.filter((_, i) => keep[i]);
		there.checks[index] = {
			...check,
			pupilIds: check.pupilIds.filter((_, i) => keep[i]),
			marks: check.marks.filter((_, i) => keep[Math.floor(i / check.questions.length)]),
			absent: pick(check.absent),
			rule: pick(check.rule),
			overrides: pick(check.overrides),
			changedAt: check.changedAt.filter((_, i) => keep[i]),
			editedAt: check.editedAt + 1,
			updatedAt: check.updatedAt + 1
		};
		const merge = mergeSchools(here, there);
		expect(merge.ok).toBe(false);
		expect(!merge.ok && merge.problems).toEqual([
			'Merging this backup would leave records that point at missing ones, so nothing was merged.',
			`A group from “${check.title}” (${check.date}) has a pupil who is not on its check.`
		]);
	});

	it('is refused for another school, even one of the same name, changing nothing', () => {
		const here = { ...smallSchool(), settings: { ...smallSchool().settings, demo: false } };
		const there = { ...here, settings: { ...here.settings, schoolId: 'another-school' } };
		const merge = mergeSchools(here, there);
		expect(!merge.ok && merge.problems).toEqual([
			`This backup is of another school, ${here.settings.schoolName}, not ${here.settings.schoolName} on this device, even if they share a name. A backup can only be merged into the school it came from, so nothing was merged.`
		]);
	});

	it('is refused between the demo school and a real one', () => {
		const demo = smallSchool();
		const real = smallSchool();
		real.settings = { ...real.settings, demo: false, schoolName: 'Hillside Primary' };
		const intoReal = mergeSchools(real, demo);
		const intoDemo = mergeSchools(demo, real);
		expect(!intoReal.ok && intoReal.problems[0]).toMatch(/backup is of the demo school/);
		expect(!intoDemo.ok && intoDemo.problems[0]).toMatch(/restore the backup instead/);
	});
});
