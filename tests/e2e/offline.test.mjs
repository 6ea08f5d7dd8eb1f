// Nothing leaves the browser, and after one visit the app needs no network at all.
//
// - A full walk, with saving on and every file made, records every request Chromium makes
//   and fails on any that is not one of the app's own static files (a GET of a file in
//   dist/, with no query); no cookie is set and no answer is ever in the address.
// - Offline: load once, wait until the service worker controls the page, go offline,
//   reload and complete a walk to the summary, files included.
// - A new version deployed over the old one gets a new cache once the old version's pages
//   are closed, and the old cache is deleted.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DIST,
  openApp,
  openPage,
  ownFilePaths,
  serveDist,
  showMyAnswers,
  useSite,
  waitForApp,
  walkToSummary,
} from './lib.mjs';

const site = useSite();

/** Waits until a service worker controls the page; resolves to the cache names. */
function controlled(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) =>
        navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }),
      );
    }
    return caches.keys();
  });
}

// The version scripts/post-build stamps: in the minified sw.js, the 16-hex-digit string that
// does not open a file's [hash, …] entry.
const stampedVersion = (dir) => readFileSync(join(dir, 'sw.js'), 'utf8').match(/(?<!\[)["']([0-9a-f]{16})["']/)?.[1];

async function download(page, name) {
  await showMyAnswers(page);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return file.failure();
}

test('a full walk requests nothing but the app\'s own files and sets no cookie', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin);
  const urls = [];
  context.on('request', (request) => urls.push(request.url()));
  try {
    await page.goto(`${site.server.origin}/`);
    await waitForApp(page, guard);
    await showMyAnswers(page);
    await page.getByRole('switch', { name: 'Keep my answers on this device' }).check();
    await walkToSummary(page);
    assert.equal(await download(page, 'Download my answers'), null);
    assert.equal(await download(page, 'Download for my clinic'), null);
    await page.reload();
    await waitForApp(page, guard);

    const own = ownFilePaths();
    for (const url of urls) {
      if (url.startsWith('blob:') || url.startsWith('data:')) continue;
      const { origin, pathname, search, hash } = new URL(url);
      assert.equal(origin, site.server.origin, `a request to another site: ${url}`);
      assert.ok(own.has(pathname), `a request for something that is not one of the app's files: ${url}`);
      assert.equal(search + hash, '', `a request with a query: ${url}`);
    }
    assert.ok(urls.length > 0);
    assert.deepEqual(await context.cookies(), [], 'a cookie was set');
    const address = new URL(page.url());
    assert.equal(address.pathname + address.search + address.hash, '/', 'the address changed');
    guard.assertClean('during the walk');
  } finally {
    await context.close();
  }
});

test('after one visit the app works offline', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin, { serviceWorkers: 'allow' });
  try {
    const caches = await controlled(page);
    const version = stampedVersion(DIST);
    assert.ok(version, 'dist/sw.js has no version: scripts/post-build did not stamp it');
    assert.deepEqual(caches, [`calcinosis-aid-${version}`], 'the cache is not named by the version');
    const kept = (file) =>
      page.evaluate(
        async ([name, file]) => Boolean(await (await caches.open(name)).match(file)),
        [`calcinosis-aid-${version}`, file],
      );
    assert.ok(await kept('calcinosis-aid_bg.wasm'), 'the app is not kept when the worker installs');
    // The exchange module is not part of a first visit: it is fetched (and kept) once the
    // summary is shown, so that files can be made offline later.
    assert.ok(!(await kept('calcinosis-exchange_bg.wasm')), 'the exchange module came with the first visit');
    await walkToSummary(page);
    await page.waitForFunction(
      async (name) => {
        const cache = await caches.open(name);
        const files = ['calcinosis-exchange.js', 'calcinosis-exchange_bg.wasm'];
        return (await Promise.all(files.map((file) => cache.match(file)))).every(Boolean);
      },
      `calcinosis-aid-${version}`,
    );
    // ... and the page's own requests for them have ended (going offline would cut them short).
    await page.waitForFunction(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => /calcinosis-exchange(\.js|_bg\.wasm)$/.test(entry.name)).length === 2,
    );

    await context.setOffline(true);
    await page.reload();
    await waitForApp(page, guard);
    await walkToSummary(page);
    // The exchange module comes from the cache too.
    assert.equal(await download(page, 'Download for my clinic'), null);
    guard.assertClean('offline');
  } finally {
    await context.close();
  }
});

test('a new version gets a new cache once the old one\'s pages are closed, and the old cache is deleted', async () => {
  // A copy of dist/ to deploy a "new version" over, in /app/ of the site: a page outside the
  // worker's scope can then watch it without being one of its pages.
  const dir = mkdtempSync(join(tmpdir(), 'calcinosis-aid-dist-'));
  const app = join(dir, 'app');
  cpSync(DIST, app, { recursive: true });
  const copy = await serveDist(dir);
  const files = new Set([...ownFilePaths()].map((path) => `/app${path}`));
  const { context, page, guard } = await openApp(site.browser, `${copy.origin}/app`, { serviceWorkers: 'allow', files });
  try {
    const old = stampedVersion(app);
    assert.deepEqual(await controlled(page), [`calcinosis-aid-${old}`]);

    // Deploy: a changed file, and the version and hash scripts/post-build would then write.
    const hash = () => createHash('sha256').update(readFileSync(join(app, 'start.js'))).digest('hex').slice(0, 16);
    const before = hash();
    appendFileSync(join(app, 'start.js'), '\n// new version\n');
    const next = 'feedfacecafebeef';
    const sw = readFileSync(join(app, 'sw.js'), 'utf8').replace(old, next).replace(before, hash());
    writeFileSync(join(app, 'sw.js'), sw);

    // The new worker installs, and waits while a page of the old version is open.
    const waiting = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
      const worker = registration.installing ?? registration.waiting;
      if (worker.state === 'installing') {
        await new Promise((done) =>
          worker.addEventListener('statechange', () => worker.state !== 'installing' && done()),
        );
      }
      return [worker.state, (await caches.keys()).length];
    });
    assert.deepEqual(waiting, ['installed', 2], 'the new worker did not wait beside the old one');
    guard.assertClean('while updating');

    // The old version's page goes; the new worker takes over and deletes the old cache.
    await page.goto('about:blank');
    // (A page at the site's root: openPage's guard would refuse it, being outside /app.)
    await context.unrouteAll();
    const outside = await context.newPage();
    await outside.goto(`${copy.origin}/`);
    const after = await outside.evaluate(async (name) => {
      const registration = await navigator.serviceWorker.getRegistration('/app/');
      const worker = registration.waiting ?? registration.active;
      if (worker.state !== 'activated') {
        await new Promise((done) =>
          worker.addEventListener('statechange', () => worker.state === 'activated' && done()),
        );
      }
      const start = await (await (await caches.open(name)).match('/app/start.js')).text();
      return { keys: await caches.keys(), fresh: start.includes('// new version') };
    }, `calcinosis-aid-${next}`);
    assert.deepEqual(after.keys, [`calcinosis-aid-${next}`], 'the old cache was not deleted');
    assert.ok(after.fresh, 'the new cache holds the old start.js');
  } finally {
    await context.close();
    await copy.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
