import { z } from 'zod';
import { KEYSTONE_IDS } from '../keystones';
import { everySlot, SETTINGS_KEY, slotLabel } from '../settings';
import { Id, Timestamp, text } from './common';

export const KeystoneIdSchema = z.enum(KEYSTONE_IDS, {
	error: (issue) => `"${String(issue.input)}" is not one of the five keystone areas`
});

export const KeystoneSchema = z.object({
	id: KeystoneIdSchema,
	name: text('The keystone name', 60),
	meaning: text('The one-line meaning', 200),
	questionHint: text('The question hint', 200),
	approach: text('The same-day approach', 300)
});

/** Always exactly the five keystones, each once, in the school's order, each with its own name. */
export const KeystoneFrameworkSchema = z
	.array(KeystoneSchema)
	.length(5, 'There must be exactly five keystone areas')
	.refine((keystones) => new Set(keystones.map((k) => k.id)).size === 5, {
		message: 'Each of the five keystone areas must appear once'
	})
	.superRefine((keystones, ctx) => {
		const seen = new Set<string>();
		for (const { name } of keystones) {
			const key = name.toLocaleLowerCase('en-GB');
			if (seen.has(key)) {
				ctx.addIssue({ code: 'custom', message: `Two keystone areas are both called “${name}”` });
			}
			seen.add(key);
		}
	});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const Time = z.string().regex(TIME, 'A slot time must be written like 13:15');

export const SlotSchema = z
	.object({ id: Id, start: Time, end: Time })
	.refine((slot) => !TIME.test(slot.start) || !TIME.test(slot.end) || slot.start < slot.end, {
		message: 'A slot must end after it starts'
	});

export type Slot = z.infer<typeof SlotSchema>;

/** The day's slots, which must not overlap: one adult may run a group in each. */
const DaySlotsSchema = z
	.array(SlotSchema)
	.min(1, 'Give at least one intervention slot')
	.max(8, 'At most eight slots a day')
	.superRefine((slots, ctx) => {
		const byStart = slots
			.filter((slot) => TIME.test(slot.start) && TIME.test(slot.end))
			.toSorted((a, b) => a.start.localeCompare(b.start));
		for (let i = 1; i < byStart.length; i++) {
			const [before, after] = [byStart[i - 1], byStart[i]];
			if (after.start < before.end) {
				ctx.addIssue({
					code: 'custom',
					message: `The slots ${slotLabel(before)} and ${slotLabel(after)} overlap`
				});
			}
		}
	});

export const FlagRuleSchema = z.object({
	/** Missing any essential question flags the pupil. */
	essentialMissFlags: z.boolean(),
	/** Percentage of answered questions a pupil must get right to keep up. */
	threshold: z
		.number({ error: 'The threshold must be a number' })
		.int('The threshold must be a whole percentage')
		.min(1, 'The threshold must be at least 1%')
		.max(100, 'The threshold cannot be more than 100%'),
	/**
	 * A pupil who answered a question right on a tablet but said they were guessing is flagged.
	 * Off by default: they are listed to check tomorrow instead.
	 */
	flagGuessedRight: z.boolean()
});

export const SettingsSchema = z
	.object({
		id: z.literal(SETTINGS_KEY),
		/**
		 * Made when the school is set up and never changed: a backup or a server of another
		 * school is refused, whatever it is called.
		 */
		schoolId: Id,
		schoolName: text('The school name', 120),
		keystones: KeystoneFrameworkSchema,
		flagRule: FlagRuleSchema,
		maxGroupSize: z
			.number({ error: 'The largest group size must be a number' })
			.int('The largest group size must be a whole number')
			.min(2, 'A group must allow at least 2 pupils')
			.max(15, 'A group of more than 15 is not an intervention group'),
		slots: DaySlotsSchema,
		/**
		 * Slots the school no longer runs. Groups keep the slot they were given, so a removed slot
		 * is kept here for the groups of earlier days to say when they met.
		 */
		pastSlots: z.array(SlotSchema).optional(),
		/** True while the generated demo school is loaded. */
		demo: z.boolean(),
		/** When this device's data was last saved to a backup file. */
		lastBackupAt: Timestamp.nullable(),
		updatedAt: Timestamp
	})
	.refine(
		(settings) => {
			const ids = everySlot(settings).map((slot) => slot.id);
			return new Set(ids).size === ids.length;
		},
		{ message: 'Two slots share an id' }
	);

export type Settings = z.infer<typeof SettingsSchema>;
export type FlagRule = z.infer<typeof FlagRuleSchema>;
