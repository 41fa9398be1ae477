import { onDestroy } from 'svelte';
import {
	pauseRun,
	readRun,
	startRun,
	timeLeft,
	TIMER_AT_REST,
	type KeptRun,
	type TimerRun
} from '$lib/domain/timer';

const PREFIX = 'keep-up.timer.';

function read(key: string): unknown {
	try {
		return JSON.parse(globalThis.localStorage?.getItem(key) ?? 'null');
	} catch {
		return null;
	}
}

/** The timers of earlier days are of no more use: they are let go. */
function forgetOtherDays(date: string): void {
	const storage = globalThis.localStorage;
	if (!storage) return;
	const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
	for (const key of keys) {
		if (key.startsWith(PREFIX) && readRun(read(key), date) === null) {
			storage.removeItem(key);
		}
	}
}

/**
 * One group's session timer. It is kept on the device as it runs, so a reload or a closed tab
 * carries on where it was; when the time is up it says so, and the tablet buzzes once where it
 * can. Only times are kept, under the group's id: nothing about a pupil.
 */
export class SessionTimer {
	#key: string;
	#date: string;
	#total: number;
	#run = $state<TimerRun>(TIMER_AT_REST);
	#now = $state(Date.now());
	#ticking: ReturnType<typeof setInterval> | undefined;

	constructor(groupId: string, date: string, minutes: number) {
		this.#key = `${PREFIX}${groupId}`;
		this.#date = date;
		this.#total = minutes * 60_000;
		forgetOtherDays(date);
		this.#run = readRun(read(this.#key), date) ?? TIMER_AT_REST;
		if (this.#run.startedAt !== null) this.#tick();
		onDestroy(() => clearInterval(this.#ticking));
	}

	get left(): number {
		return Math.max(0, timeLeft(this.#total, this.#run, this.#now));
	}

	get running(): boolean {
		return this.#run.startedAt !== null;
	}

	get started(): boolean {
		return this.#run.ran > 0 || this.running;
	}

	get finished(): boolean {
		return this.left <= 0;
	}

	start(): void {
		this.#now = Date.now();
		this.#save(startRun(this.#run, this.#now));
		this.#tick();
	}

	pause(): void {
		clearInterval(this.#ticking);
		this.#save(pauseRun(this.#total, this.#run, Date.now()));
	}

	reset(): void {
		clearInterval(this.#ticking);
		this.#save(TIMER_AT_REST);
	}

	/**
	 * Counts down; at the end the timer stops, and buzzes when it runs out on screen (not when
	 * the page opens on a time already up).
	 */
	#tick(): void {
		clearInterval(this.#ticking);
		const step = (buzz: boolean) => {
			this.#now = Date.now();
			if (timeLeft(this.#total, this.#run, this.#now) > 0) return;
			this.pause();
			if (buzz) globalThis.navigator?.vibrate?.([200, 100, 200]);
		};
		step(false);
		if (this.running) this.#ticking = setInterval(() => step(true), 250);
	}

	#save(run: TimerRun): void {
		this.#run = run;
		const kept: KeptRun = { date: this.#date, ...run };
		if (run.ran === 0 && run.startedAt === null) globalThis.localStorage?.removeItem(this.#key);
		else globalThis.localStorage?.setItem(this.#key, JSON.stringify(kept));
	}
}
