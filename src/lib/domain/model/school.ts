import type { Check, SavedQuestion } from './check';
import type { Group } from './group';
import type { Adult, Pupil, SchoolClass } from './roster';
import type { Settings } from './settings';

/** Everything one device holds about one school. */
export interface SchoolData {
	settings: Settings;
	adults: Adult[];
	classes: SchoolClass[];
	pupils: Pupil[];
	checks: Check[];
	groups: Group[];
	bank: SavedQuestion[];
}
