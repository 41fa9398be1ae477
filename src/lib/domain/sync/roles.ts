import { ROLES, type Role } from '../model/roles';

/** An account is linked to its adult on the roster by a role `adult:<id>` (server/design.mjs). */
export const ADULT_ROLE_PREFIX = 'adult:';

/** The Keep Up role of a server account's roles; a teacher who is also a lead counts as a teacher. */
export function roleOf(account: { roles: readonly string[] }): Role | null {
	return ROLES.find((role) => account.roles.includes(role)) ?? null;
}

/** The adults of the roster this account is linked to (one, unless it serves several schools). */
export function adultsOf(account: { roles: readonly string[] }): string[] {
	return account.roles
		.filter((role) => role.startsWith(ADULT_ROLE_PREFIX))
		.map((role) => role.slice(ADULT_ROLE_PREFIX.length));
}
