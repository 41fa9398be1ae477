/** The five keystone areas: ids are stable forever, the words are the school's to change. */
export const KEYSTONE_IDS = [
	'coherence',
	'representation',
	'thinking',
	'fluency',
	'variation'
] as const;

export type KeystoneId = (typeof KEYSTONE_IDS)[number];

/** The keystone a new question starts in, until the teacher chooses. */
export const DEFAULT_KEYSTONE_ID: KeystoneId = KEYSTONE_IDS[0];

export interface Keystone {
	id: KeystoneId;
	name: string;
	meaning: string;
	questionHint: string;
	approach: string;
}

/** The NCETM's five big ideas of teaching for mastery: the default framework. */
export const DEFAULT_KEYSTONES: readonly Keystone[] = [
	{
		id: 'coherence',
		name: 'Coherence',
		meaning: "Today's small step, connected to the one before.",
		questionHint: "Apply today's small step, linked to the previous one.",
		approach: 'Re-teach the small step in smaller steps, linked back to what they already know.'
	},
	{
		id: 'representation',
		name: 'Representation & Structure',
		meaning: 'Seeing the structure of the maths through a representation.',
		questionHint: 'Use or interpret a bar model, number line, array or place-value counters.',
		approach: 'Work with concrete and pictorial representations before the abstract.'
	},
	{
		id: 'thinking',
		name: 'Mathematical Thinking',
		meaning: 'Explaining, reasoning and generalising.',
		questionHint: 'Explain, reason, generalise: "always, sometimes, never?"',
		approach: 'Talk it through with sentence stems; pupils explain to each other.'
	},
	{
		id: 'fluency',
		name: 'Fluency',
		meaning: 'Quick recall of facts and efficient methods.',
		questionHint: 'Quick recall or an efficient method.',
		approach: 'Short, varied, low-stakes practice of the fact or method.'
	},
	{
		id: 'variation',
		name: 'Variation',
		meaning: 'Noticing what changes and what stays the same.',
		questionHint: 'Spot what has changed; odd one out; minimally different examples.',
		approach: 'Compare carefully varied examples and say what stays the same.'
	}
];

/** Shown on every intervention card: self-regulation is part of the approach. */
export const METACOGNITIVE_PROMPT = {
	plan: 'What do I already know?',
	monitor: 'How will I check?',
	evaluate: 'What would I do differently?'
} as const;

/** How a group that shares a misconception starts, before the keystone's approach. */
export const MISCONCEPTION_APPROACH =
	'Start from the answer they chose: ask each pupil to explain it, then test the idea together on an example where it fails.';

export function isKeystoneId(value: string): value is KeystoneId {
	return (KEYSTONE_IDS as readonly string[]).includes(value);
}
