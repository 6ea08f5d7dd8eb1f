// H1 and L4 (security review): the service worker answers and keeps only the build's own
// files, and one build never mixes with another. Also: no worker on a clinic's page that
// mounts the aid, and in an iframe a worker for the aid's folder only.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, appReady, launchBrowser, serve } from './lib.mjs';
import { ownFilePaths } from '../e2e/lib.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** Every address the page's origin keeps in Cache Storage (path and query). */
const cached = (page) =>
  page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const url = new URL(request.url);
        out.push(url.pathname + url.search);
      }
    }
    return out.sort();
  });

test('H1: with dist/ at a site\'s root, the other pages of the site are neither kept nor answered by the worker', async () => {
  const overrides = new Map();
  const site = await serve({
    routes: [['/', DIST]],
    overrides,
    headers: (path) => (path.startsWith('/portal/') ? { 'Cache-Control': 'no-store' } : {}),
  });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    overrides.set('/news.html', ['text/html', '<p id=v>news v1: clinic open</p>']);
    const account = (user) => `<p id=v>Portal of ${user}: lab results, next appointment</p>`;
    await page.goto(`${site.origin}/`);
    await appReady(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, `${site.origin}/`);
    // The worker controls the pages of the site from the next load on.
    await page.reload();
    await appReady(page);
    assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'no worker controls the page');

    // Alice uses the portal (a no-store page) on this device, then the news.
    overrides.set('/portal/account.html', ['text/html', account('alice')]);
    await page.goto(`${site.origin}/portal/account.html?user=alice`);
    await page.goto(`${site.origin}/news.html`);
    // The server changes: news v2, and Bob's page.
    overrides.set('/news.html', ['text/html', '<p id=v>news v2: CLINIC CLOSED TODAY</p>']);
    overrides.set('/portal/account.html', ['text/html', account('bob')]);
    await page.goto(`${site.origin}/news.html`);
    assert.equal(await page.textContent('#v'), 'news v2: CLINIC CLOSED TODAY', 'the news page is stale');
    await page.goto(`${site.origin}/portal/account.html?user=bob`);
    assert.match(await page.textContent('#v'), /Portal of bob/, "Bob was shown Alice's page");
    // What is kept: the build's own files (those a first visit loads), nothing else.
    const kept = await cached(page);
    const own = ownFilePaths();
    assert.deepEqual(kept.filter((p) => !own.has(p)), [], 'the worker kept pages that are not the app\'s');
    for (const file of ['/', '/index.html', '/start.js', '/calcinosis-aid_bg.wasm']) assert.ok(kept.includes(file), `${file} not kept`);
  } finally {
    await context.close();
    await site.close();
  }
});

test('H1: a query to one of the aid\'s files, or a file of its folder that is not the app\'s, goes to the network', async () => {
  const overrides = new Map();
  const site = await serve({ routes: [['/aid/', DIST]], overrides });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/aid/`);
    await appReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await appReady(page);
    overrides.set('/aid/notes.txt', ['text/plain', 'notes v1']);
    const text = (path) => page.evaluate((p) => fetch(p).then((r) => r.text()), path);
    assert.equal(await text('/aid/notes.txt'), 'notes v1');
    overrides.set('/aid/notes.txt', ['text/plain', 'notes v2']);
    assert.equal(await text('/aid/notes.txt'), 'notes v2', 'a file that is not the app\'s was kept');
    const before = site.log.length;
    await text('/aid/start.js?x=1');
    assert.ok(site.log.slice(before).includes('/aid/start.js?x=1'), 'a query to a file was answered from the cache');
    // The page itself with its settings comes from the cache (the aid works offline).
    const asked = site.log.length;
    await page.goto(`${site.origin}/aid/?lang=es`);
    await appReady(page);
    assert.ok(!site.log.slice(asked).some((p) => p.startsWith('/aid/?') || p === '/aid/'), 'the page was not answered from the cache');
    assert.ok(!(await cached(page)).some((p) => p.includes('notes') || p.includes('?')));
  } finally {
    await context.close();
    await site.close();
  }
});

test('L4: a file of another build is never kept: it fails the install, or passes uncached', async () => {
  const overrides = new Map();
  const site = await serve({ routes: [['/aid/', DIST]], overrides });
  const context = await browser.newContext();
  const marker = ';globalThis.__exchangeBuild="B";';
  try {
    const page = await context.newPage();
    // Build B's stylesheet is on the server before the worker of build A installs.
    overrides.set('/aid/main.css', ['text/css', `${readFileSync(join(DIST, 'main.css'), 'utf8')}/* build B */`]);
    await page.goto(`${site.origin}/aid/?hide-intro`);
    await appReady(page);
    // The worker registers once the page has loaded, fetches the first visit's files, and
    // fails: no worker is left (for 2 s in a row), none waits or is active, nothing is kept.
    const deadline = Date.now() + 15_000;
    while (!site.log.includes('/aid/sw.js') && Date.now() < deadline) await page.waitForTimeout(100);
    let state;
    let gone = 0;
    while (gone < 10 && Date.now() < deadline) {
      await page.waitForTimeout(200);
      state = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        return r ? { installing: Boolean(r.installing), waiting: Boolean(r.waiting), active: Boolean(r.active) } : 'none';
      });
      if (state !== 'none' && (state.waiting || state.active)) break;
      gone = state === 'none' ? gone + 1 : 0;
    }
    assert.ok(site.log.includes('/aid/sw.js'), 'no worker was registered');
    assert.equal(state, 'none', `a worker installed with another build's file: ${JSON.stringify(state)}`);
    assert.deepEqual(await page.evaluate(() => caches.keys()), []);

    // The server is consistent again: the next visit installs, with build A's file.
    overrides.delete('/aid/main.css');
    await page.reload();
    await appReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await appReady(page);
    // Now build B's exchange glue appears, after the install and before build A's page
    // needs it: the page gets it as it would with no worker, but the cache never holds it.
    overrides.set('/aid/calcinosis-exchange.js', ['text/javascript', readFileSync(join(DIST, 'calcinosis-exchange.js'), 'utf8') + marker]);
    assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'no worker controls the page');
    // (Build A's may be kept already, if the app has loaded it: take it out.)
    await page.evaluate(async () => {
      for (const name of await caches.keys()) await (await caches.open(name)).delete('calcinosis-exchange.js');
    });
    await page.evaluate(() => fetch('calcinosis-exchange.js').then((r) => r.text()));
    const keptB = await page.evaluate(async () => {
      const out = [];
      for (const name of await caches.keys()) {
        const hit = await (await caches.open(name)).match('calcinosis-exchange.js');
        out.push(hit ? (await hit.text()).includes('__exchangeBuild') : null);
      }
      return out;
    });
    assert.deepEqual(keptB, [null], 'build B\'s exchange module was kept in build A\'s cache');
    // Build A's, once the server has it again, is kept.
    overrides.delete('/aid/calcinosis-exchange.js');
    await page.evaluate(() => fetch('calcinosis-exchange.js').then((r) => r.text()));
    const keptA = await page.evaluate(async () => {
      const [name] = await caches.keys();
      return Boolean(await (await caches.open(name)).match('calcinosis-exchange.js'));
    });
    assert.ok(keptA, 'build A\'s exchange module was not kept');
  } finally {
    await context.close();
    await site.close();
  }
});

test('a clinic\'s page that mounts the aid gets no worker; an iframe gets one for the aid\'s folder only', async () => {
  const overrides = new Map();
  const site = await serve({ routes: [['/calcinosis-aid/', DIST]], overrides });
  overrides.set('/mount.html', ['text/html', '<!doctype html><script type=module src="/calcinosis-aid/start.js"></script><div id="calcinosis-aid" data-clinic-phone="+1 555 010 0199"></div>']);
  overrides.set('/frame.html', ['text/html', '<!doctype html><script src="/calcinosis-aid/embed.js" defer></script><iframe data-calcinosis-aid src="/calcinosis-aid/?clinic-phone=%2B1%20555%20010%200199"></iframe>']);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/mount.html`);
    await page.waitForFunction(() => document.getElementById('calcinosis-aid').childNodes.length === 0);
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    await page.goto(`${site.origin}/frame.html`);
    await appReady(page.frames()[1]);
    const scopes = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration('/calcinosis-aid/');
      await new Promise((done) => (registration?.active ? done() : setTimeout(done, 2000)));
      return (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname);
    });
    assert.deepEqual(scopes, ['/calcinosis-aid/']);
  } finally {
    await context.close();
    await site.close();
  }
});
