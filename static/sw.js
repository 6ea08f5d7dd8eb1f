// The service worker: after one visit the app works with no network. It keeps the app's
// own files (and nothing else) in a cache named by the build's version, answers the app's
// own GET requests from that cache first, and deletes the caches of older versions.
// It contacts no other site and never sees an answer (answers are never in a request).
//
// VERSION and CORE are written into dist/sw.js by scripts/post-build in a release build:
// the version is a hash of every built file, so any change to the app makes a new cache;
// CORE is what a first visit loads, kept when the worker installs. Other files of the app
// (the exchange module) are kept the first time the app fetches them.
// A development build keeps 'dev' and caches nothing (live reload keeps working).
const VERSION = 'dev';
const CORE = [];

const PREFIX = 'calcinosis-aid-';
const CACHE = PREFIX + VERSION;
const ACTIVE = VERSION !== 'dev';
// The folder the worker (and the app) is served from: only requests under it are kept.
const SCOPE = new URL('./', self.location.href).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (ACTIVE
      ? caches
          .open(CACHE)
          // cache: 'reload' so that the files come from the server, not an older HTTP cache.
          .then((cache) => cache.addAll(CORE.map((file) => new Request(file, { cache: 'reload' }))))
      : Promise.resolve()
    ).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!ACTIVE || request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then(
        (hit) =>
          hit ??
          fetch(request).then((response) => {
            // A file of this version not kept at install (the exchange module): keep it.
            if (response.ok && response.type === 'basic') cache.put(request, response.clone());
            return response;
          }),
      ),
    ),
  );
});
