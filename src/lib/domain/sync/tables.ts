import type { z } from 'zod';
import { mergeCheck } from '../merge/check';
import { mergeGroups } from '../merge/groups';
import { contentOf, laterOf } from '../merge/order';
import { mergeDayOutcomes } from '../merge/outcomes';
import { CheckSchema, SavedQuestionSchema } from '../model/check';
import { GroupSchema } from '../model/group';
import { PupilAnswersSchema } from '../model/answers';
import { DayOutcomesSchema } from '../model/outcome';
import { SavedReportSchema } from '../model/report';
import { AdultSchema, ClassSchema, PupilSchema } from '../model/roster';
import { SettingsSchema } from '../model/settings';
import { VisitSchema } from '../model/visit';

/** Any record of a synced table. */
export interface SyncedRecord {
	id: string;
	updatedAt: number;
}

/** Two versions of a document's records combined, and whether both had changes of their own. */
export interface Combined<T> {
	records: T[];
	both: boolean;
}

/**
 * How one table's records travel between devices. Each record is a document of its own,
 * unless `docKey` puts several into one (a check's groups, which are made together); and two
 * versions of a document, changed on two devices, are combined by `merge`, the same way
 * whichever comes first, so that every device resolves a conflict to the same result.
 */
export interface SyncedTable<T extends SyncedRecord = SyncedRecord> {
	schema: z.ZodType<T>;
	/** The key of the document a record is in; its own id unless records share one. */
	docKey: (record: T) => string;
	/** The index that finds a document's records, when records share a document. */
	index?: string;
	/** Fields about this device alone (when it last made a backup), never sent. */
	deviceOnly?: readonly string[];
	merge: (here: T[], there: T[]) => Combined<T>;
}

/** The later of two versions of a record, as a backup merge takes it. */
function later<T extends SyncedRecord>(here: T[], there: T[]): Combined<T> {
	return { records: [laterOf(here[0], there[0], (r) => r.updatedAt, contentOf)], both: false };
}

function table<T extends SyncedRecord>(
	spec: Partial<SyncedTable<T>> & Pick<SyncedTable<T>, 'schema'>
) {
	return { docKey: (record: T) => record.id, merge: later<T>, ...spec } as unknown as SyncedTable;
}

/**
 * Every table that syncs, with its one way of travelling. A new table needs an entry here and
 * its rule in server/rules.json; nothing else in sync changes.
 */
export const SYNCED_TABLES: Readonly<Record<string, SyncedTable>> = {
	settings: table({ schema: SettingsSchema, deviceOnly: ['lastBackupAt'] }),
	adults: table({ schema: AdultSchema }),
	classes: table({ schema: ClassSchema }),
	pupils: table({ schema: PupilSchema }),
	checks: table({
		schema: CheckSchema,
		merge: ([here], [there]) => {
			const merge = mergeCheck(here, there);
			return { records: [merge.check], both: merge.fromHere > 0 && merge.fromThere > 0 };
		}
	}),
	groups: table({
		schema: GroupSchema,
		docKey: (group) => group.checkId,
		index: 'checkId',
		merge: (here, there) => ({ records: mergeGroups(here, there).groups, both: false })
	}),
	outcomes: table({
		schema: DayOutcomesSchema,
		merge: ([here], [there]) => {
			const merge = mergeDayOutcomes(here, there);
			return { records: [merge.day], both: merge.fromHere > 0 && merge.fromThere > 0 };
		}
	}),
	bank: table({ schema: SavedQuestionSchema }),
	visits: table({ schema: VisitSchema }),
	reports: table({ schema: SavedReportSchema }),
	// One tablet writes each, every change with a later updatedAt: the later copy holds all.
	answers: table({ schema: PupilAnswersSchema })
};

export function syncedTable(name: string): SyncedTable | null {
	return Object.hasOwn(SYNCED_TABLES, name) ? SYNCED_TABLES[name] : null;
}
