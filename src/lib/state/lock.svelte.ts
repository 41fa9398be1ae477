import type { LockSetting } from '$lib/domain/lock/setting';
import { isIdle, nextTryAt } from '$lib/domain/lock/timing';
import { LOCK_SETTING_KEY as SETTING_KEY, lockGate } from './lockGate.svelte';
import { deviceKey } from './preference.svelte';

/**
 * The PIN's hashing and the setting's schema come only when a lock is set or used, so that a
 * device without one downloads none of it on its first visit.
 */
const rules = () =>
	Promise.all([
		import('$lib/domain/lock/pin'),
		import('$lib/domain/lock/setting'),
		import('$lib/domain/lock/tries'),
		import('$lib/db/validate')
	]).then(([pin, setting, tries, checks]) => ({ ...pin, ...setting, ...tries, ...checks }));

/** Written when someone locks one tab, so that this device's other Keep Up tabs lock too. */
const LOCKED_KEY = deviceKey('locked-at');
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const IDLE_CHECK_MS = 10_000;

/**
 * The staff lock for a shared device: a PIN set on this device, asked whenever Keep Up is
 * opened and after the chosen minutes without a tap. While `locked`, the app shell shows only
 * the lock screen (the screens behind it stay as they were, hidden, so nothing typed is lost).
 *
 * The setting is this device's own (localStorage, under the keys "Erase all data on this
 * device" forgets): never in the school's records, backups or sync. A forgotten PIN cannot be
 * recovered, only erased with the device's data.
 *
 * For screens, and for pupil mode, which must be left only through the lock:
 * - `enabled`: a PIN is set on this device (pupil mode should ask for one to be set first).
 * - `locked`: Keep Up is behind the lock screen; nothing about any pupil may be shown.
 * - `lockNow()`: locks at once, in every Keep Up tab of this device. Pupil mode calls it when
 *   a pupil asks to leave, and shows staff screens again only once `locked` is false.
 * - `unlock(pin)`: resolves once the PIN is right; otherwise throws a ValidationError whose
 *   message says why (a wrong PIN, or a wait after several wrong ones), for an Attempt.
 * - `nextTryAt`: the time (ms) before which another try is refused; 0 when a try may be made.
 * - `turnOn(pin, repeat, idleMinutes)`, `setIdleMinutes(minutes)`, `turnOff(pin)`: Settings.
 * - `watch(paused)`: the app shell calls it once (through `lockGate`), to notice taps, idleness
 *   (except while `paused()`) and the other tabs.
 * - `ready`: resolves once the stored setting has been read (a lock set on this device locks at
 *   once, before it is read).
 * - `forget()`: this device's data has been erased, the lock with it.
 */
export class StaffLock {
	#setting = $state<LockSetting | null>(null);
	/** A setting is stored but not yet read: the lock is on meanwhile. */
	#reading = $state(false);
	#locked = $state(false);
	#lastActivity = Date.now();
	#focusBeforeLock: Element | null = null;
	/** PBKDF2 rounds for a new PIN; PIN_ROUNDS (domain/lock/pin.ts) unless a test asks for few. */
	#rounds: number | undefined;
	readonly ready: Promise<void>;

	constructor(rounds?: number) {
		this.#rounds = rounds;
		// A PIN is asked whenever Keep Up is opened: locked at once while the setting is read.
		this.#reading = stored() !== null;
		this.#locked = this.#reading;
		this.ready = this.#reread();
	}

	get enabled(): boolean {
		return this.#reading || this.#setting !== null;
	}

	get locked(): boolean {
		return this.#locked;
	}

	get idleMinutes(): number | null {
		return this.#setting?.idleMinutes ?? null;
	}

	get nextTryAt(): number {
		const setting = this.#setting;
		return setting ? nextTryAt(setting.wrongTries, setting.lastWrongAt) : 0;
	}

	watch(paused: () => boolean = () => false): () => void {
		const seen = () => {
			if (!this.#locked) this.#lastActivity = Date.now();
		};
		const checkIdle = () => {
			const setting = this.#setting;
			if (paused()) this.#lastActivity = Date.now();
			else if (setting && isIdle(this.#lastActivity, Date.now(), setting.idleMinutes)) this.#lock();
		};
		const fromOtherTab = (event: StorageEvent) => {
			if (event.key === LOCKED_KEY && event.newValue !== null) this.#lock();
			if (event.key === SETTING_KEY || event.key === null) void this.#reread();
		};
		for (const type of ACTIVITY) addEventListener(type, seen, { capture: true, passive: true });
		addEventListener('storage', fromOtherTab);
		document.addEventListener('visibilitychange', checkIdle);
		const timer = setInterval(checkIdle, IDLE_CHECK_MS);
		return () => {
			for (const type of ACTIVITY) removeEventListener(type, seen, { capture: true });
			removeEventListener('storage', fromOtherTab);
			document.removeEventListener('visibilitychange', checkIdle);
			clearInterval(timer);
		};
	}

	lockNow(): void {
		if (!this.enabled) return;
		this.#lock();
		globalThis.localStorage?.setItem(LOCKED_KEY, String(Date.now()));
	}

	async unlock(pin: string): Promise<void> {
		await this.#check(pin);
		this.#locked = false;
		this.#lastActivity = Date.now();
	}

	async turnOn(pin: string, repeat: string, idleMinutes: number): Promise<void> {
		const { NewPin, IdleMinutes, hashPin, validate } = await rules();
		validate(NewPin, { pin, repeat });
		validate(IdleMinutes, idleMinutes);
		const hashed = await hashPin(pin, this.#rounds);
		this.#write({ pin: hashed, idleMinutes, wrongTries: 0, lastWrongAt: null });
		this.#lastActivity = Date.now();
	}

	async setIdleMinutes(idleMinutes: number): Promise<void> {
		const { IdleMinutes, validate } = await rules();
		const setting = await this.#read();
		if (!setting) return;
		this.#write({ ...setting, idleMinutes: validate(IdleMinutes, idleMinutes) });
	}

	/** Turns the lock off; the PIN must be given, so that a passer-by cannot. */
	async turnOff(pin: string): Promise<void> {
		await this.#check(pin);
		globalThis.localStorage?.removeItem(SETTING_KEY);
		this.#setting = null;
		this.#locked = false;
	}

	forget(): void {
		this.#setting = null;
		this.#reading = false;
		this.#locked = false;
	}

	#lock(): void {
		if (!this.#setting || this.#locked) return;
		this.#focusBeforeLock = globalThis.document?.activeElement ?? null;
		this.#locked = true;
	}

	/** Where the keyboard was when Keep Up locked: the lock screen puts it back there. */
	get focusBeforeLock(): Element | null {
		return this.#focusBeforeLock;
	}

	/** Resolves when the PIN is the one set; counts a wrong one, which may make the next wait. */
	async #check(pin: string): Promise<void> {
		// Read afresh: another tab may have counted wrong PINs too.
		const setting = await this.#read();
		this.#setting = setting;
		if (!setting) return;
		const { tryPin, ValidationError } = await rules();
		const { next, problem } = await tryPin(setting, pin, Date.now());
		if (next) this.#write(next);
		if (problem) throw new ValidationError([problem]);
	}

	/**
	 * A setting this version cannot read counts as no lock, rather than a device no one can open:
	 * whoever could damage it could read the school's data on the device anyway.
	 */
	async #read(): Promise<LockSetting | null> {
		const text = stored();
		if (!text) return null;
		const { LockSetting } = await rules();
		try {
			const parsed = LockSetting.safeParse(JSON.parse(text));
			return parsed.success ? parsed.data : null;
		} catch {
			return null;
		}
	}

	/** Reads the stored setting again, and lets go of the lock when there is none. */
	async #reread(): Promise<void> {
		const setting = await this.#read();
		this.#setting = setting;
		this.#reading = false;
		if (setting === null) this.#locked = false;
	}

	#write(setting: LockSetting): void {
		globalThis.localStorage?.setItem(SETTING_KEY, JSON.stringify(setting));
		this.#setting = setting;
	}
}

function stored(): string | null {
	return globalThis.localStorage?.getItem(SETTING_KEY) ?? null;
}

export const staffLock = new StaffLock();
lockGate.adopt(staffLock);
