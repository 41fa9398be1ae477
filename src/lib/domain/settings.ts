import type { Settings, Slot } from './model/settings';

/**
 * What every screen needs to know of the school's settings, without the schemas that check
 * them: reading a screen must not download what only writing needs.
 */

/** The key of the one settings record of a device. */
export const SETTINGS_KEY = 'school';

export function slotLabel(slot: Slot): string {
	return `${slot.start}–${slot.end}`;
}

/** The day's slots and the past ones: every slot a group may have been given. */
export function everySlot(settings: { slots: Slot[]; pastSlots?: Slot[] }): Slot[] {
	return [...settings.slots, ...(settings.pastSlots ?? [])];
}

/**
 * The day's slots changed to `slots`, in time order. A slot taken out of the day is kept as a
 * past slot, so that the groups already given it still say when they met.
 */
export function changeSlots(
	settings: Pick<Settings, 'slots' | 'pastSlots'>,
	slots: Slot[]
): Pick<Settings, 'slots' | 'pastSlots'> {
	const kept = new Set(slots.map((slot) => slot.id));
	const past = everySlot(settings).filter((slot) => !kept.has(slot.id));
	return {
		slots: slots.toSorted((a, b) => a.start.localeCompare(b.start)),
		pastSlots: past
	};
}

/** Names the keystone area or slot a settings problem is about, for the user. */
export function describeSettingsPath(path: readonly PropertyKey[]): string | null {
	const [field, index] = path;
	if (typeof index !== 'number') return null;
	if (field === 'keystones') return `Keystone area ${index + 1}`;
	if (field === 'slots') return `Slot ${index + 1}`;
	return null;
}
