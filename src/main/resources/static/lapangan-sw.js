// Field app service worker: keeps the page and its assets for use without a signal.
// Reports themselves are queued by the page (localStorage) and never by this worker.
'use strict';
var CACHE = 'praja-lapangan-v1';
var SHELL = ['lapangan', 'css/praja.css', 'css/command.css', 'js/lapangan.js', 'img/lapangan-icon.svg'];

self.addEventListener('install', function (event) {
	var base = self.registration.scope;
	event.waitUntil(caches.open(CACHE).then(function (cache) {
		return Promise.all(SHELL.map(function (path) {
			return fetch(base + path, { credentials: 'same-origin' }).then(function (r) {
				if (r.ok && !r.redirected) { return cache.put(base + path, r); }
			}).catch(function () { /* offline while installing: next time */ });
		}));
	}).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
	event.waitUntil(caches.keys().then(function (keys) {
		return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
	}).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
	var request = event.request;
	if (request.method !== 'GET') { return; }
	var url = new URL(request.url);
	if (url.origin !== self.location.origin || url.pathname.indexOf('/api/') >= 0) { return; }
	var base = self.registration.scope;
	if (request.mode === 'navigate' && url.href.indexOf(base + 'lapangan') === 0) {
		// the page: fresh when online (new CSRF token), the kept copy when not
		event.respondWith(fetch(request).then(function (r) {
			if (r.ok && !r.redirected) {
				var copy = r.clone();
				caches.open(CACHE).then(function (cache) { cache.put(base + 'lapangan', copy); });
			}
			return r;
		}).catch(function () { return caches.match(base + 'lapangan'); }));
		return;
	}
	if (SHELL.some(function (path) { return url.href === base + path; })) {
		event.respondWith(fetch(request).then(function (r) {
			if (r.ok) {
				var copy = r.clone();
				caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
			}
			return r;
		}).catch(function () { return caches.match(request); }));
	}
});
