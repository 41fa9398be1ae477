import { describe, expect, it } from 'vitest';
import { markedCheck, question, ticketsOf } from '$factories/check';
import { dayOutcomes } from '$factories/outcomes';
import { withMark, withOverride } from '../marking';
import { groupId, type Group } from '../model/group';
import { withOutcome } from '../outcomes';
import { mergeCheck } from './check';
import { mergeGroups, unbookClashes } from './groups';
import { mergeDayOutcomes } from './outcomes';

const questions = [question(1, 'fluency', { essential: true }), question(2, 'thinking')];
const base = markedCheck(questions, { ada: '✓✓', ben: '✓✓', cai: '✓✓' });

describe('one check changed on two devices', () => {
	it('keeps each pupil’s latest change, whichever device merges', () => {
		const laptop = withOverride(withMark(base, 'ada', 'q1', 2, 10), 'cai', 'flag', 'Unsure', 30);
		const tablet = withMark(withMark(base, 'ben', 'q2', 2, 20), 'cai', 'q2', 3, 25);
		const one = mergeCheck(laptop, tablet);
		const other = mergeCheck(tablet, laptop);
		expect(one.check).toEqual(other.check);
		expect(ticketsOf(one.check).map((t) => [t.marks, t.override])).toEqual([
			[['incorrect', 'correct'], 'none'],
			[['correct', 'incorrect'], 'none'],
			[['correct', 'correct'], 'flag']
		]);
		expect([one.fromHere, one.fromThere]).toEqual([2, 1]);
		expect(one.check.updatedAt).toBe(30);
	});

	it('breaks a tie between changes at the same moment the same way on both devices', () => {
		const a = withMark(base, 'ada', 'q1', 2, 10);
		const b = withMark(base, 'ada', 'q1', 3, 10);
		expect(mergeCheck(a, b).check).toEqual(mergeCheck(b, a).check);
	});

	it('keeps the questions edited last whole when the two have different questions', () => {
		const reworded = {
			...base,
			questions: [question(1, 'fluency')],
			marks: new Uint8Array(3),
			editedAt: 50
		};
		const merge = mergeCheck(base, reworded);
		expect(merge.whole).toBe(true);
		expect(merge.check.questions).toHaveLength(1);
	});

	it('keeps a deletion made on either device', () => {
		const deleted = { ...base, deletedAt: 40, updatedAt: 40 };
		expect(mergeCheck(base, deleted).check.deletedAt).toBe(40);
		expect(mergeCheck(deleted, base).check.deletedAt).toBe(40);
	});
});

describe('one adult’s outcomes recorded on two devices', () => {
	it('keeps every pupil either has, each with their latest change, in one order', () => {
		const morning = dayOutcomes(base, { ada: { attended: 'attended' } }, 'ta-1', 10);
		const place = (pupilId: string) => ({ checkId: base.id, groupId: 'g', pupilId });
		const laptop = withOutcome(morning, place('ben'), { security: 'secure' }, 20);
		const tablet = withOutcome(morning, place('ada'), { recheck: 'correct' }, 30);
		const one = mergeDayOutcomes(laptop, tablet);
		expect(one.day).toEqual(mergeDayOutcomes(tablet, laptop).day);
		expect(one.day.pupilIds).toEqual(['ada', 'ben']);
		expect([...one.day.recheck]).toEqual([1, 0]);
		expect([...one.day.security]).toEqual([0, 1]);
		expect([one.fromHere, one.fromThere]).toEqual([0, 1]);
	});
});

function group(id: string, extra: Partial<Group> = {}): Group {
	return {
		id,
		checkId: 'c1',
		classId: 'class-1',
		date: '2026-11-23',
		keystoneId: 'fluency',
		questionId: 'q1',
		misconception: null,
		pupilIds: ['ada'],
		adultId: 'ta-1',
		slotId: 'slot-1',
		locked: false,
		repeat: [],
		persistent: [],
		createdAt: 1,
		updatedAt: 1,
		deletedAt: null,
		...extra
	};
}

describe('the groups of two devices', () => {
	it('come together from the device that changed them last, the rest as tombstones', () => {
		const old = [group(groupId('c1', 'q1', 1), { pupilIds: ['ada', 'ben'] })];
		const rebuilt = [
			group(groupId('c1', 'q1', 1), { pupilIds: ['ada'], updatedAt: 9 }),
			group(groupId('c1', 'q2', 1), { pupilIds: ['ben'], questionId: 'q2', updatedAt: 9 })
		];
		const tabletOnly = group('c1~q3~1', { pupilIds: ['ben'], questionId: 'q3', updatedAt: 5 });
		const merge = mergeGroups(rebuilt, [...old, tabletOnly]);
		const live = merge.groups.filter((g) => g.deletedAt === null);
		expect(live.map((g) => g.pupilIds)).toEqual([['ada'], ['ben']]);
		expect(merge.groups.find((g) => g.id === tabletOnly.id)?.deletedAt).toBe(9);
		expect(merge.fromHere).toEqual(['c1']);
		expect(
			mergeGroups([...old, tabletOnly], rebuilt).groups.filter((g) => g.deletedAt === null)
		).toEqual(live);
	});

	it('never give one adult, or one pupil, two groups in a slot: the later one waits', () => {
		const first = group('a', { createdAt: 1 });
		const sameAdult = group('b', { checkId: 'c2', pupilIds: ['cai'], createdAt: 2, updatedAt: 7 });
		const samePupil = group('c', { checkId: 'c3', adultId: 'ta-2', createdAt: 3 });
		const elsewhere = group('d', {
			checkId: 'c4',
			adultId: 'ta-1',
			slotId: 'slot-2',
			createdAt: 4
		});
		const { groups, unbooked } = unbookClashes([samePupil, sameAdult, first, elsewhere]);
		expect(unbooked.map((g) => g.id)).toEqual(['b', 'c']);
		expect(groups.find((g) => g.id === 'b')).toMatchObject({
			adultId: null,
			slotId: null,
			updatedAt: 8
		});
		expect(groups.find((g) => g.id === 'a')).toEqual(first);
		expect(groups.find((g) => g.id === 'd')).toEqual(elsewhere);
	});

	it('leave a group that has met where it met', () => {
		const first = group('a', { createdAt: 1 });
		const ran = group('b', { checkId: 'c2', pupilIds: ['cai'], createdAt: 2 });
		const { unbooked } = unbookClashes([first, ran], (g) => g.id === 'b');
		expect(unbooked.map((g) => g.id)).toEqual(['a']);
	});
});
