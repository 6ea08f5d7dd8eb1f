// The service worker: after one visit the app works with no network. It answers only the
// requests for the build's own files, from a cache named by the build's version; every other
// request (another page of the site, a file of this folder that is not the app's, a query to
// a file) goes to the network untouched, as if there were no worker. It contacts no other
// site and never sees an answer (answers are never in a request).
//
// VERSION and FILES are written into dist/sw.js by scripts/post-build in a release build:
// FILES lists every file of the build, and VERSION is a hash of them all, so any change to
// the app makes a new cache. The worker keeps every file when it installs, and checks that
// together they hash to VERSION: a file of another build (deployed while this one installs)
// fails the install, and the next visit tries again. One build never mixes with another: no
// skipWaiting and no clients.claim, so a page is answered all its life by the worker of the
// build that served it, and a new build takes over once every page of the old one is closed.
// A development build keeps 'dev' and caches nothing (live reload keeps working).
const VERSION = 'dev';
const FILES = [];

const PREFIX = 'calcinosis-aid-';
const CACHE = PREFIX + VERSION;
const ACTIVE = VERSION !== 'dev';
// The folder the worker (and the app) is served from; the folder itself is index.html.
const SCOPE = new URL('./', self.location.href).href;
const OWN = new Set([SCOPE, ...FILES.map((file) => SCOPE + file)]);

const sha256 = async (data) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', data))].map((b) => b.toString(16).padStart(2, '0')).join('');

self.addEventListener('install', (event) => {
  if (!ACTIVE) return;
  event.waitUntil(
    // cache: 'reload' so that the files come from the server, not an older HTTP cache.
    Promise.all(FILES.map((file) => fetch(new Request(SCOPE + file, { cache: 'reload' })))).then(async (responses) => {
      // VERSION as scripts/post-build computes it: sha256sum of the files' sha256sum lines.
      let lines = '';
      for (const [i, response] of responses.entries()) {
        if (!response.ok) throw new Error(`${FILES[i]}: HTTP ${response.status}`);
        lines += `${await sha256(await response.clone().arrayBuffer())}  ${FILES[i]}\n`;
      }
      if ((await sha256(new TextEncoder().encode(lines))).slice(0, 16) !== VERSION) {
        throw new Error(`the files on the server are not build ${VERSION}`);
      }
      const cache = await caches.open(CACHE);
      const page = responses[FILES.indexOf('index.html')];
      await Promise.all([cache.put(SCOPE, page.clone()), ...responses.map((r, i) => cache.put(SCOPE + FILES[i], r))]);
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
