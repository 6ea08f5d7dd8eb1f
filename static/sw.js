// The service worker: after one visit the app works with no network. It answers only the
// requests for the build's own files, from a cache named by the build's version; every other
// request (another page of the site, a file of this folder that is not the app's, a query to
// a file) goes to the network untouched, as if there were no worker. It contacts no other
// site and never sees an answer (answers are never in a request).
//
// VERSION and FILES are written into dist/sw.js by scripts/post-build in a release build:
// VERSION is a hash of every built file, so any change to the app makes a new cache; FILES
// maps each file the app loads to [the start of its SHA-256, 1 if a first visit loads it].
// Those a first visit loads are kept when the worker installs; the others (the exchange
// module, the texts en.pack and es.pack) the first time the app asks for them. Each is kept only if its hash is this build's: a file of
// another build (deployed since) fails the install, or is passed on uncached, so one build
// never mixes with another in the cache. No skipWaiting: a new build takes over once every
// page of the old one is closed, never under a page of the old one.
// A development build keeps 'dev' and caches nothing (live reload keeps working).
const VERSION = 'dev';
const FILES = {};

const PREFIX = 'calcinosis-aid-';
const CACHE = PREFIX + VERSION;
const ACTIVE = VERSION !== 'dev';
// The folder the worker (and the app) is served from; the folder itself is index.html.
const SCOPE = new URL('./', self.location.href).href;
const HASH = new Map(Object.entries(FILES).map(([file, hash]) => [SCOPE + file, hash]));
HASH.set(SCOPE, FILES['index.html']);

/** `response` if it is ok and the build's `url` (its SHA-256 starts with the listed hash). */
const ours = async (url, response) => {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
  const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  return response.ok && hex.startsWith(HASH.get(url)[0]) && response;
};

/** Fetches the build's `url` from the server and keeps it; false when it is not this build's. */
const keep = (url) =>
  // cache: 'reload' so that the file comes from the server, not an older HTTP cache.
  fetch(url, { cache: 'reload' }).then(
    async (response) => (await ours(url, response)) && caches.open(CACHE).then((c) => c.put(url, response).then(() => true)),
  );

self.addEventListener('install', (event) => {
  if (!ACTIVE) return;
  const first = [...HASH].filter(([, hash]) => hash[1]).map(([url]) => url);
  event.waitUntil(
    Promise.all(first.map(keep)).then(async (kept) => {
      // The server holds another build's files: nothing is kept, the install fails.
      if (!kept.every(Boolean)) throw await caches.delete(CACHE);
    }),
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
      // The page that installed this first worker is answered by it too (there is no older
      // build's worker; a later build waits until the old pages are closed).
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  const key = url.origin + url.pathname;
  // Not one of the build's files: the network decides (its Cache-Control included). Only
  // the page takes settings in its query (?lang=es); a query to another file is not the app's.
  if (!ACTIVE || request.method !== 'GET' || !HASH.has(key) || (url.search && key !== SCOPE && key !== SCOPE + 'index.html')) return;
  event.respondWith(
    caches.match(key, { cacheName: CACHE }).then(
      (hit) =>
        hit ??
        fetch(request).then(async (response) => {
          // Kept only if it is this build's file; else the page gets it as from the network.
          if (await ours(key, response)) await caches.open(CACHE).then((c) => c.put(key, response.clone()));
          return response;
        }),
    ),
  );
});
