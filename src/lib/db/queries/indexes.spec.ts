import { beforeEach, describe, expect, it, vi } from 'vitest';
import { question } from '$factories/check';
import { seedSchool } from '$factories/school';
import { emptyPupilAnswers } from '$lib/domain/model/answers';
import { dayOutcomes } from '$factories/outcomes';
import type { OutcomeBook } from '$lib/domain/outcomes';
import { createCheck } from '../checks';
import { db } from '../database';
import { cycleMark, markEveryoneCorrect } from '$factories/marking';
import { hasResults } from '../pupils';
import { answersToCheck } from './answering';
import { outcomesOn } from './outcomes';
import { reviewData } from './review';
import { sessionsFor } from './intervene';
import { pupilHistory } from './pupilHistory';
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
			outcomes: [],
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

	it('find a pupil’s checks in every class they have been in, each class read whole', async () => {
		await flagged('5b', '5b-pupil-1');
		await db.pupils.update('5b-pupil-1', { classId: '6h', pastClassIds: ['5b'] });
		await flagged('6h', '5b-pupil-1');
		const cursor = vi.spyOn(IDBIndex.prototype, 'openCursor');
		const history = await pupilHistory('5b-pupil-1');
		expect(history?.checks.map(({ className }) => className)).toEqual(['6H', '5B']);
		expect(cursor).not.toHaveBeenCalled();
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

	it('find the adults’ outcomes of the days asked for by their ids', async () => {
		const dates = ['2026-11-20', '2026-11-23', '2026-11-24', '2026-12-01'];
		await db.outcomes.bulkPut(
			dates.flatMap((date) =>
				['ta-1', null].map((adultId) =>
					dayOutcomes(
						{ id: `check-${date}`, date },
						{ [`ada-${adultId}`]: { attended: 'attended' } },
						adultId as string
					)
				)
			)
		);
		const seen = (book: OutcomeBook) =>
			dates.flatMap((date) =>
				['ada-ta-1', 'ada-null']
					.filter((pupil) => book.isRecorded(`check-${date}`, pupil))
					.map((pupil) => `${date} ${pupil}`)
			);
		expect(seen(await outcomesOn(['2026-11-23', '2026-11-23']))).toEqual([
			'2026-11-23 ada-ta-1',
			'2026-11-23 ada-null'
		]);
		expect(seen(await outcomesOn([]))).toEqual([]);
		// Each day is read whole: a cursor would take a step, and a turn of the page, per record.
		const cursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
		expect(seen(await outcomesOn(['2026-11-20', '2026-11-24']))).toEqual([
			'2026-11-20 ada-ta-1',
			'2026-11-20 ada-null',
			'2026-11-24 ada-ta-1',
			'2026-11-24 ada-null'
		]);
		expect(cursor).not.toHaveBeenCalled();
		cursor.mockRestore();
		const read = async (range: { from: string; to: string } | null) =>
			seen((await reviewData(TODAY, range)).records.outcomes);
		expect(await read({ from: '2026-11-21', to: '2026-11-24' })).toEqual([
			'2026-11-23 ada-ta-1',
			'2026-11-23 ada-null',
			'2026-11-24 ada-ta-1',
			'2026-11-24 ada-null'
		]);
		expect(await read(null)).toHaveLength(8);
	});
});
