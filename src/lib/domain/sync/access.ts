import { judge, rules } from '$server/design.mjs';

export { adultsOf, roleOf } from './roles';

/** A person's account on the school's sync server, as its session tells. */
export interface Account {
	name: string;
	roles: string[];
}

/**
 * Why the server would refuse this change from this account, or null when it accepts it:
 * the very function the server's design document runs, so this device holds back what the
 * server would refuse rather than find out.
 */
export function refusal(
	account: Pick<Account, 'roles'>,
	schoolId: string,
	doc: { _id: string; _deleted?: boolean; table?: string; records?: unknown[] },
	before: { _deleted?: boolean; records?: unknown[] } | null
): string | null {
	try {
		judge(doc, before, { roles: account.roles }, rules, schoolId);
		return null;
	} catch (error) {
		const reason = (error as { forbidden?: unknown }).forbidden;
		return typeof reason === 'string' ? reason : 'The server’s rules do not allow this change.';
	}
}
