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
 * A check on the marking screen. A tap shows at once: the screen applies the same pure step to
 * the check it shows that the database then applies, in order and with the tap's time, to the
 * stored check. The stored check takes over once the last tap's write has landed and the check
 * has been read again since, or at once if a change is refused; it does not hang on the clock,
 * so a change from another tab or device shows even when that device's clock is behind. The
 * flagged list follows the teacher's finger even on a slow tablet; groups follow when the write
 * has landed.
 */
export class Marking {
	#view: LiveQuery<CheckView | null>;
	#writes = new Writes();
	/** The check as this screen's last tap left it, and that tap's number. */
	#tapped = $state.raw<{ check: Check; tap: number } | null>(null);
	#taps = 0;
	/** The last tap whose write has landed, and the stored check as it was read then. */
	#landed = $state.raw<{ tap: number; stored: Check | undefined }>({ tap: 0, stored: undefined });

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

	/** The check as it is shown: with every tap made here, saved or on its way. */
	get check(): Check | undefined {
		const stored = this.#view.current?.check;
		const tapped = this.#tapped;
		if (!tapped || tapped.check.id !== stored?.id) return stored;
		const landed = this.#landed;
		return landed.tap < tapped.tap || stored === landed.stored ? tapped.check : stored;
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
		const check = this.check;
		if (!check) return;
		const now = Date.now();
		const tap = ++this.#taps;
		try {
			this.#tapped = { check: step(check, now), tap };
		} catch {
			// The database refuses it with the reason, which the screen then shows.
		}
		this.#writes.save(async () => {
			try {
				await changeCheck(check.id, step, now);
			} catch (error) {
				this.#tapped = null;
				throw error;
			}
			if (tap === this.#taps) this.#landed = { tap, stored: this.#view.current?.check };
		});
	}
}
