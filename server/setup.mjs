#!/usr/bin/env node
// Sets up (or brings up to date) one school's database on the school's CouchDB server:
// the database, who may read it (_security), who may change what (the design document), and
// an account for each adult on the school's roster. Run it again whenever staff join or leave.
//
//   COUCHDB_USER=admin COUCHDB_PASSWORD=… node server/setup.mjs \
//     --server http://127.0.0.1:5984 --database hillside --staff keep-up-staff-hillside.json
//
// The staff list comes from Keep Up (Settings → Download the staff list for the sync server);
// a Keep Up backup file works too. New accounts are printed with a first password, once.
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ADULT_ROLE_PREFIX, DESIGN_ID, designDocument, ROLES } from './design.mjs';

/** A problem the person running the script can act on: printed without a stack trace. */
export class SetupError extends Error {}

/**
 * The school and its adults from a staff list or a backup file.
 *
 * @param {string} text
 * @returns {{ schoolId: string, schoolName: string, adults: { id: string, name: string, role: string, archived: boolean }[] }}
 */
export function readStaff(text) {
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		throw new SetupError('The staff file is not a Keep Up staff list or backup (it is not JSON).');
	}
	const school = json?.kind === 'staff' ? json : json?.app === 'keep-up' ? json.school : null;
	const settings = json?.kind === 'staff' ? json : school?.settings;
	const adults = Array.isArray(school?.adults) ? school.adults : null;
	if (json?.app !== 'keep-up' || typeof settings?.schoolId !== 'string' || !adults) {
		throw new SetupError(
			'The staff file is not a Keep Up staff list or backup: download it from Keep Up’s Settings.'
		);
	}
	return {
		schoolId: settings.schoolId,
		schoolName: String(settings.schoolName),
		adults: adults
			.filter((/** @type {any} */ adult) => adult.deletedAt == null && ROLES.includes(adult.role))
			.map((/** @type {any} */ adult) => ({
				id: String(adult.id),
				name: String(adult.name),
				role: String(adult.role),
				archived: Boolean(adult.archived)
			}))
	};
}

/**
 * A user name made from an adult's name: "Mrs Green" becomes "mrs.green", with a number after
 * it when that is taken.
 *
 * @param {string} name
 * @param {Set<string>} taken
 */
export function userName(name, taken) {
	const base =
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '.')
			.replace(/^\.+|\.+$/g, '') || 'staff';
	let candidate = base;
	for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n}`;
	return candidate;
}

/** A first password that is easy to read out: three groups of four, no look-alike characters. */
export function firstPassword() {
	const letters = 'abcdefghjkmnpqrstuvwxyz23456789';
	const group = () => Array.from({ length: 4 }, () => letters[randomInt(letters.length)]).join('');
	return `${group()}-${group()}-${group()}`;
}

/**
 * Talks to CouchDB as its admin.
 *
 * @param {string} server
 * @param {string} user
 * @param {string} password
 */
function couch(server, user, password) {
	const auth = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
	/**
	 * @param {string} method
	 * @param {string} path
	 * @param {unknown} [body]
	 * @returns {Promise<{ status: number, body: any }>}
	 */
	return async (method, path, body) => {
		let response;
		try {
			response = await fetch(`${server}${path}`, {
				method,
				headers: {
					authorization: auth,
					'content-type': 'application/json',
					accept: 'application/json'
				},
				body: body === undefined ? undefined : JSON.stringify(body)
			});
		} catch {
			throw new SetupError(
				`Could not reach CouchDB at ${server}: is it running, and is the address right?`
			);
		}
		const text = await response.text();
		let parsed;
		try {
			parsed = JSON.parse(text);
		} catch {
			parsed = text;
		}
		if (response.status === 401) {
			throw new SetupError(
				'CouchDB refused the admin name or password (COUCHDB_USER, COUCHDB_PASSWORD).'
			);
		}
		return { status: response.status, body: parsed };
	};
}

/**
 * Sets up one school's database. Returns the accounts made this time, with their first
 * passwords, and the user names of every member.
 *
 * @param {{ server: string, database: string, staff: ReturnType<typeof readStaff>, admin: { user: string, password: string } }} options
 */
export async function setUpSchool({ server, database, staff, admin }) {
	const request = couch(server.replace(/\/+$/, ''), admin.user, admin.password);
	const db = `/${encodeURIComponent(database)}`;

	const created = await request('PUT', db);
	if (created.status !== 201 && created.status !== 202 && created.status !== 412) {
		throw new SetupError(
			`CouchDB would not create the database ${database}: ${JSON.stringify(created.body)}`
		);
	}

	const existing = await request('GET', `${db}/${DESIGN_ID}`);
	const ours = existing.status === 200 ? existing.body : null;
	if (ours?.keepUp && ours.keepUp.schoolId !== staff.schoolId) {
		throw new SetupError(
			`The database ${database} belongs to another school, ${ours.keepUp.schoolName}, not ${staff.schoolName}. Nothing was changed: choose another database name.`
		);
	}
	const design = { ...designDocument(staff), ...(ours?._rev ? { _rev: ours._rev } : {}) };
	const saved = await request('PUT', `${db}/${DESIGN_ID}`, design);
	if (saved.status >= 300) {
		throw new SetupError(`CouchDB would not save the rules: ${JSON.stringify(saved.body)}`);
	}

	const all = await request('GET', '/_users/_all_docs?include_docs=true');
	/** @type {any[]} */
	const users = (all.body?.rows ?? [])
		.map((/** @type {any} */ row) => row.doc)
		.filter((/** @type {any} */ doc) => doc?.type === 'user');
	const taken = new Set(users.map((user) => String(user.name)));
	const byAdult = new Map();
	for (const user of users) {
		for (const role of user.roles ?? []) {
			if (String(role).startsWith(ADULT_ROLE_PREFIX))
				byAdult.set(String(role).slice(ADULT_ROLE_PREFIX.length), user);
		}
	}

	/** @type {{ name: string, role: string, user: string, password: string }[]} */
	const made = [];
	const members = [];
	const leavers = new Set();
	for (const adult of staff.adults) {
		const user = byAdult.get(adult.id);
		if (adult.archived) {
			if (user) leavers.add(user.name);
			continue;
		}
		if (user) {
			// Another school's links stay; this school's role is the roster's.
			const roles = [
				adult.role,
				...user.roles.filter((/** @type {string} */ role) => !ROLES.includes(role))
			];
			if (roles.join() !== user.roles.join()) {
				await request('PUT', `/_users/${encodeURIComponent(user._id)}`, { ...user, roles });
			}
			members.push(user.name);
			continue;
		}
		const name = userName(adult.name, taken);
		taken.add(name);
		const password = firstPassword();
		const answer = await request('PUT', `/_users/org.couchdb.user:${encodeURIComponent(name)}`, {
			_id: `org.couchdb.user:${name}`,
			name,
			password,
			type: 'user',
			roles: [adult.role, `${ADULT_ROLE_PREFIX}${adult.id}`]
		});
		if (answer.status >= 300) {
			throw new SetupError(
				`CouchDB would not make the account ${name}: ${JSON.stringify(answer.body)}`
			);
		}
		made.push({ name: adult.name, role: adult.role, user: name, password });
		members.push(name);
	}

	const security = await request('GET', `${db}/_security`);
	const before = security.body?.members?.names ?? [];
	const names = [
		...new Set([...before.filter((/** @type {string} */ n) => !leavers.has(n)), ...members])
	].sort();
	const written = await request('PUT', `${db}/_security`, {
		admins: security.body?.admins ?? { names: [], roles: [] },
		members: { names, roles: [] }
	});
	if (written.status >= 300) {
		throw new SetupError(
			`CouchDB would not save who may read the database: ${JSON.stringify(written.body)}`
		);
	}
	return { made, members: names, leavers: [...leavers] };
}

async function main() {
	const { values } = parseArgs({
		options: {
			server: { type: 'string', default: 'http://127.0.0.1:5984' },
			database: { type: 'string' },
			staff: { type: 'string' }
		}
	});
	const admin = {
		user: process.env.COUCHDB_USER ?? '',
		password: process.env.COUCHDB_PASSWORD ?? ''
	};
	if (!values.database || !values.staff || !admin.user) {
		throw new SetupError(
			'Usage: COUCHDB_USER=admin COUCHDB_PASSWORD=… node server/setup.mjs --server http://127.0.0.1:5984 --database <name> --staff <staff list>'
		);
	}
	const staff = readStaff(readFileSync(values.staff, 'utf8'));
	const result = await setUpSchool({
		server: values.server,
		database: values.database,
		staff,
		admin
	});
	console.log(
		`${staff.schoolName}: database ${values.database} is set up, with ${result.members.length} members.`
	);
	for (const account of result.made) {
		console.log(
			`New account for ${account.name} (${account.role}): user name ${account.user}, first password ${account.password}`
		);
	}
	for (const leaver of result.leavers) console.log(`No longer a member: ${leaver}`);
	if (result.made.length > 0)
		console.log(
			'Give each person their user name and password; the passwords are not shown again.'
		);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	main().catch((error) => {
		console.error(error instanceof SetupError ? error.message : error);
		process.exit(1);
	});
}
