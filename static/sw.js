// The service worker: after one visit the app works with no network. It answers only the
// requests for the build's own files, from a cache named by the build's version; every other
// request (another page of the site, a file of this folder that is not the app's, a query to
// a file) goes to the network untouched, as if there were no worker. It contacts no other
// site and never sees an answer (answers are never in a request).
//
// VERSION and FILES are written into dist/sw.js by scripts/post-build in a release build:
// the version is a hash of every built file, so any change to the app makes a new cache;
// FILES lists every file of the build with its SHA-256. The worker keeps them all when it
// installs, each checked against its hash: a file of another build (deployed while this one
// installs) fails the install, and the next visit tries again. One build never mixes with
// another: no skipWaiting and no clients.claim, so a page is answered all its life by the
// worker of the build that served it, and a new build takes over once every page of the old
// one is closed.
// A development build keeps 'dev' and caches nothing (live reload keeps working).
const VERSION = 'dev';
const FILES = {};

const PREFIX = 'calcinosis-aid-';
const CACHE = PREFIX + VERSION;
const ACTIVE = VERSION !== 'dev';
// The folder the worker (and the app) is served from.
const SCOPE = new URL('./', self.location.href).href;
// The build's own files, by address (no query), with their SHA-256; the folder itself is
// index.html.
const OWN = new Map(Object.entries(FILES).map(([file, hash]) => [new URL(file, SCOPE).href, hash]));
if (FILES['index.html']) OWN.set(SCOPE, FILES['index.html']);

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

self.addEventListener('install', (event) => {
  if (!ACTIVE) return;
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        [...OWN].map(([url, hash]) =>
          // cache: 'reload' so that the files come from the server, not an older HTTP cache.
          fetch(new Request(url, { cache: 'reload' })).then(async (response) => {
            const body = response.ok && (await response.clone().arrayBuffer());
            if (!body || hex(await crypto.subtle.digest('SHA-256', body)) !== hash) {
              throw new Error(`${url} is not a file of build ${VERSION}`);
            }
            return cache.put(url, response);
          }),
        ),
      ).catch((error) => caches.delete(CACHE).then(() => Promise.reject(error))),
    ),
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
      ),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  const key = url.origin + url.pathname;
  // Not one of the build's files: the network decides (its Cache-Control included).
  if (!ACTIVE || request.method !== 'GET' || !OWN.has(key)) return;
  // Only the page takes settings in its query (?lang=es); a query to any other file is not
  // the app's request.
  const page = key === SCOPE || key === SCOPE + 'index.html';
  if (url.search && !page) return;
  event.respondWith(caches.match(key, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
