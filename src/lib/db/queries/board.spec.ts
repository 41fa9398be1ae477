import { beforeEach, describe, expect, it } from 'vitest';
import { question } from '$factories/check';
import { seedSchool } from '$factories/school';
import { createCheck } from '../checks';
import { db } from '../database';
import { cycleMark, markEveryoneCorrect } from '$factories/marking';
import { boardDay } from './board';

const TODAY = '2026-11-23';

beforeEach(async () => {
	await seedSchool(
		[
			{ id: '5b', name: '5B', pupils: ['Sam Cole', 'Sam Cole', 'Ada Brown'] },
			{ id: '6h', name: '6H', pupils: ['Sam Cole', 'Ben Ng'] }
		],
		['Mrs Green', 'Mr Price']
	);
});

async function mark(classId: string, wrong: string[]) {
	const id = await createCheck(
		{ classId, date: TODAY, title: 'Fractions', questions: [question(1, 'fluency')] },
		TODAY
	);
	await markEveryoneCorrect(id);
	for (const pupilId of wrong) await cycleMark(id, pupilId, 'q1');
}

describe('the board of the day', () => {
	it('holds every group of every class, with the pupils told apart within a class', async () => {
		await mark('5b', ['5b-pupil-1', '5b-pupil-2']);
		await mark('6h', ['6h-pupil-1']);
		const board = await boardDay(TODAY);
		const names = board.groups
			.map((entry) => [entry.schoolClass?.name, entry.pupils.map((p) => p.name)] as const)
			.sort();
		expect(names).toEqual([
			['5B', ['Sam Cole (1)', 'Sam Cole (2)']],
			['6H', ['Sam Cole']]
		]);
	});

	it('offers every current adult, and none who has left', async () => {
		await db.adults.update('ta-2', { archived: true });
		expect((await boardDay(TODAY)).adults.map((adult) => adult.name)).toEqual([
			'Mrs Bennett',
			'Mrs Green'
		]);
	});
});
