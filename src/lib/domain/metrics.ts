import { primaryNeed } from './grouping';
import { KEYSTONE_IDS, type KeystoneId } from './keystones';
import type { Check } from './model/check';
import { isClosedCode } from './outcomes';
import { isFlagged, marksAt } from './tickets';

export interface KeystoneFlags {
	keystoneId: KeystoneId;
	flagged: number;
	closed: number;
}

/** Flags by the keystone of each flagged pupil's primary need, and how many closed the same day. */
export function flagsByKeystone(checks: readonly Check[]): KeystoneFlags[] {
	const rows = new Map(KEYSTONE_IDS.map((id) => [id, { keystoneId: id, flagged: 0, closed: 0 }]));
	for (const check of checks) {
		for (let i = 0; i < check.pupilIds.length; i++) {
			if (!isFlagged(check.rule[i], check.overrides[i])) continue;
			const row = rows.get(
				check.questions[primaryNeed(marksAt(check, i), check.questions)].keystoneId
			);
			if (!row) continue;
			row.flagged++;
			if (isClosedCode(check.recheck[i], check.security[i])) row.closed++;
		}
	}
	return [...rows.values()];
}
