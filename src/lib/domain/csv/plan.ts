import { nameKey } from '../matching';
import { SEN_NAMES, type Pupil, type SchoolClass } from '../model/roster';
import type { ColumnMapping } from './columns';
import type { CsvRow, CsvTable } from './read';
import { readPupilRow } from './row';
import { yearFromClassName } from './values';

/** The class the user chose for a file with no class column; its year is for a new class. */
export interface ChosenClass {
	name: string;
	yearGroup: number | null;
}

export interface ImportChoices {
	mapping: ColumnMapping;
	chosenClass: ChosenClass | null;
}

export interface RosterSnapshot {
	classes: SchoolClass[];
	pupils: Pupil[];
}

export type RowAction = 'create' | 'update' | 'unchanged' | 'rejected';

/** A pupil as the import leaves them: the file's values over those already on the roster. */
export type PupilValues = Pick<Pupil, 'name' | 'upn' | 'sen' | 'disadvantaged' | 'eal'>;

export interface PlannedRow {
	rowNumber: number;
	action: RowAction;
	/** The name the row gives; empty when it gives none. */
	name: string;
	className: string;
	yearGroup: number | null;
	/** The pupil after the import; null when the row could not be read. */
	pupil: PupilValues | null;
	/** The pupil already on the roster that this row is. */
	existing: Pupil | null;
	/** What an update changes, in words. */
	changes: string[];
	/** Why a rejected row is rejected, in plain English. */
	reasons: string[];
}

export interface PlannedClass {
	name: string;
	yearGroup: number;
	/** Null for a class the import creates. */
	existing: SchoolClass | null;
}

export interface ImportPlan {
	rows: PlannedRow[];
	/** The classes the good rows go into, in the order the file first names them. */
	classes: PlannedClass[];
	counts: Record<RowAction, number>;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

function changesTo(existing: Pupil, after: PupilValues): string[] {
	const changes: string[] = [];
	if (after.name !== existing.name) changes.push(`name: ${existing.name} → ${after.name}`);
	if (after.upn !== existing.upn) changes.push(`UPN ${after.upn} added`);
	if (after.sen !== existing.sen) {
		changes.push(`SEN: ${SEN_NAMES[existing.sen]} → ${SEN_NAMES[after.sen]}`);
	}
	if (after.disadvantaged !== existing.disadvantaged) {
		changes.push(`Pupil Premium: ${yesNo(existing.disadvantaged)} → ${yesNo(after.disadvantaged)}`);
	}
	if (after.eal !== existing.eal) {
		changes.push(`EAL: ${yesNo(existing.eal)} → ${yesNo(after.eal)}`);
	}
	if (existing.archived) changes.push('back from the archive');
	return changes;
}

/**
 * What importing a class list would do to the roster, row by row, without doing it: which
 * pupils it creates, which it updates (matched by UPN, or by name in the same class when the
 * row has no UPN), which are already as the file says, and which rows it rejects and why.
 */
export function planImport(
	table: CsvTable,
	choices: ImportChoices,
	roster: RosterSnapshot
): ImportPlan {
	const classByKey = new Map(roster.classes.map((c) => [nameKey(c.name), c]));
	const className = (id: string) =>
		roster.classes.find((c) => c.id === id)?.name ?? 'another class';
	const pupilByUpn = new Map(roster.pupils.flatMap((p) => (p.upn ? [[p.upn, p] as const] : [])));
	const inClass = (classId: string, name: string) => `${classId}\n${nameKey(name)}`;
	const pupilsByName = new Map<string, Pupil[]>();
	for (const p of roster.pupils) {
		const key = inClass(p.classId, p.name);
		pupilsByName.set(key, [...(pupilsByName.get(key) ?? []), p]);
	}
	// Rows seen so far, to catch a pupil who is in the file twice.
	const rowOfUpn = new Map<string, number>();
	const rowOfName = new Map<string, number>();
	const rowOfPupil = new Map<string, number>();

	function planRow(row: CsvRow): PlannedRow {
		const reading = readPupilRow(row.cells, choices.mapping);
		const planned: PlannedRow = {
			rowNumber: row.rowNumber,
			action: 'rejected',
			name: reading.ok ? reading.pupil.name : reading.name,
			className: (reading.ok && reading.pupil.className) || choices.chosenClass?.name || '',
			yearGroup: reading.ok ? reading.pupil.yearGroup : null,
			pupil: null,
			existing: null,
			changes: [],
			reasons: reading.ok ? [] : [...reading.reasons]
		};
		const reject = (reason: string) => ({ ...planned, reasons: [...planned.reasons, reason] });

		const upn = reading.ok ? reading.pupil.upn : reading.upn;
		if (upn) {
			const first = rowOfUpn.get(upn);
			if (first !== undefined) return reject(`The UPN ${upn} is also on row ${first}.`);
			rowOfUpn.set(upn, row.rowNumber);
		}
		if (!reading.ok) return planned;
		if (planned.className === '') return reject('The class is missing.');

		const pupil = reading.pupil;
		const schoolClass = classByKey.get(nameKey(planned.className)) ?? null;
		const byUpn = upn ? pupilByUpn.get(upn) : undefined;
		if (byUpn && byUpn.classId !== schoolClass?.id) {
			return reject(
				`The UPN ${upn} already belongs to ${byUpn.name} in ${className(byUpn.classId)}. If they have changed class, move them on the roster first.`
			);
		}

		const rowName = `${nameKey(planned.className)}\n${nameKey(pupil.name)}`;
		const sameNameRow = rowOfName.get(rowName);
		if (!upn && sameNameRow !== undefined) {
			return reject(
				`Row ${sameNameRow} has the same name in the same class. If it is the same pupil, remove one of the rows; if not, add UPNs to tell them apart.`
			);
		}
		rowOfName.set(rowName, row.rowNumber);

		// Without a UPN to go by, a pupil is the one of that name in the class.
		const inThisClass = schoolClass ? pupilsByName.get(inClass(schoolClass.id, pupil.name)) : [];
		const sameName = (inThisClass ?? []).filter((p) => upn === null || p.upn === null);
		if (!byUpn && sameName.length > 1) {
			return reject(
				`${sameName.length} pupils in ${planned.className} are called ${pupil.name}: add their UPNs to the file to tell them apart.`
			);
		}
		const existing = byUpn ?? sameName[0] ?? null;
		if (existing) {
			const first = rowOfPupil.get(existing.id);
			if (first !== undefined) return reject(`Row ${first} is already ${existing.name}.`);
			rowOfPupil.set(existing.id, row.rowNumber);
		}
		// A column the file does not have leaves the pupil's value as it is.
		const after: PupilValues = {
			name: pupil.name,
			upn: upn ?? existing?.upn ?? null,
			sen: pupil.sen ?? existing?.sen ?? 'none',
			disadvantaged: pupil.disadvantaged ?? existing?.disadvantaged ?? false,
			eal: pupil.eal ?? existing?.eal ?? false
		};
		const changes = existing ? changesTo(existing, after) : [];
		return {
			...planned,
			pupil: after,
			existing,
			changes,
			action: existing === null ? 'create' : changes.length > 0 ? 'update' : 'unchanged'
		};
	}

	const planned = table.rows.map(planRow);
	const { rows, classes } = placeInClasses(planned, choices.chosenClass, classByKey);
	const counts = { create: 0, update: 0, unchanged: 0, rejected: 0 };
	for (const row of rows) counts[row.action]++;
	return { rows, classes, counts };
}

/**
 * The classes the good rows go into. A new class takes its year from the first row that gives
 * one, else from the user's choice, else from its name ("5B"); rows of a new class with no
 * year at all are rejected.
 */
function placeInClasses(
	planned: PlannedRow[],
	chosenClass: ChosenClass | null,
	classByKey: Map<string, SchoolClass>
): { rows: PlannedRow[]; classes: PlannedClass[] } {
	const classes = new Map<string, PlannedClass | null>();
	for (const row of planned) {
		const key = nameKey(row.className);
		if (row.action === 'rejected' || classes.has(key)) continue;
		const existing = classByKey.get(key) ?? null;
		const yearGroup =
			existing?.yearGroup ??
			planned.find((r) => nameKey(r.className) === key && r.yearGroup)?.yearGroup ??
			(chosenClass && nameKey(chosenClass.name) === key ? chosenClass.yearGroup : null) ??
			yearFromClassName(row.className);
		classes.set(key, yearGroup ? { name: row.className, yearGroup, existing } : null);
	}
	const rows = planned.map((row) =>
		row.action !== 'rejected' && classes.get(nameKey(row.className)) === null
			? {
					...row,
					action: 'rejected' as const,
					reasons: [
						`${row.className} is a new class, and the file gives no year group for it. Add a year column, or choose the class’s year.`
					]
				}
			: row
	);
	return { rows, classes: [...classes.values()].filter((c) => c !== null) };
}

/** Whether importing would write anything: re-importing the same file writes nothing. */
export function importChangesAnything(plan: ImportPlan): boolean {
	return (
		plan.counts.create + plan.counts.update > 0 ||
		plan.classes.some((c) => c.existing === null || c.existing.archived)
	);
}
