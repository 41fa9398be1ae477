import { describe, expect, it } from 'vitest';
import { eachRecord, migrateSchool } from './index';

const school = {
	settings: { id: 'school', schoolName: 'Hillside' },
	pupils: [{ id: 'p1', name: 'Ada' }],
	checks: [{ id: 'c1' }]
};

describe('migrating a stored school', () => {
	it('upgrades the settings record and every record of a table, version by version', () => {
		const migrations = {
			2: eachRecord({ pupils: (pupil) => ({ ...pupil, eal: false }) }),
			4: eachRecord({
				settings: (settings) => ({ ...settings, pastSlots: [] }),
				pupils: (pupil) => ({ ...pupil, eal: String(pupil.eal) })
			})
		};
		expect(migrateSchool(school, 1, 4, migrations)).toEqual({
			settings: { id: 'school', schoolName: 'Hillside', pastSlots: [] },
			pupils: [{ id: 'p1', name: 'Ada', eal: 'false' }],
			checks: [{ id: 'c1' }]
		});
	});

	it('runs only the versions after the one the school was made by', () => {
		const migrations = { 2: eachRecord({ checks: () => ({ id: 'changed' }) }) };
		expect(migrateSchool(school, 2, 3, migrations)).toEqual(school);
		expect(migrateSchool(school, 1, 1, migrations)).toEqual(school);
	});

	it('can move what one table held into another', () => {
		const migrations = {
			2: ({ pupils, ...rest }: Record<string, unknown>) => ({
				...rest,
				pupils: [],
				learners: pupils
			})
		};
		expect(migrateSchool(school, 1, 2, migrations)).toEqual({
			settings: school.settings,
			checks: school.checks,
			pupils: [],
			learners: school.pupils
		});
	});
});
