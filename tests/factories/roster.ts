import { openCsv, type CsvTable } from '$lib/domain/csv/read';
import type { Adult, Pupil, SchoolClass } from '$lib/domain/model/roster';

export type SampleFile =
	'arbor-5B.csv' | 'arbor-6H-with-errors.csv' | 'bromcom-8M2.csv' | 'sims-4R.csv';

// Bundled by Vite rather than read from disk, so that tests in a real browser can use them too.
// The samples are plain ASCII, so their text encodes back to exactly the bytes of the file.
const SAMPLES = import.meta.glob<string>('../fixtures/csv/*.csv', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** The bytes of a sample MIS export in tests/fixtures/csv. */
export function sampleBytes(file: SampleFile): Uint8Array {
	const text = SAMPLES[`../fixtures/csv/${file}`];
	if (text === undefined) throw new Error(`No sample file ${file}`);
	return new TextEncoder().encode(text);
}

/** A sample MIS export, read as the import reads it. */
export function sampleTable(file: SampleFile): CsvTable {
	const opened = openCsv(sampleBytes(file));
	if (!opened.ok) throw new Error(opened.problem);
	return opened.table;
}

/** A class list typed as CSV text in a test. */
export function csvTable(text: string): CsvTable {
	const opened = openCsv(new TextEncoder().encode(text));
	if (!opened.ok) throw new Error(opened.problem);
	return opened.table;
}

export function schoolClass(name: string, extra: Partial<SchoolClass> = {}): SchoolClass {
	return {
		id: `class-${name}`,
		name,
		yearGroup: Number.parseInt(name, 10) || 5,
		teacherId: null,
		archived: false,
		updatedAt: 1,
		deletedAt: null,
		...extra
	};
}

export function pupil(name: string, classId: string, extra: Partial<Pupil> = {}): Pupil {
	return {
		id: `pupil-${name.toLowerCase().replace(/\W+/g, '-')}`,
		classId,
		name,
		upn: null,
		sen: 'none',
		disadvantaged: false,
		eal: false,
		archived: false,
		pastClassIds: [],
		updatedAt: 1,
		deletedAt: null,
		...extra
	};
}

/** An adult for tests: teaching assistants run groups. */
export function adult(id: string, name: string, role: Adult['role']): Adult {
	return {
		id,
		name,
		role,
		runsGroups: role === 'ta',
		archived: false,
		updatedAt: 0,
		deletedAt: null
	};
}
