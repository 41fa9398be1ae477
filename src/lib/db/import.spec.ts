import { describe, expect, it, vi } from 'vitest';
import { sampleTable, type SampleFile } from '$factories/roster';
import { recogniseColumns } from '$lib/domain/csv/columns';
import { db } from './database';
import { importClassList } from './import';

function importSample(file: SampleFile) {
	const table = sampleTable(file);
	return importClassList(table, { mapping: recogniseColumns(table.headers), chosenClass: null });
}

describe('importing a class list', () => {
	it('creates the class and its pupils', async () => {
		const plan = await importSample('bromcom-8M2.csv');
		expect(plan.counts.create).toBe(29);
		const [eightM2] = await db.classes.toArray();
		expect(eightM2).toMatchObject({ name: '8M2', yearGroup: 8, teacherId: null });
		const pupils = await db.pupils.where('classId').equals(eightM2.id).toArray();
		expect(pupils).toHaveLength(29);
		expect(pupils.find((p) => p.name === 'Layla Robinson')).toMatchObject({
			upn: 'H886234520302',
			sen: 'E'
		});
	});

	it('imports only the good rows of a file with faults', async () => {
		const plan = await importSample('arbor-6H-with-errors.csv');
		expect(plan.counts).toMatchObject({ create: 8, rejected: 4 });
		const names = (await db.pupils.toArray()).map((p) => p.name);
		expect(names).toHaveLength(8);
		expect(names).not.toContain('Chloe Khan');
		expect(names).not.toContain('Muhammad Ahmed');
		expect(names).not.toContain('Charlie Cooper');
	});

	it('a second time changes nothing, not even updatedAt', async () => {
		await importSample('sims-4R.csv');
		const before = await db.pupils.toArray();
		const again = await importSample('sims-4R.csv');
		expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 30, rejected: 0 });
		expect(await db.pupils.toArray()).toEqual(before);
		expect(await db.classes.count()).toBe(1);
	});

	it('is all or nothing: a failed write leaves no new class behind', async () => {
		const failure = vi.spyOn(db.pupils, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
		await expect(importSample('arbor-5B.csv')).rejects.toThrow('disk full');
		failure.mockRestore();
		expect(await db.classes.count()).toBe(0);
		expect(await db.pupils.count()).toBe(0);
	});
});
