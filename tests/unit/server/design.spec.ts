import { describe, expect, it } from 'vitest';
import { ADULT_ROLE_PREFIX, designDocument, judge, rules } from '../../../server/design.mjs';
import { ADULT_ROLE_PREFIX as APP_PREFIX } from '$lib/domain/sync/roles';

const SCHOOL = 'hillside';
const teacher = { roles: ['teacher', 'adult:t1'] };
const ta = { roles: ['ta', 'adult:a1'] };
const lead = { roles: ['lead', 'adult:l1'] };

const doc = (table: string, records: Record<string, unknown>[]) => ({
	_id: `${table}:x`,
	table,
	records
});

/** What the server's validate_doc_update says, run from the design document's own source. */
function served(
	newDoc: object,
	oldDoc: object | null,
	userCtx: { roles: string[] }
): string | null {
	const source = designDocument({ schoolId: SCHOOL, schoolName: 'Hillside' }).validate_doc_update;
	// eslint-disable-next-line @typescript-eslint/no-implied-eval -- CouchDB, too, runs it from its source
	const validate = new Function(`return (${source})`)() as (...args: unknown[]) => void;
	try {
		validate(newDoc, oldDoc, userCtx);
		return null;
	} catch (error) {
		return (error as { forbidden: string }).forbidden;
	}
}

function direct(
	newDoc: object,
	oldDoc: object | null,
	userCtx: { roles: string[] }
): string | null {
	try {
		judge(newDoc as never, oldDoc as never, userCtx, rules, SCHOOL);
		return null;
	} catch (error) {
		return (error as { forbidden: string }).forbidden;
	}
}

describe('who may change what on the sync server', () => {
	for (const [how, say] of [
		['the design document', served],
		['the rule the app runs', direct]
	] as const) {
		describe(`as ${how} says`, () => {
			it('lets only a teacher change checks, groups, the roster and the settings', () => {
				for (const table of [
					'checks',
					'groups',
					'pupils',
					'classes',
					'adults',
					'bank',
					'answers'
				]) {
					expect(say(doc(table, [{ id: 'x' }]), null, teacher)).toBeNull();
					expect(say(doc(table, [{ id: 'x' }]), null, ta)).toMatch(/^Only a teacher can change/);
					expect(say(doc(table, [{ id: 'x' }]), null, lead)).toMatch(/^Only a teacher can change/);
				}
				expect(say(doc('checks', []), null, ta)).toBe('Only a teacher can change checks.');
			});

			it('lets each adult record only their own outcomes, whatever their role', () => {
				const mine = doc('outcomes', [{ id: 'd~a1', adultId: 'a1' }]);
				const theirs = doc('outcomes', [{ id: 'd~a2', adultId: 'a2' }]);
				expect(say(mine, null, ta)).toBeNull();
				expect(say(theirs, null, ta)).toBe(
					'Only the adult who ran a group can record its outcomes.'
				);
				expect(say(theirs, null, teacher)).not.toBeNull();
				// Nor by taking over another adult's record.
				expect(say(mine, theirs, ta)).not.toBeNull();
			});

			it('lets only the maths lead record visits and save governor reports', () => {
				for (const table of ['visits', 'reports']) {
					expect(say(doc(table, [{ id: 'x' }]), null, lead)).toBeNull();
					expect(say(doc(table, [{ id: 'x' }]), null, teacher)).toMatch(/^Only the maths lead/);
					expect(say(doc(table, [{ id: 'x' }]), null, ta)).toMatch(/^Only the maths lead/);
				}
				// A teacher who is also the maths lead may do both.
				const both = { roles: ['teacher', 'lead', 'adult:t1'] };
				expect(say(doc('visits', [{ id: 'x' }]), null, both)).toBeNull();
				expect(say(doc('checks', [{ id: 'x' }]), null, both)).toBeNull();
			});

			it('judges a deletion by the document it deletes', () => {
				const deletion = { _id: 'outcomes:x', _deleted: true };
				expect(say(deletion, doc('outcomes', [{ adultId: 'a1' }]), ta)).toBeNull();
				expect(say(deletion, doc('outcomes', [{ adultId: 'a2' }]), ta)).not.toBeNull();
				expect(say({ _id: 'checks:x', _deleted: true }, doc('checks', []), ta)).not.toBeNull();
			});

			it('refuses settings of another school, an unknown table, and a stranger', () => {
				expect(say(doc('settings', [{ schoolId: SCHOOL }]), null, teacher)).toBeNull();
				expect(say(doc('settings', [{ schoolId: 'oakfield' }]), null, teacher)).toMatch(
					/another school/
				);
				expect(say(doc('lessons', []), null, teacher)).toMatch(/does not know this kind/);
				expect(say(doc('checks', []), null, { roles: [] })).not.toBeNull();
				expect(say({ _id: 'checks:x', table: 'groups', records: [] }, null, teacher)).toMatch(
					/not in the form/
				);
				expect(say(doc('checks', []), null, { roles: ['_admin'] })).toBeNull();
			});
		});
	}

	it('names the linked adult the same way in the app and on the server', () => {
		expect(APP_PREFIX).toBe(ADULT_ROLE_PREFIX);
	});
});
