import { ROLES, type Role } from '../model/roles';

/** The screens each role is offered on a device that syncs; the server enforces the rest. */
const SCREENS: Record<Role, readonly string[]> = {
	teacher: ['/teach', '/answer', '/intervene', '/board', '/review', '/roster', '/settings'],
	ta: ['/intervene', '/settings'],
	lead: ['/review', '/leading', '/board', '/intervene', '/settings']
};

/**
 * Whether a person with these server roles is offered the screen at this path (and its
 * sub-pages): a teacher who is also the maths lead is offered the screens of both.
 */
export function offers(account: { roles: readonly string[] }, path: string): boolean {
	if (path === '/') return true;
	return ROLES.some(
		(role) =>
			account.roles.includes(role) &&
			SCREENS[role].some((screen) => path === screen || path.startsWith(`${screen}/`))
	);
}
