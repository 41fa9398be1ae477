import { ValidationError, validate } from '$lib/db/validate';
import { hashPin, NewPin, pinMatches, PIN_ROUNDS } from '$lib/domain/lock/pin';
import { IdleMinutes, LockSetting } from '$lib/domain/lock/setting';
import { formatWait, isIdle, nextTryAt, waitAfter } from '$lib/domain/lock/timing';
import { deviceKey } from './preference.svelte';

const SETTING_KEY = deviceKey('lock');
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
 * - `watch()`: the app shell calls it once, to notice taps, idleness and the other tabs.
 * - `forget()`: this device's data has been erased, the lock with it.
 */
export class StaffLock {
	#setting = $state<LockSetting | null>(null);
	#locked = $state(false);
	#lastActivity = Date.now();
	#rounds: number;

	constructor(rounds = PIN_ROUNDS) {
		this.#rounds = rounds;
		this.#setting = this.#read();
		// A PIN is asked whenever Keep Up is opened.
		this.#locked = this.#setting !== null;
	}

	get enabled(): boolean {
		return this.#setting !== null;
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

	watch(): () => void {
		const seen = () => {
			if (!this.#locked) this.#lastActivity = Date.now();
		};
		const checkIdle = () => {
			const setting = this.#setting;
			if (setting && isIdle(this.#lastActivity, Date.now(), setting.idleMinutes)) this.#lock();
		};
		const fromOtherTab = (event: StorageEvent) => {
			if (event.key === SETTING_KEY || event.key === null) this.#setting = this.#read();
			if (event.key === LOCKED_KEY && event.newValue !== null) this.#lock();
			if (this.#setting === null) this.#locked = false;
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
		validate(NewPin, { pin, repeat });
		validate(IdleMinutes, idleMinutes);
		const stored = await hashPin(pin, this.#rounds);
		this.#write({ pin: stored, idleMinutes, wrongTries: 0, lastWrongAt: null });
		this.#lastActivity = Date.now();
	}

	setIdleMinutes(idleMinutes: number): void {
		const setting = this.#read();
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
		this.#locked = false;
	}

	#lock(): void {
		if (this.#setting) this.#locked = true;
	}

	/** Resolves when the PIN is the one set; counts a wrong one, which may make the next wait. */
	async #check(pin: string): Promise<void> {
		// Read afresh: another tab may have counted wrong PINs too.
		const setting = this.#read();
		this.#setting = setting;
		if (!setting) return;
		if (pin.trim() === '') throw new ValidationError(['Type the PIN.']);
		const now = Date.now();
		const waitUntil = nextTryAt(setting.wrongTries, setting.lastWrongAt);
		if (now < waitUntil) {
			throw new ValidationError([
				`Too many wrong PINs: try again in ${formatWait(waitUntil - now)}.`
			]);
		}
		if (await pinMatches(pin, setting.pin)) {
			if (setting.wrongTries > 0) this.#write({ ...setting, wrongTries: 0, lastWrongAt: null });
			return;
		}
		const wrongTries = setting.wrongTries + 1;
		this.#write({ ...setting, wrongTries, lastWrongAt: Date.now() });
		const wait = waitAfter(wrongTries);
		throw new ValidationError([
			wait > 0
				? `That PIN is not right. Wait ${formatWait(wait)} before trying again.`
				: 'That PIN is not right.'
		]);
	}

	/**
	 * A setting this version cannot read counts as no lock, rather than a device no one can open:
	 * whoever could damage it could read the school's data on the device anyway.
	 */
	#read(): LockSetting | null {
		const text = globalThis.localStorage?.getItem(SETTING_KEY);
		if (!text) return null;
		try {
			const parsed = LockSetting.safeParse(JSON.parse(text));
			return parsed.success ? parsed.data : null;
		} catch {
			return null;
		}
	}

	#write(setting: LockSetting): void {
		globalThis.localStorage?.setItem(SETTING_KEY, JSON.stringify(setting));
		this.#setting = setting;
	}
}

export const staffLock = new StaffLock();
