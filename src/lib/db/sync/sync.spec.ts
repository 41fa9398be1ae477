import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { choiceQuestion, question, ticketsOf } from '$factories/check';
import { seedSchool } from '$factories/school';
import { withMark } from '$lib/domain/marking';
import { isLive } from '$lib/domain/tombstones';
import { SYNCED_TABLES } from '$lib/domain/sync/tables';
import { rules } from '$server/design.mjs';
import { createCheck } from '../checks';
import { db } from '../database';
import { DEVICE_TABLES, SCHEMA, SCHEMA_VERSION } from '../schema';
import { cycleMark, markEveryoneCorrect } from '$factories/marking';
import { applyFromServer } from './apply';
import { captureChanges } from './capture';
import { emptyPupilAnswers } from '$lib/domain/model/answers';
import { ticketAt } from '$lib/domain/tickets';
import { settleClashes, takeInArrivedAnswers } from './regroup';

const TODAY = '2026-11-23';
const questions = [question(1, 'fluency', { essential: true })];

beforeAll(async () => {
	db.close();
	db.use(captureChanges);
	await db.open();
});

afterEach(() => {
	vi.useRealTimers();
});

beforeEach(async () => {
	await seedSchool(
		[
			{ id: '5b', name: '5B', pupils: ['Ada', 'Ben', 'Cai'] },
			{ id: '6h', name: '6H', pupils: ['Dev', 'Eve', 'Fay'] }
		],
		['Mrs Green']
	);
});

async function markedCheck(classId: string, wrong: number[]) {
	const id = await createCheck({ classId, date: TODAY, title: 'Fractions', questions }, TODAY);
	const { pupilIds } = (await db.checks.get(id))!;
	await markEveryoneCorrect(id);
	for (const pupil of wrong) await cycleMark(id, pupilIds[pupil], 'q1');
	return (await db.checks.get(id))!;
}

const incoming = (table: string, records: { id: string }[], key = records[0].id) => ({
	docId: `${table}:${key}`,
	table,
	key,
	spec: SYNCED_TABLES[table],
	records: records as never[]
});

describe('what syncs', () => {
	it('syncs every table of the school, each with its rule on the server', () => {
		const school = Object.keys(SCHEMA[SCHEMA_VERSION])
			.filter((table) => !DEVICE_TABLES.includes(table))
			.sort();
		expect(Object.keys(SYNCED_TABLES).sort()).toEqual(school);
		expect(Object.keys(rules.tables).sort()).toEqual(school);
	});
});

describe('the server’s records on this device', () => {
	it('are written without going back out, and combined with a change not yet sent', async () => {
		const check = await markedCheck('5b', [0]);
		await db.outbox.clear();
		const there = withMark(check, check.pupilIds[1], 'q1', 2, Date.now() + 10);
		await applyFromServer([incoming('checks', [there])], 7);
		expect(await db.outbox.count()).toBe(0);
		expect(await db.syncState.get('feed')).toEqual({ id: 'feed', value: 7 });

		// The teacher marks Cai here while the server's version of Ben arrives.
		await cycleMark(check.id, check.pupilIds[2], 'q1');
		const later = withMark(there, check.pupilIds[0], 'q1', 1, Date.now() + 20);
		const applied = await applyFromServer([incoming('checks', [later])], 8);
		const marks = ticketsOf((await db.checks.get(check.id))!).map((t) => t.marks[0]);
		expect(marks).toEqual(['correct', 'incorrect', 'incorrect']);
		expect(applied.combined).toHaveLength(1);
		expect(await db.outbox.get(`checks:${check.id}`)).toMatchObject({ state: 'new' });
	});

	/** Mrs Green booked by another teacher's device first, in the slot of a group of 5B. */
	async function clash() {
		const theirs = await markedCheck('6h', [0]);
		const [booked] = await db.groups.where('checkId').equals(theirs.id).toArray();
		const mine = await markedCheck('5b', [0]);
		const [group] = await db.groups.where('checkId').equals(mine.id).toArray();
		const first = { ...booked, adultId: group.adultId, slotId: group.slotId, createdAt: 0 };
		await applyFromServer([incoming('groups', [first], theirs.id)], 9);
		await db.classes.update('6h', { teacherId: 'someone-else' });
		return { theirs, mine, group };
	}

	it('leave a teacher’s own group that clashes with one booked first to move, and no other', async () => {
		vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${TODAY}T12:00`) });
		const { theirs, mine, group } = await clash();
		await settleClashes([TODAY], ['teacher-1']);
		const now = (await db.groups.where('date').equals(TODAY).toArray()).filter(isLive);
		const moved = now.find((g) => g.checkId === mine.id)!;
		expect(now.find((g) => g.checkId === theirs.id)).toMatchObject({ slotId: group.slotId });
		expect(moved.slotId === group.slotId && moved.adultId === group.adultId).toBe(false);
	});

	it('leave the groups of a day gone by as they were', async () => {
		vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${TODAY}T12:00`) });
		const { mine, group } = await clash();
		vi.setSystemTime(new Date('2026-11-24T12:00'));
		await settleClashes([TODAY], ['teacher-1']);
		const kept = (await db.groups.where('checkId').equals(mine.id).toArray()).filter(isLive);
		expect(kept).toEqual([group]);
	});

	it('put the answers pupils gave on a tablet into the class teacher’s check, on their device only', async () => {
		const choice = [
			choiceQuestion(1, 'representation', [
				['1/2', null],
				['1/3', null]
			])
		];
		const id = await createCheck(
			{ classId: '5b', date: TODAY, title: 'Halves', questions: choice },
			TODAY
		);
		const { pupilIds } = (await db.checks.get(id))!;
		const now = Date.now();
		const answers = {
			...emptyPupilAnswers(id, 'tablet-7', ['q1'], now),
			pupilIds: [pupilIds[0]],
			choices: new Uint8Array([1]),
			numbers: [''],
			confidence: new Uint8Array([0]),
			answeredAt: new Float64Array([now]),
			confidentAt: new Float64Array([0])
		};
		const applied = await applyFromServer([incoming('answers', [answers])], 10);
		expect(applied.answerChecks).toEqual([id]);

		await takeInArrivedAnswers(applied.answerChecks, ['someone-else']);
		expect(ticketAt((await db.checks.get(id))!, 0).marks).toEqual(['unmarked']);
		await takeInArrivedAnswers(applied.answerChecks, ['teacher-1']);
		expect(ticketAt((await db.checks.get(id))!, 0).marks).toEqual(['correct']);
	});
});
