/** What can stand between a device and its school's server, each said in plain words. */
export type SyncProblemKind =
	| 'address'
	| 'database-name'
	| 'unreachable'
	| 'not-a-server'
	| 'wrong-password'
	| 'signed-out'
	| 'no-role'
	| 'no-database'
	| 'not-member'
	| 'not-set-up'
	| 'other-school'
	| 'full-disk'
	| 'server-error';

export interface SyncProblem {
	kind: SyncProblemKind;
	message: string;
}

const NOTHING_LOST = 'Nothing on this device has been lost.';

export function syncProblem(kind: SyncProblemKind, detail = ''): SyncProblem {
	const messages: Record<SyncProblemKind, string> = {
		address:
			'The server’s address must be a web address starting with https:// (http:// only on this computer, for trying it out), such as https://keepup.yourschool.sch.uk/couchdb.',
		'database-name':
			'The school’s database is a name of lower-case letters, digits and _ $ ( ) + - /, starting with a letter, such as hillside.',
		unreachable: `Keep Up could not reach the server${detail ? ` at ${detail}` : ''}. Check the address and the connection: sync starts again by itself when the server answers. ${NOTHING_LOST}`,
		'not-a-server': `There is a web server at ${detail}, but it is not a Keep Up sync server: check the address with whoever set up the server.`,
		'wrong-password': 'The user name or password is wrong. Nothing was changed.',
		'signed-out': `You are signed out of the sync server: sign in again to carry on syncing. Changes made meanwhile wait on this device. ${NOTHING_LOST}`,
		'no-role':
			'Your server account has no Keep Up role (teacher, ta or lead). Ask whoever set up the server to add you with the set-up script.',
		'no-database': `The server has no database called “${detail}”. Check the school’s database name with whoever set up the server.`,
		'not-member': `Your server account is not a member of the database “${detail}”. Ask whoever set up the server to add you with the set-up script.`,
		'not-set-up': `The database “${detail}” has not been set up for Keep Up: ask whoever looks after the server to run Keep Up’s set-up script for it.`,
		'other-school': `This database belongs to another school, ${detail}, not the school on this device, even if they share a name. Nothing was sent or changed.`,
		'full-disk': `This device is out of storage space, so sync has stopped. Free some space: sync starts again by itself. ${NOTHING_LOST}`,
		'server-error': `The server could not do what was asked${detail ? ` (${detail})` : ''}. Sync tries again by itself. ${NOTHING_LOST}`
	};
	return { kind, message: messages[kind] };
}

/** A server address as typed, made into one form, or the problem with it. */
export function serverAddress(typed: string): string | SyncProblem {
	let url: URL;
	try {
		url = new URL(typed.trim());
	} catch {
		return syncProblem('address');
	}
	const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
		return syncProblem('address');
	}
	if (url.search || url.hash || url.username) return syncProblem('address');
	return url.href.replace(/\/+$/, '');
}

/** CouchDB's own rule for database names. */
export function databaseName(typed: string): string | SyncProblem {
	const name = typed.trim();
	return /^[a-z][a-z0-9_$()+/-]*$/.test(name) ? name : syncProblem('database-name');
}
