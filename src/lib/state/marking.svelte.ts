import type { Override } from '$lib/domain/codes';
import {
	withAbsent,
	withEveryoneCorrect,
	withMark,
	withNextMark,
	withOverride,
	type MarkingStep
} from '$lib/domain/marking';
import type { Check } from '$lib/domain/model/check';
import { assignGroup, movePupilToGroup, rebuildGroups, setLocked } from '$lib/db/groups';
import { LiveQuery } from '$lib/db/live.svelte';
import { changeCheck, followFlags } from '$lib/db/marking';
import { checkContext, liveCheck, type CheckContext, type CheckView } from '$lib/db/queries/check';
import { untrack } from 'svelte';
import { Writes } from './writes.svelte';

/** How long after a tap with no other the groups follow it, in ms. */
const FOLLOW_AFTER_MS = 250;

/**
 * A check on the marking screen. A tap shows as soon as its transaction has stored it, and the
 * groups follow when the taps pause (see changeCheck). The screen shows the check as the write
 * stored it, rather than waiting for the check, its pupils and its groups to be read again, so
 * the flagged list keeps up with the teacher's finger on a slow tablet, and nothing shows that
 * a closed tab could still lose. The check read again takes over when it arrives, with the
 * groups and any change from another tab or device.
 */
export class Marking {
	/** The check as stored: null when it is not on this device. */
	#read: LiveQuery<Check | null>;
	/** The rest of the screen, read again when it changes rather than at every tap. */
	#context: LiveQuery<{ checkId: string; context: CheckContext } | null>;
	/** What the rest depends on: the check's class, date and pupils, which taps leave alone. */
	#contextKey = $derived.by(() => {
		const check = this.#read.current;
		return check ? [check.id, check.classId, check.date, ...check.pupilIds].join(' ') : null;
	});
	/** The two together, once both are read for the same check. */
	#view = $derived.by((): CheckView | null | undefined => {
		const check = this.#read.current;
		const context = this.#context.current;
		if (check === null) return null;
		if (!check || context?.checkId !== check.id) return undefined;
		return { check, ...context.context };
	});
	#writes = new Writes();
	/** The check as this screen's last write stored it, and the check shown when it did. */
	#saved = $state.raw<{ check: Check; before: Check | undefined } | null>(null);
	#following: ReturnType<typeof setTimeout> | undefined;

	constructor(checkId: () => string) {
		this.#read = new LiveQuery(() => {
			const id = checkId();
			return () => liveCheck(id);
		});
		this.#context = new LiveQuery(() => {
			const check = this.#contextKey === null ? null : untrack(() => this.#read.current);
			if (!check) return () => null;
			return async () => ({ checkId: check.id, context: await checkContext(check) });
		});
	}

	/** Undefined while loading; null when the check is not on this device. */
	get view(): CheckView | null | undefined {
		return this.#view;
	}

	/** The check as it is shown: as this screen last stored it, until it has been read again. */
	get check(): Check | undefined {
		const read = this.#read.current ?? undefined;
		const saved = this.#saved;
		return saved && saved.check.id === read?.id && saved.before === read ? saved.check : read;
	}

	/** The saves of this screen, and what to say when one fails. */
	get writes(): Writes {
		return this.#writes;
	}

	cycle(pupilId: string, questionId: string): void {
		this.#change((check, now) => withNextMark(check, pupilId, questionId, now));
	}

	mark(pupilId: string, questionId: string, code: number): void {
		this.#change((check, now) => withMark(check, pupilId, questionId, code, now));
	}

	everyoneCorrect(): void {
		this.#change(withEveryoneCorrect);
	}

	absent(pupilId: string, absent: boolean): void {
		this.#change((check, now) => withAbsent(check, pupilId, absent, now));
	}

	override(pupilId: string, override: Override, reason: string | null): void {
		this.#change((check, now) => withOverride(check, pupilId, override, reason, now));
	}

	moveToGroup(pupilId: string, fromId: string, toId: string | null): void {
		this.#writes.save(() => movePupilToGroup(pupilId, fromId, toId));
	}

	assign(groupId: string, adultId: string | null, slotId: string | null): void {
		this.#writes.save(() => assignGroup(groupId, adultId, slotId));
	}

	lock(groupId: string, locked: boolean): void {
		this.#writes.save(() => setLocked(groupId, locked));
	}

	rebuildGroups(): void {
		const check = this.check;
		if (check) this.#writes.save(() => rebuildGroups(check.id));
	}

	/**
	 * The groups follow the flags once the teacher pauses: a run of taps regroups once, and no
	 * tap waits for the regrouping of the one before.
	 */
	#followSoon(): void {
		clearTimeout(this.#following);
		this.#following = setTimeout(() => {
			this.#following = undefined;
			this.#writes.saveAfter(() => followFlags());
		}, FOLLOW_AFTER_MS);
	}

	#change(step: MarkingStep): void {
		const id = this.check?.id;
		if (!id) return;
		const now = Date.now();
		this.#writes.save(async () => {
			const { check, regroup } = await changeCheck(id, step, now);
			this.#saved = { check, before: this.#read.current ?? undefined };
			if (regroup || this.#following !== undefined) this.#followSoon();
		});
	}
}
