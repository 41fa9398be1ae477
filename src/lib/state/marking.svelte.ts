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
import { changeCheck } from '$lib/db/marking';
import { checkView, type CheckView } from '$lib/db/queries/check';
import { Writes } from './writes.svelte';

/**
 * A check on the marking screen. A tap shows as soon as its transaction has stored it (with its
 * regrouping): the screen shows the check as the write stored it, rather than waiting for the
 * check, its pupils and its groups to be read again, so the flagged list keeps up with the
 * teacher's finger on a slow tablet, and nothing shows that a closed tab could still lose. The
 * check read again takes over when it arrives, with the groups and any change from another tab
 * or device.
 */
export class Marking {
	#view: LiveQuery<CheckView | null>;
	#writes = new Writes();
	/** The check as this screen's last write stored it, and the check shown when it did. */
	#saved = $state.raw<{ check: Check; before: Check | undefined } | null>(null);

	constructor(checkId: () => string) {
		this.#view = new LiveQuery(() => {
			const id = checkId();
			return () => checkView(id);
		});
	}

	/** Undefined while loading; null when the check is not on this device. */
	get view(): CheckView | null | undefined {
		return this.#view.current;
	}

	/** The check as it is shown: as this screen last stored it, until it has been read again. */
	get check(): Check | undefined {
		const read = this.#view.current?.check;
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

	#change(step: MarkingStep): void {
		const id = this.check?.id;
		if (!id) return;
		const now = Date.now();
		this.#writes.save(async () => {
			const check = await changeCheck(id, step, now);
			this.#saved = { check, before: this.#view.current?.check };
		});
	}
}
