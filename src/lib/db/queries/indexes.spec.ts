import { beforeEach, describe, expect, it } from 'vitest';
import { question } from '$factories/check';
import { seedSchool } from '$factories/school';
import { emptyPupilAnswers } from '$lib/domain/model/answers';
import { createCheck } from '../checks';
import { db } from '../database';
import { cycleMark, markEveryoneCorrect } from '../marking';
import { hasResults } from '../pupils';
import { answersToCheck } from './answering';
import { sessionsFor } from './intervene';
import { classHistory } from './teach';

const TODAY = '2026-11-23';

beforeEach(async () => {
	await seedSchool(
		[
			{ id: '5b', name: '5B', pupils: ['Sam Cole', 'Ada Brown'] },
			{ id: '6h', name: '6H', pupils: ['Ben Ng'] }
		],
		['Mrs Green', 'Mr Price']
	);
});

async function flagged(classId: string, pupilId: string): Promise<string> {
	const id = await createCheck(
		{ classId, date: TODAY, title: 'Fractions', questions: [question(1, 'fluency')] },
		TODAY
	);
	await markEveryoneCorrect(id);
	await cycleMark(id, pupilId, 'q1');
	return id;
}

describe('the indexes of the database', () => {
	it('are only those that a query reads', () => {
		const indexes = Object.fromEntries(
			db.tables.map((table) => [table.name, table.schema.indexes.map((index) => index.name)])
		);
		expect(indexes).toMatchObject({
			checks: ['date', '[classId+date]'],
			groups: ['checkId', 'date'],
			answers: [],
			bank: []
		});
	});

	it('find a class’s checks through the index by class and date', async () => {
		await flagged('5b', '5b-pupil-1');
		await flagged('6h', '6h-pupil-1');
		expect((await classHistory('5b', 8)).total).toBe(1);
		expect(await hasResults({ id: '5b-pupil-2', classId: '5b', pastClassIds: [] })).toBe(true);
		expect(await hasResults({ id: '5b-pupil-2', classId: '6h', pastClassIds: [] })).toBe(false);
	});

	it('find an adult’s groups of the day among the day’s groups', async () => {
		await flagged('5b', '5b-pupil-1');
		await flagged('6h', '6h-pupil-1');
		const groups = await db.groups.toArray();
		const adults = new Set(groups.map((group) => group.adultId));
		expect(adults.size).toBe(2);
		for (const adultId of adults) {
			const sessions = await sessionsFor(TODAY, adultId!);
			expect(sessions.map((session) => session.group.id)).toEqual(
				groups.filter((group) => group.adultId === adultId).map((group) => group.id)
			);
		}
	});

	it('find a check’s answers by their ids, and not those of a check whose id begins with it', async () => {
		await db.answers.bulkPut([
			emptyPupilAnswers('check-1', 'tablet-1', ['q1'], 1),
			emptyPupilAnswers('check-1', 'tablet-2', ['q1'], 1),
			emptyPupilAnswers('check-1~2', 'tablet-1', ['q1'], 1),
			emptyPupilAnswers('check-10', 'tablet-1', ['q1'], 1)
		]);
		expect((await answersToCheck('check-1')).map((answers) => answers.id)).toEqual([
			'check-1~tablet-1',
			'check-1~tablet-2'
		]);
		expect((await answersToCheck('check-1~2')).map((answers) => answers.deviceId)).toEqual([
			'tablet-1'
		]);
	});
});
