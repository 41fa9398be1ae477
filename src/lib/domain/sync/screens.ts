import type { Role } from '../model/roles';

/** The screens each role is offered on a device that syncs; the server enforces the rest. */
const SCREENS: Record<Role, readonly string[]> = {
	teacher: ['/teach', '/intervene', '/review', '/roster', '/settings'],
	ta: ['/intervene', '/settings'],
	lead: ['/review', '/intervene', '/settings']
};

/** Whether a person of this role is offered the screen at this path (and its sub-pages). */
export function offers(role: Role, path: string): boolean {
	return (
		path === '/' || SCREENS[role].some((screen) => path === screen || path.startsWith(`${screen}/`))
	);
}
