// The service worker: after one visit the app works with no network. It keeps the app's
// own files (and nothing else) in a cache named by the build's version, answers the app's
// own GET requests from that cache first, and deletes the caches of older versions.
// It contacts no other site and never sees an answer (answers are never in a request).
//
// VERSION and FILES are written into dist/sw.js by scripts/post-build in a release build:
// the version is a hash of every built file, so any change to the app makes a new cache.
// A development build keeps 'dev' and caches nothing (live reload keeps working).
const VERSION = 'dev';
const FILES = [];

const PREFIX = 'calcinosis-aid-';
const CACHE = PREFIX + VERSION;
const ACTIVE = VERSION !== 'dev';

self.addEventListener('install', (event) => {
  if (!ACTIVE) {
    event.waitUntil(self.skipWaiting());
    return;
  }
  event.waitUntil(
    caches
      .open(CACHE)
      // cache: 'reload' so that the files come from the server, not an older HTTP cache.
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith(PREFIX) && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!ACTIVE || request.method !== 'GET') return;
  if (new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit ?? fetch(request)),
  );
});
