import { ValidationError } from '$lib/db/validate';
import { getSettings } from '$lib/db/queries/settings';
import { databaseName, serverAddress, syncProblem } from '$lib/domain/sync/problems';
import { saveSyncSetup, type SyncSetup } from './stored';
import { schoolOf, signIn } from './server';

export interface SignInForm {
	server: string;
	database: string;
	name: string;
	password: string;
}

function refuse(message: string): never {
	throw new ValidationError([message]);
}

/**
 * Signs in to the school's server and sets this device up to sync with its database: the
 * address and database must be right, the account a member of it, and the database of the
 * school on this device (when there is one). The password goes to the server only; the device
 * keeps the session cookie it is given. Nothing changes when any of this fails.
 */
export async function setUpSync(form: SignInForm): Promise<SyncSetup> {
	const server = serverAddress(form.server);
	if (typeof server !== 'string') refuse(server.message);
	const database = databaseName(form.database);
	if (typeof database !== 'string') refuse(database.message);
	if (form.name.trim() === '' || form.password === '') {
		refuse('Give your user name and password for the sync server.');
	}
	const signedIn = await signIn(server, form.name, form.password);
	if (!signedIn.ok) refuse(signedIn.problem.message);
	const school = await schoolOf(server, database);
	if (!school.ok) refuse(school.problem.message);
	const settings = await getSettings();
	if (settings && settings.schoolId !== school.value.schoolId) {
		refuse(syncProblem('other-school', school.value.schoolName).message);
	}
	const setup = { server, database, account: signedIn.value };
	saveSyncSetup(setup);
	return setup;
}

/** Signs in again after the session ended, or as another person on a shared tablet. */
export async function signInAgain(setup: SyncSetup, name: string, password: string) {
	if (name.trim() === '' || password === '') refuse('Give your user name and password.');
	const signedIn = await signIn(setup.server, name, password);
	if (!signedIn.ok) refuse(signedIn.problem.message);
	saveSyncSetup({ ...setup, account: signedIn.value });
}
