import { describe, expect, it } from 'vitest';
import { problemsOf } from './problems';
import { changeSlots, describeSettingsPath } from '../settings';
import { defaultSettings } from '../school';
import { SettingsSchema, type Settings } from './settings';

const settings = defaultSettings('hillside', 'Hillside Primary', 0);

function problems(change: Partial<Settings>): string[] {
	const result = SettingsSchema.safeParse({ ...settings, ...change });
	return result.success ? [] : problemsOf(result.error, describeSettingsPath);
}

describe('the settings', () => {
	it('accept the defaults', () => {
		expect(problems({})).toEqual([]);
	});

	it('refuse slots that overlap, end before they start or are missing', () => {
		expect(
			problems({
				slots: [
					{ id: 'a', start: '13:15', end: '13:35' },
					{ id: 'b', start: '13:30', end: '13:50' }
				]
			})
		).toEqual(['The slots 13:15–13:35 and 13:30–13:50 overlap.']);
		expect(problems({ slots: [{ id: 'a', start: '13:35', end: '13:15' }] })).toEqual([
			'Slot 1: A slot must end after it starts.'
		]);
		expect(problems({ slots: [{ id: 'a', start: '1pm', end: '13:15' }] })).toEqual([
			'Slot 1: A slot time must be written like 13:15.'
		]);
		expect(problems({ slots: [] })).toEqual(['Give at least one intervention slot.']);
	});

	it('let one slot start as the one before ends', () => {
		const slots = [
			{ id: 'a', start: '13:40', end: '14:00' },
			{ id: 'b', start: '13:15', end: '13:40' }
		];
		expect(problems({ slots })).toEqual([]);
	});

	it('refuse a past slot with the id of a slot of the day', () => {
		expect(problems({ pastSlots: [{ ...settings.slots[0], start: '09:00' }] })).toEqual([
			'Two slots share an id.'
		]);
	});

	it('refuse two keystone areas with the same name, whatever the case', () => {
		const keystones = settings.keystones.map((k, i) => (i === 4 ? { ...k, name: 'FLUENCY' } : k));
		expect(problems({ keystones })).toEqual(['Two keystone areas are both called “FLUENCY”.']);
	});

	it('say which keystone area a problem is in', () => {
		const keystones = settings.keystones.map((k, i) => (i === 2 ? { ...k, approach: ' ' } : k));
		expect(problems({ keystones })).toEqual(['Keystone area 3: The same-day approach is missing.']);
	});

	it('keep groups between 2 and 15 pupils and the threshold between 1% and 100%', () => {
		expect(problems({ maxGroupSize: 1 })).toEqual(['A group must allow at least 2 pupils.']);
		expect(problems({ maxGroupSize: 16 })).toEqual([
			'A group of more than 15 is not an intervention group.'
		]);
		expect(problems({ maxGroupSize: Number.NaN })).toEqual([
			'The largest group size must be a number.'
		]);
		expect(
			problems({ flagRule: { essentialMissFlags: true, threshold: 0, flagGuessedRight: false } })
		).toEqual(['The threshold must be at least 1%.']);
		expect(
			problems({ flagRule: { essentialMissFlags: false, threshold: 101, flagGuessedRight: false } })
		).toEqual(['The threshold cannot be more than 100%.']);
	});

	it('keep a slot taken out of the day as a past slot, and the day in time order', () => {
		const [first, second, third] = settings.slots;
		const early = { id: 'early', start: '12:30', end: '12:50' };
		const changed = changeSlots(settings, [third, early, { ...second, end: '14:10' }]);
		expect(changed).toEqual({
			slots: [early, { ...second, end: '14:10' }, third],
			pastSlots: [first]
		});
		expect(changeSlots(changed, [first, third])).toEqual({
			slots: [first, third],
			pastSlots: [early, { ...second, end: '14:10' }]
		});
		expect(problems(changed)).toEqual([]);
	});
});
