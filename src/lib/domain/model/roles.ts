/** The roles of the adults of a school: on its roster and, with sync, on its server. */
export const ROLES = ['teacher', 'ta', 'lead'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
	teacher: 'Teacher',
	ta: 'Teaching assistant',
	lead: 'Maths lead'
};
