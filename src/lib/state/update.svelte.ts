import { version } from '$app/environment';

const LOOK_EVERY_MS = 60 * 60_000;

/**
 * A new version of Keep Up, installed in the background by its service worker. It waits until
 * the person chooses to use it, so an update never lands in the middle of recording; until
 * then this page runs the version it opened with, offline too.
 */
class AppUpdate {
	#ready = $state(false);
	#registration: ServiceWorkerRegistration | null = null;
	#reloading = false;

	/** A newer version than this page's is waiting for a reload. */
	get ready(): boolean {
		return this.#ready;
	}

	async watch(): Promise<void> {
		const workers = navigator.serviceWorker;
		if (!workers) return;
		// The worker keeps this version's files while any page still runs it.
		const announce = () => workers.controller?.postMessage({ running: true, version });
		let controlled = workers.controller !== null;
		announce();
		workers.addEventListener('controllerchange', () => {
			announce();
			// Another tab chose the new version; this page still runs the old one.
			if (controlled && !this.#reloading) this.#ready = true;
			controlled = true;
		});

		const registration = await workers.ready;
		this.#registration = registration;
		const notice = () => {
			if (registration.waiting && workers.controller) this.#ready = true;
		};
		registration.addEventListener('updatefound', () => {
			registration.installing?.addEventListener('statechange', notice);
		});
		notice();

		// A tablet can stay open for days: look for a new version now and then, and when it is
		// picked up again.
		const look = () => void registration.update().catch(() => undefined);
		setInterval(look, LOOK_EVERY_MS);
		addEventListener('online', look);
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') look();
		});
	}

	/** Reloads into the new version: the person chose to. */
	apply(): void {
		this.#reloading = true;
		const waiting = this.#registration?.waiting;
		if (!waiting) {
			location.reload();
			return;
		}
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
		waiting.postMessage('use-new-version');
	}
}

export const appUpdate = new AppUpdate();
