/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, version } from '$service-worker';

// Keep Up must work all afternoon on a tablet with no Wi-Fi: the whole app is precached
// on the first visit, and every request is answered from the cache first.
//
// An update must never break a page that is still running the old version: the new worker
// waits until someone chooses "Reload" (or every Keep Up tab is closed), and even then the old
// version's files stay cached until no open page runs that version. Each page tells the worker
// which version it runs; those notes live in a cache of their own, so that the next version's
// worker reads them too.
const worker = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'keep-up-';
const CACHE = `${PREFIX}${version}`;
const PAGES = `${PREFIX}pages`;
// The build's files are named by their contents; the shell and the static files keep their
// names from one version to the next, so they are fetched past the browser's HTTP cache, which
// may still hold the last version's.
const APP = [...build, ...[...files, './'].map((file) => new Request(file, { cache: 'no-cache' }))];
// Keep Up's own files: this version's, and older versions' (all under _app/), which a page
// still running one may ask for.
const OWN = new Set(
	[...build, ...files, './'].map((path) => new URL(path, location.href).pathname)
);
const APP_FILES = new URL('./_app/', location.href).pathname;

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(APP)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(worker.clients.claim().then(forgetUnusedVersions));
});

worker.addEventListener('message', (event) => {
	const data: unknown = event.data;
	if (data === 'use-new-version') {
		event.waitUntil(worker.skipWaiting());
	} else if (isRunning(data) && event.source && 'id' in event.source) {
		event.waitUntil(notePage(event.source.id, data.version).then(forgetUnusedVersions));
	}
});

function isRunning(data: unknown): data is { running: true; version: string } {
	return typeof data === 'object' && data !== null && 'running' in data && 'version' in data;
}

function pageKey(clientId: string): string {
	return new URL(`./__keep-up-page/${encodeURIComponent(clientId)}`, location.href).href;
}

async function notePage(clientId: string, running: string): Promise<void> {
	const pages = await caches.open(PAGES);
	await pages.put(pageKey(clientId), new Response(running));
}

/**
 * Deletes the caches of versions that no open page runs. A page whose version is not known
 * yet (it has only just opened, or was opened by an older worker) keeps every version, and
 * nothing is deleted while a newer version is installing or waiting: its cache is not in use
 * yet either.
 */
async function forgetUnusedVersions(): Promise<void> {
	if (worker.registration.installing || worker.registration.waiting) return;
	const [open, pages, names] = await Promise.all([
		worker.clients.matchAll({ type: 'window', includeUncontrolled: true }),
		caches.open(PAGES),
		caches.keys()
	]);
	const openKeys = new Set(open.map((client) => pageKey(client.id)));
	const inUse = new Set([version]);
	for (const request of await pages.keys()) {
		if (!openKeys.has(request.url)) {
			await pages.delete(request);
			continue;
		}
		const response = await pages.match(request);
		if (response) inUse.add(await response.text());
		openKeys.delete(request.url);
	}
	if (openKeys.size > 0) return;
	const unused = names.filter(
		(name) => name.startsWith(PREFIX) && name !== PAGES && !inUse.has(name.slice(PREFIX.length))
	);
	await Promise.all(unused.map((name) => caches.delete(name)));
}

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Only Keep Up's own files: anything else on this origin, such as the school's sync server
	// behind it, goes to the network untouched (a held-open request stays the page's to cancel).
	if (url.origin !== location.origin) return;
	const own = OWN.has(url.pathname) || url.pathname.startsWith(APP_FILES);
	if (request.mode !== 'navigate' && !own) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// With hash routing every page of the app is the one shell at the root: a page opened
			// now gets this version's.
			if (request.mode === 'navigate') {
				const shell = await cache.match(new URL('./', location.href).href);
				if (shell) return shell;
			}
			// A file of this version, or of an older one that a page still running it asks for.
			const cached = (await cache.match(request)) ?? (await caches.match(request));
			if (cached) return cached;
			try {
				return await fetch(request);
			} catch {
				return new Response('Keep Up is offline and this file was not saved.', {
					status: 503,
					headers: { 'content-type': 'text/plain; charset=utf-8' }
				});
			}
		})()
	);
});
