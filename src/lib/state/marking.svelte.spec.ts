import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { question } from '$factories/check';
import { seedClass } from '$factories/school';
import { createCheck } from '$lib/db/checks';
import { db } from '$lib/db/database';
import { changeCheck } from '$lib/db/marking';
import { MARKS } from '$lib/domain/codes';
import { withMark } from '$lib/domain/marking';
import { isFlaggedAt, markAt } from '$lib/domain/tickets';
import { Marking } from './marking.svelte';

const TODAY = '2026-11-23';
const { correct, incorrect, unmarked } = MARKS.code;
let checkId = '';
let marking: Marking;
let stop = () => {};

beforeEach(async () => {
	await seedClass({ id: 'class-5b', name: '5B', pupils: ['Ada Brown', 'Ben Adams'] });
	checkId = await createCheck(
		{
			classId: 'class-5b',
			date: TODAY,
			title: 'Fractions',
			questions: [question(1, 'fluency', { essential: true }), question(2, 'fluency')]
		},
		TODAY
	);
	stop = $effect.root(() => {
		marking = new Marking(() => checkId);
	});
	await vi.waitFor(() => expect(marking.check?.id).toBe(checkId));
});

afterEach(() => stop());

const marks = () => [0, 1].map((p) => [0, 1].map((q) => markAt(marking.check!, p, q)));
const stored = async () => (await db.checks.get(checkId))!;

describe('marking a check on screen', () => {
	it('shows each tap once it is stored, never before, and the check read again then agrees', async () => {
		marking.everyoneCorrect();
		// Nothing shows that is not yet stored: a tab closed now loses nothing it showed.
		expect(marks()).toEqual([
			[unmarked, unmarked],
			[unmarked, unmarked]
		]);
		await vi.waitFor(() => expect(marks()[1]).toEqual([correct, correct]));
		expect(markAt(await stored(), 1, 0)).toBe(correct);
		const [ada] = marking.check!.pupilIds;
		marking.cycle(ada, 'q1');
		await vi.waitFor(() => expect(marks()[0]).toEqual([incorrect, correct]));
		expect(markAt(await stored(), 0, 0)).toBe(incorrect);
		expect(isFlaggedAt(marking.check!, 0)).toBe(true);

		await vi.waitFor(() => expect(marking.check).toBe(marking.view?.check));
		expect(marks()[0]).toEqual([incorrect, correct]);
		await vi.waitFor(() => expect(marking.view?.groups.length).toBeGreaterThan(0));
	});

	it('shows a pupil flagged before their groups are rebuilt, and the groups follow', async () => {
		marking.everyoneCorrect();
		await vi.waitFor(() => expect(marking.check).toBe(marking.view?.check));
		const [ada] = marking.check!.pupilIds;
		// What the database holds at the moment the screen first shows Ada flagged.
		let shown: number[] | undefined;
		let asked = false;
		const watching = $effect.root(() => {
			$effect(() => {
				if (marking.check && isFlaggedAt(marking.check, 0) && !asked) {
					asked = true;
					void Promise.all([db.regroups.count(), db.groups.count()]).then((counts) => {
						shown = counts;
					});
				}
			});
		});
		marking.cycle(ada, 'q1');
		await vi.waitFor(() => expect(shown).toEqual([1, 0]));
		await vi.waitFor(() =>
			expect(marking.view?.groups.map((group) => group.pupilIds)).toEqual([[ada]])
		);
		expect(await db.regroups.count()).toBe(0);
		watching();
	});

	it('reads only the check again after a tap, not its pupils, groups and outcomes', async () => {
		marking.everyoneCorrect();
		await vi.waitFor(() => expect(marks()[0]).toEqual([correct, correct]));
		await vi.waitFor(() => expect(marking.check).toBe(marking.view?.check));
		const context = marking.view!.pupils;
		const reads = vi.spyOn(db.pupils, 'bulkGet');
		marking.cycle(marking.check!.pupilIds[1], 'q2');
		await vi.waitFor(() => expect(marks()[1]).toEqual([correct, incorrect]));
		await vi.waitFor(() => expect(marking.check).toBe(marking.view?.check));
		expect(reads).not.toHaveBeenCalled();
		expect(marking.view!.pupils).toBe(context);
	});

	it('shows a change made in another tab after its own', async () => {
		marking.everyoneCorrect();
		await vi.waitFor(() => expect(marking.check).toBe(marking.view?.check));
		const [, ben] = marking.check!.pupilIds;
		await changeCheck(checkId, (check, now) => withMark(check, ben, 'q2', incorrect, now));
		await vi.waitFor(() => expect(marks()[1]).toEqual([correct, incorrect]));
	});

	it('shows a change from a device whose clock is behind', async () => {
		marking.everyoneCorrect();
		await vi.waitFor(() => expect(marking.check).toBe(marking.view?.check));
		const [, ben] = marking.check!.pupilIds;
		const behind = Date.now() - 60_000;
		await changeCheck(checkId, (check, now) => withMark(check, ben, 'q1', incorrect, now), behind);
		await vi.waitFor(() => expect(marks()[1]).toEqual([incorrect, correct]));
	});

	it('keeps the saved check when a change is refused, and says why', async () => {
		marking.everyoneCorrect();
		await vi.waitFor(() => expect(marking.check).toBe(marking.view?.check));
		await vi.waitFor(() => expect(marks()[0]).toEqual([correct, correct]));
		const before = marking.check;
		marking.override(marking.check!.pupilIds[0], 'flag', 'x'.repeat(301));
		await vi.waitFor(() =>
			expect(marking.writes.problem).toMatch(/A note is longer than 300 characters/)
		);
		expect(marking.check).toBe(before);
		expect(marks()[0]).toEqual([correct, correct]);
	});
});
