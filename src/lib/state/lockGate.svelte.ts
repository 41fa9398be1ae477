import type { StaffLock } from './lock.svelte';
import { deviceKey } from './preference.svelte';

/** Where this device keeps its staff lock: the PIN's hash, the idle minutes, the wrong tries. */
export const LOCK_SETTING_KEY = deviceKey('lock');

const hasLock = () => globalThis.localStorage?.getItem(LOCK_SETTING_KEY) != null;

/**
 * What the app shell needs of the staff lock, without the lock itself: a device with no PIN
 * (most first visits, and every new school) never downloads the lock. It is loaded when a PIN
 * is stored here, or set in another tab, or when a screen that sets one loads it, and from then
 * on the gate answers for it. Until it is loaded, a device with a PIN stays locked.
 */
class LockGate {
	#lock = $state.raw<StaffLock | null>(null);
	#stored = $state(hasLock());
	#paused: () => boolean = () => false;
	#watching = false;
	#stopLock: (() => void) | null = null;

	get locked(): boolean {
		return this.#lock ? this.#lock.locked : this.#stored;
	}

	get enabled(): boolean {
		return this.#lock ? this.#lock.enabled : this.#stored;
	}

	lockNow(): void {
		this.#lock?.lockNow();
	}

	/** Called by the lock as it loads. */
	adopt(lock: StaffLock): void {
		this.#lock = lock;
		if (this.#watching) this.#stopLock = lock.watch(this.#paused);
	}

	/**
	 * The app shell calls it once. `paused` says when idleness should not lock: in pupil mode the
	 * pupils are using the device, and it shows them nothing of anyone else.
	 */
	watch(paused: () => boolean): () => void {
		this.#watching = true;
		this.#paused = paused;
		const load = () => void import('./lock.svelte');
		const fromOtherTab = (event: StorageEvent) => {
			if (this.#lock || (event.key !== LOCK_SETTING_KEY && event.key !== null)) return;
			this.#stored = hasLock();
			if (this.#stored) load();
		};
		if (this.#stored) load();
		addEventListener('storage', fromOtherTab);
		return () => {
			this.#watching = false;
			removeEventListener('storage', fromOtherTab);
			this.#stopLock?.();
		};
	}
}

export const lockGate = new LockGate();
