// The design document of a school's database: who may change what, enforced by the server.
// The app judges its own changes with the same function before sending them, so the two
// cannot disagree. Written in ES5: CouchDB runs validate_doc_update in its own JavaScript engine.
import rules from './rules.json' with { type: 'json' };

export const DESIGN_ID = '_design/keep-up';

/** The role names of the server accounts, as Keep Up's roster names them. */
export const ROLES = ['teacher', 'ta', 'lead'];

/** An account is linked to its adult on the school's roster by a role of this form. */
export const ADULT_ROLE_PREFIX = rules.adultRolePrefix;

/**
 * Throws `{ forbidden: reason }` when the account may not make this change, as CouchDB
 * expects of validate_doc_update; returns nothing when it may.
 *
 * @param {Record<string, any>} newDoc the document as it would be written (or a deletion)
 * @param {Record<string, any> | null} oldDoc the document it replaces, if any
 * @param {{ roles?: string[] }} userCtx the account making the change
 * @param {typeof rules} rules who may write each table (rules.json)
 * @param {string} schoolId the school whose database this is
 */
export function judge(newDoc, oldDoc, userCtx, rules, schoolId) {
	var roles = userCtx.roles || [];
	if (roles.indexOf('_admin') !== -1) return;
	var id = String(newDoc._id);
	var table = id.slice(0, id.indexOf(':'));
	/** @type {{ roles: string[], noun: string, owner?: string, ownerMessage?: string } | undefined} */
	var rule = Object.prototype.hasOwnProperty.call(rules.tables, table)
		? /** @type {Record<string, any>} */ (rules.tables)[table]
		: undefined;
	if (!rule) {
		throw { forbidden: 'Keep Up does not know this kind of record, so nobody may change it here.' };
	}
	var names = { teacher: 'a teacher', ta: 'a teaching assistant', lead: 'the maths lead' };
	var allowed = false;
	for (var r = 0; r < rule.roles.length; r++) {
		if (roles.indexOf(rule.roles[r]) !== -1) allowed = true;
	}
	if (!allowed) {
		var who = [];
		for (var w = 0; w < rule.roles.length; w++) {
			who.push(/** @type {Record<string, string>} */ (names)[rule.roles[w]]);
		}
		throw { forbidden: 'Only ' + who.join(' or ') + ' can change ' + rule.noun + '.' };
	}
	if (!newDoc._deleted && (newDoc.table !== table || !Array.isArray(newDoc.records))) {
		throw { forbidden: 'This record is not in the form Keep Up writes.' };
	}
	var docs = [oldDoc, newDoc._deleted ? null : newDoc];
	for (var d = 0; d < docs.length; d++) {
		var doc = docs[d];
		if (!doc || doc._deleted || !Array.isArray(doc.records)) continue;
		for (var i = 0; i < doc.records.length; i++) {
			var record = doc.records[i];
			if (rule.owner && roles.indexOf(rules.adultRolePrefix + record[rule.owner]) === -1) {
				throw { forbidden: rule.ownerMessage };
			}
			if (table === 'settings' && doc === newDoc && record.schoolId !== schoolId) {
				throw { forbidden: 'These settings are of another school than this database’s.' };
			}
		}
	}
}

/**
 * The design document for one school's database: its identity (refused by a device of
 * another school) and the rules of rules.json, enforced on every write.
 *
 * @param {{ schoolId: string, schoolName: string }} school
 */
export function designDocument(school) {
	return {
		_id: DESIGN_ID,
		keepUp: { schoolId: school.schoolId, schoolName: school.schoolName },
		validate_doc_update: [
			'function (newDoc, oldDoc, userCtx) {',
			'  var RULES = ' + JSON.stringify(rules) + ';',
			'  var SCHOOL = ' + JSON.stringify(school.schoolId) + ';',
			'  (' + judge.toString() + ')(newDoc, oldDoc, userCtx, RULES, SCHOOL);',
			'}'
		].join('\n')
	};
}

export { rules };
