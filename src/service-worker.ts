/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { build, files, version } from '$service-worker';

// Keep Up must work all afternoon on a tablet with no Wi-Fi: the whole app is precached
// on the first visit, and every request is answered from the cache first.
const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `keep-up-${version}`;
const APP = [...build, ...files, './'];
const OWN = new Set(APP.map((path) => new URL(path, location.href).pathname));

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(APP))
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => worker.clients.claim())
	);
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	// Only Keep Up's own files: anything else on this origin, such as the school's sync server
	// behind it, goes to the network untouched (a held-open request stays the page's to cancel).
	if (url.origin !== location.origin) return;
	if (request.mode !== 'navigate' && !OWN.has(url.pathname)) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// With hash routing every page of the app is the one shell at the root.
			const key = request.mode === 'navigate' ? new URL('./', location.href).href : request;
			const cached = await cache.match(key);
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
