import { z } from 'zod';
import { DESIGN_ID } from '$server/design.mjs';
import { roleOf, type Account } from '$lib/domain/sync/access';
import { syncProblem, type SyncProblem } from '$lib/domain/sync/problems';

/** The school a database on the server was set up for (by the set-up script). */
export interface DatabaseSchool {
	schoolId: string;
	schoolName: string;
}

type Answer<T> = { ok: true; value: T } | { ok: false; problem: SyncProblem };

const SessionSchema = z.object({
	userCtx: z.object({ name: z.string().nullable(), roles: z.array(z.string()) })
});
const SignedInSchema = z.object({ name: z.string(), roles: z.array(z.string()) });
const DesignSchema = z.object({
	keepUp: z.object({ schoolId: z.string(), schoolName: z.string() })
});

const fail = <T>(problem: SyncProblem): Answer<T> => ({ ok: false, problem });

/** A request to the server with the person's session cookie; null when it cannot be reached. */
async function call(url: string, init: RequestInit = {}): Promise<Response | null> {
	try {
		return await fetch(url, {
			...init,
			credentials: 'include',
			headers: { accept: 'application/json', 'content-type': 'application/json' }
		});
	} catch {
		return null;
	}
}

async function json(response: Response): Promise<unknown> {
	try {
		return await response.json();
	} catch {
		return undefined;
	}
}

/** Signs in with the person's server account: the server keeps the session in a cookie. */
export async function signIn(
	server: string,
	name: string,
	password: string
): Promise<Answer<Account>> {
	const response = await call(`${server}/_session`, {
		method: 'POST',
		body: JSON.stringify({ name: name.trim(), password })
	});
	if (!response) return fail(syncProblem('unreachable', server));
	if (response.status === 401) return fail(syncProblem('wrong-password'));
	const body = SignedInSchema.safeParse(await json(response));
	if (!response.ok || !body.success) return fail(syncProblem('not-a-server', server));
	if (!roleOf(body.data)) return fail(syncProblem('no-role'));
	return { ok: true, value: body.data };
}

/** Who the session cookie belongs to now: null when signed out. */
export async function currentAccount(server: string): Promise<Answer<Account | null>> {
	const response = await call(`${server}/_session`);
	if (!response) return fail(syncProblem('unreachable', server));
	const body = SessionSchema.safeParse(await json(response));
	if (!body.success) return fail(syncProblem('not-a-server', server));
	const { name, roles } = body.data.userCtx;
	return { ok: true, value: name === null ? null : { name, roles } };
}

export async function signOut(server: string): Promise<void> {
	await call(`${server}/_session`, { method: 'DELETE' });
}

/** The school a database belongs to, or why it cannot be synced with. */
export async function schoolOf(server: string, database: string): Promise<Answer<DatabaseSchool>> {
	const base = `${server}/${encodeURIComponent(database)}`;
	const info = await call(base);
	if (!info) return fail(syncProblem('unreachable', server));
	if (info.status === 404) return fail(syncProblem('no-database', database));
	if (info.status === 401 || info.status === 403) return fail(syncProblem('not-member', database));
	if (!info.ok) return fail(syncProblem('server-error', String(info.status)));
	const design = await call(`${base}/${DESIGN_ID}`);
	if (!design) return fail(syncProblem('unreachable', server));
	const body = DesignSchema.safeParse(await json(design));
	if (!design.ok || !body.success) return fail(syncProblem('not-set-up', database));
	return { ok: true, value: body.data.keepUp };
}
