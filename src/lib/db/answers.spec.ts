import { beforeEach, describe, expect, it } from 'vitest';
import { choiceQuestion, numberQuestion, question, ticketsOf } from '$factories/check';
import type { Question } from '$lib/domain/model/check';
import { seedSchool } from '$factories/school';
import { answeredOnSeveralTablets } from '$lib/domain/answers';
import { readBackup, writeBackup } from '$lib/domain/backup/file';
import { mergeSchools } from '$lib/domain/backup/merge';
import { flagSummary } from '$lib/domain/flagged';
import { ticketAt } from '$lib/domain/tickets';
import { finishAnswers, recordAnswer, takeInAnswers, type AnswerPlace } from './answers';
import { createCheck, updateCheck } from './checks';
import { db } from './database';
import { cycleMark } from '$factories/marking';
import { readSchool } from './school';
import { SCHEMA_VERSION } from './schema';

const TODAY = '2026-11-23';
const BIGGER = 'bigger denominator, bigger fraction';
const questions = [
	choiceQuestion(1, 'representation', [
		['1/2', null],
		['1/3', BIGGER]
	]),
	numberQuestion(2, 'fluency', '0.5', ['½'])
];

let checkId = '';
let pupils: string[] = [];
const at = (pupil: number, deviceId = 'tablet-1'): AnswerPlace => ({
	checkId,
	deviceId,
	pupilId: pupils[pupil]
});

beforeEach(async () => {
	await seedSchool(
		[{ id: 'class-3b', name: '3B', pupils: ['Ada Brown', 'Ben Adams'] }],
		['Ms Ray']
	);
	checkId = await createCheck(
		{ classId: 'class-3b', date: TODAY, title: 'Fractions', questions },
		TODAY
	);
	pupils = (await db.checks.get(checkId))!.pupilIds;
});

async function check() {
	return (await db.checks.get(checkId))!;
}

describe('a pupil answering on a tablet', () => {
	it('is saved and marked at every tap, in the teacher’s check at once', async () => {
		await recordAnswer(at(0), 'q1', { choice: 2 });
		let ada = ticketAt(await check(), 0);
		expect(ada.marks).toEqual(['incorrect', 'unmarked']);
		expect(ada.choices).toEqual([2, 0]);
		await recordAnswer(at(0), 'q1', { confidence: 'sure' });
		await recordAnswer(at(0), 'q2', { number: '½' });
		ada = ticketAt(await check(), 0);
		expect(ada.marks).toEqual(['incorrect', 'correct']);
		expect(ada.confidence).toEqual(['sure', 'unrecorded']);
		expect(await db.answers.count()).toBe(1);
	});

	it('refuses a number answer that is not a number, and an option that is not there', async () => {
		await expect(recordAnswer(at(0), 'q2', { number: 'half' })).rejects.toThrow(
			'“half” is not a number: write it like 12, 0.5, ½ or 3/4.'
		);
		await expect(recordAnswer(at(0), 'q1', { choice: 3 })).rejects.toThrow(
			'That is not one of the options.'
		);
		expect(await db.answers.count()).toBe(0);
		expect(ticketAt(await check(), 0).marks).toEqual(['unmarked', 'unmarked']);
	});

	it('marks what a pupil left blank as not answered when they finish, and builds the groups', async () => {
		await recordAnswer(at(0), 'q1', { choice: 2 });
		await finishAnswers(at(0));
		await recordAnswer(at(1), 'q1', { choice: 2 });
		await recordAnswer(at(1), 'q2', { number: '0.5' });
		await finishAnswers(at(1));
		expect(ticketsOf(await check()).map((t) => t.marks)).toEqual([
			['incorrect', 'not-answered'],
			['incorrect', 'correct']
		]);
		const groups = await db.groups.where('checkId').equals(checkId).toArray();
		expect(groups.map((g) => [g.misconception, g.pupilIds, g.adultId])).toEqual([
			[BIGGER, pupils, 'ta-1']
		]);
	});

	it('keeps the teacher’s correction when the answers are taken in again, writing nothing', async () => {
		await recordAnswer(at(0), 'q1', { choice: 2 });
		await cycleMark(checkId, pupils[0], 'q1');
		const corrected = await check();
		expect(ticketAt(corrected, 0).marks[0]).toBe('not-answered');
		expect(await takeInAnswers(checkId)).toBe(false);
		expect((await check()).updatedAt).toBe(corrected.updatedAt);
		expect(ticketAt(await check(), 0).choices[0]).toBe(2);
	});

	it('marks the answers again when the teacher changes the correct option', async () => {
		await recordAnswer(at(0), 'q1', { choice: 2 });
		const fixed = [
			{
				...questions[0],
				options: questions[0].options.map((o, i) => ({
					...o,
					correct: i === 1,
					misconception: null
				}))
			},
			questions[1]
		];
		const edit = (edited: Question[]) =>
			updateCheck(
				checkId,
				{ classId: 'class-3b', date: TODAY, title: 'Fractions', questions: edited },
				TODAY
			);
		await edit(fixed);
		expect(ticketAt(await check(), 0).marks[0]).toBe('correct');
		await expect(edit([...fixed, question(3, 'thinking')])).rejects.toThrow(
			'Questions cannot be added, removed or reordered once marking has started.'
		);
		await expect(edit([{ ...fixed[0], kind: 'marked', options: [] }, fixed[1]])).rejects.toThrow(
			'Question 1: its kind and its number of options cannot change'
		);
	});
});

/** Waits for the clock to move on, so that the next tap is later than the last one. */
async function aMomentLater(): Promise<void> {
	const now = Date.now();
	while (Date.now() === now) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('several tablets for one check', () => {
	it('never overwrite each other, and a pupil on two tablets is shown', async () => {
		await Promise.all([
			recordAnswer(at(0, 'tablet-1'), 'q1', { choice: 1 }),
			recordAnswer(at(1, 'tablet-2'), 'q1', { choice: 2 })
		]);
		// Tablet 2 would win a tie in the same millisecond: the later answer wins otherwise.
		await aMomentLater();
		await recordAnswer(at(1, 'tablet-1'), 'q1', { choice: 1 });
		expect(await db.answers.count()).toBe(2);
		const taken = await check();
		expect(ticketsOf(taken).map((t) => t.choices[0])).toEqual([1, 1]);
		const records = await db.answers.toArray();
		expect(answeredOnSeveralTablets(taken, records).map((t) => t.pupilId)).toEqual([pupils[1]]);
	});

	it('come together by backup and merge, both tablets kept, and are taken in on arrival', async () => {
		await recordAnswer(at(0, 'tablet-1'), 'q1', { choice: 2 });
		const laptop = (await readSchool())!;
		await recordAnswer(at(1, 'tablet-2'), 'q1', { choice: 1 });
		const tablet = (await readSchool())!;
		const file = writeBackup(tablet, SCHEMA_VERSION, new Date('2026-11-23T15:00:00Z'));
		const reading = readBackup(file.text, SCHEMA_VERSION);
		if (!reading.ok) throw new Error(reading.problems.join(' '));
		expect(reading.backup.school.answers).toEqual(tablet.answers);
		const merged = mergeSchools(laptop, reading.backup.school);
		if (!merged.ok) throw new Error(merged.problems.join(' '));
		expect(merged.school.answers.map((a) => a.deviceId).sort()).toEqual(['tablet-1', 'tablet-2']);
		expect(merged.report.tables.answers.added).toBe(1);
	});

	it('are taken in by anyone, idempotently, when they arrive from another device', async () => {
		await recordAnswer(at(0), 'q1', { choice: 2 });
		const arrived = {
			...(await db.answers.toArray())[0],
			id: `${checkId}~tablet-9`,
			deviceId: 'tablet-9',
			pupilIds: [pupils[1]],
			answeredAt: new Float64Array([Date.now() + 5, 0])
		};
		await db.answers.put({ ...arrived, choices: new Uint8Array([1, 0]) });
		expect(await takeInAnswers(checkId)).toBe(true);
		expect(ticketAt(await check(), 1).marks[0]).toBe('correct');
		expect(await takeInAnswers(checkId)).toBe(false);
		expect(flagSummary(await check()).pending).toHaveLength(2);
	});
});
