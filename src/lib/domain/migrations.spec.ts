import { describe, expect, it } from 'vitest';
import { migrateSchool } from './migrations';

const school = {
	settings: { id: 'school', schoolName: 'Hillside' },
	pupils: [{ id: 'p1', name: 'Ada' }],
	checks: [{ id: 'c1' }]
};

describe('migrating a stored school', () => {
	it('upgrades the settings record and every record of a table, version by version', () => {
		const migrations = {
			2: { pupils: (pupil: Record<string, unknown>) => ({ ...pupil, eal: false }) },
			4: {
				settings: (settings: Record<string, unknown>) => ({ ...settings, pastSlots: [] }),
				pupils: (pupil: Record<string, unknown>) => ({ ...pupil, eal: String(pupil.eal) })
			}
		};
		expect(migrateSchool(school, 1, 4, migrations)).toEqual({
			settings: { id: 'school', schoolName: 'Hillside', pastSlots: [] },
			pupils: [{ id: 'p1', name: 'Ada', eal: 'false' }],
			checks: [{ id: 'c1' }]
		});
	});

	it('runs only the versions after the one the school was made by', () => {
		const migrations = { 2: { checks: () => ({ id: 'changed' }) } };
		expect(migrateSchool(school, 2, 3, migrations)).toEqual(school);
		expect(migrateSchool(school, 1, 1, migrations)).toEqual(school);
	});
});
