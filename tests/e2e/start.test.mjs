// The release build in dist/ starts under the production Content-Security-Policy:
// no inline script, no external URL, wasm served as application/wasm, "Loading…" shown
// until the app replaces it, and no console error, CSP violation or foreign request.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import {
  assertAccessible,
  CSP,
  DIST,
  distFiles,
  openApp,
  openPage,
  screenshot,
  useSite,
  waitForApp,
} from './lib.mjs';

const site = useSite();

test('index.html has no inline script and shows a loading text and a noscript message', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length > 0, 'index.html loads no script at all');
  for (const [, attributes, body] of scripts) {
    assert.match(attributes, /\bsrc=/, `inline script in index.html: ${body.slice(0, 80)}`);
    assert.equal(body.trim(), '', 'a script element with a src has a body');
  }
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'inline event handler attribute in index.html');
  assert.doesNotMatch(html, /data-trunk/, "Trunk's own markup is left in index.html");
  // (Attribute quotes may be gone: the release build minifies the HTML.)
  assert.match(html, /<html[^>]*\blang="?en"?[\s>]/);
  // The mount element declares its shadow root: the static first screens (hidden until
  // start.js shows them), a slot for the loading text, and the loading text.
  const mount = html.match(/<div\b[^>]*\bid="?calcinosis-aid"?[^>]*>([\s\S]*?)<noscript>/)?.[1] ?? '';
  assert.match(mount, /^<template shadowrootmode="?open"?>/);
  assert.match(
    mount,
    /<div class="?aid"? data-static hidden><a [^>]*skip-link[\s\S]*<template data-screen="?person"?>[\s\S]*<\/template><\/div><slot><\/slot><\/template><p>Loading…<\/p><\/div>\s*$/,
  );
  assert.match(html, /<noscript>[\s\S]*JavaScript[\s\S]*WebAssembly[\s\S]*<\/noscript>/);
  // Everything the start needs is asked for at once: the glue, the wasm, and the glue's
  // snippets (else one more round trip before the app can start).
  const preloaded = [...html.matchAll(/<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g)].map(
    ([link]) => link.match(/\bhref="?([^">\s]+)/)?.[1],
  );
  const snippets = distFiles(join(DIST, 'snippets')).map((f) => relative(DIST, f).split(sep).join('/'));
  assert.ok(snippets.length > 0, 'no snippets in dist/: the check below would be empty');
  for (const file of ['calcinosis-aid.js', 'calcinosis-aid_bg.wasm', ...snippets]) {
    assert.ok(preloaded.includes(file), `index.html does not preload ${file} (it preloads ${preloaded})`);
  }
});

test('no file in dist/ refers to another site', () => {
  const textTypes = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg']);
  for (const file of distFiles().filter((f) => textTypes.has(extname(f)))) {
    // Comment lines are left out: a link in a comment of the generated glue is never fetched.
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(?:\/\/|\/\*|\*)/.test(line))
      .join('\n');
    // Absolute addresses, and protocol-relative ones where HTML or CSS would fetch them.
    // XML namespace names are identifiers, not addresses anything is fetched from.
    const urls = [
      ...(text.match(/https?:\/\/[^\s"'`)<>]+/gi) ?? []),
      ...(text.match(/(?:\b(?:src|href)\s*=\s*["']?|url\(\s*["']?)\/\/[^\s"'`)<>]+/gi) ?? []),
    ].filter((url) => !/^https?:\/\/www\.w3\.org\//.test(url));
    assert.deepEqual(urls, [], `${file} refers to other sites`);
  }
});

test('the server sends the CSP and the right content types', async () => {
  const page = await fetch(`${site.server.origin}/`);
  assert.equal(page.headers.get('content-security-policy'), CSP);
  assert.match(page.headers.get('content-type'), /^text\/html/);
  const wasmFiles = distFiles().filter((f) => f.endsWith('.wasm'));
  assert.ok(wasmFiles.length > 0, 'no .wasm file in dist/');
  for (const file of wasmFiles) {
    const response = await fetch(`${site.server.origin}/${file.slice(DIST.length + 1)}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/wasm');
  }
});

test('the app starts under the CSP with no error, violation or foreign request', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin);
  try {
    assert.equal(await page.getByText('Loading…').count(), 0, '"Loading…" is still shown');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.match(await page.title(), /Calcinosis Aid/);
    guard.assertClean('while starting');
  } finally {
    await context.close();
  }
});

/** Opens the aid's page with its wasm held back until `release()` is called. */
async function openHeld(options) {
  const opened = await openPage(site.browser, site.server.origin, options);
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await opened.page.route('**/calcinosis-aid_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return { ...opened, release };
}

/** Tag, id and class of every element of the screen's main part: its shape. */
const shape = (page) =>
  page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('*')].map((e) => `${e.tagName}#${e.id}.${e.className}`).join(' '),
  );

const isFocused = (locator) => locator.evaluate((e) => e.getRootNode().activeElement === e);

test('before the WebAssembly has arrived, the intro can be read and the first questions answered, by keyboard; the app keeps what was entered', async () => {
  const { context, page, guard, release } = await openHeld({ width: 360 });
  try {
    await page.goto(`${site.server.origin}/`);
    const start = page.getByRole('button', { name: 'Start' });
    await start.waitFor({ state: 'visible' });
    // The static copy: the app has not started (its wasm is held).
    assert.equal(await page.locator('[data-static]').count(), 1);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Calcinosis Aid');
    assert.equal(await page.getByText('Loading…').count(), 0, 'the loading text shows with the static screen');
    await assertAccessible(page, 'static intro');
    await screenshot(page, 'start-static-intro-360');
    // Keyboard: the skip link, then Start (the language switch is inert until the app is there).
    for (let i = 0; i < 4 && !(await isFocused(start)); i++) await page.keyboard.press('Tab');
    assert.ok(await isFocused(start), 'Tab does not reach Start');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: 'About you' });
    await heading.waitFor({ state: 'visible' });
    assert.ok(await isFocused(heading), 'the static questions heading has no focus');
    assert.equal(await page.locator('[data-static]').count(), 1, 'the app started although its wasm is held');
    await assertAccessible(page, 'static first questions');
    const staticShape = await shape(page);
    // Answer: sex by keyboard, then the age, and stay in the age field.
    const female = page.getByRole('radio', { name: 'Female' });
    await female.focus();
    await page.keyboard.press('Space');
    assert.ok(await female.isChecked());
    await page.locator('#unit-age').selectOption('months');
    const age = page.getByRole('spinbutton', { name: 'How old are you?' });
    await age.focus();
    await page.keyboard.type('42');
    await screenshot(page, 'start-static-questions-360');
    release();
    await waitForApp(page, guard);
    // The app's own screen now: the same one, with the answers and the focus kept.
    assert.equal(await page.locator('[data-static]').count(), 0);
    assert.equal(await shape(page), staticShape, 'the static questions differ from the app\'s');
    assert.ok(await page.getByRole('radio', { name: 'Female' }).isChecked(), 'the sex answered before the app is lost');
    assert.equal(await age.inputValue(), '42', 'the age typed before the app is lost');
    assert.equal(await page.locator('#unit-age').inputValue(), 'months', 'the unit chosen before the app is lost');
    await page.waitForFunction(() => {
      const shadow = document.getElementById('calcinosis-aid').shadowRoot;
      return shadow.activeElement?.id === 'in-age';
    });
    // Typing goes on in the app's field, and the app reads it.
    await page.keyboard.type('.5');
    assert.equal(await age.inputValue(), '42.5');
    // Back leads to the app's own intro, which has the static copy's shape.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    await page.getByRole('button', { name: 'Start' }).click();
    await heading.waitFor();
    // The app has the answers in its state (they survive leaving the screen).
    assert.equal(await age.inputValue(), '42.5');
    assert.equal(await page.locator('#unit-age').inputValue(), 'months');
    assert.ok(await page.getByRole('radio', { name: 'Female' }).isChecked());
    guard.assertClean('with the static first screens');
  } finally {
    await context.close();
  }
});

test('Next pressed before the app arrives opens the next questions when it does, and Back returns to the intro', async () => {
  const { context, page, guard, release } = await openHeld();
  try {
    await page.goto(`${site.server.origin}/`);
    await page.getByRole('button', { name: 'Start' }).click();
    // Back and Start again, statically.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('radio', { name: 'Male', exact: true }).check();
    await page.locator('#age-unknown').check();
    const next = page.getByRole('button', { name: 'Next' });
    await next.click();
    assert.equal(await next.getAttribute('aria-busy'), 'true', 'pressing Next shows no sign of waiting');
    release();
    const lesion = page.getByRole('heading', { level: 2 }).filter({ hasNotText: 'About you' });
    await lesion.waitFor({ timeout: 15_000 });
    assert.ok(await isFocused(lesion), 'the next heading has no focus');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { level: 2, name: 'About you' }).waitFor();
    assert.ok(await page.getByRole('radio', { name: 'Male', exact: true }).isChecked(), 'the answer before Next is lost');
    assert.ok(await page.locator('#age-unknown').isChecked(), 'the age\'s "Don\'t know" before Next is lost');
    guard.assertClean('Next before the app');
  } finally {
    await context.close();
  }
});

test('the static intro waits while nobody presses Start, and the app takes over in place', async () => {
  const { context, page, guard, release } = await openHeld();
  try {
    await page.goto(`${site.server.origin}/`);
    await page.getByRole('button', { name: 'Start' }).waitFor({ state: 'visible' });
    release();
    await waitForApp(page, guard);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Calcinosis Aid');
    // The app's own intro now: its switch works.
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('button', { name: 'Empezar' }).waitFor();
    guard.assertClean('after the app took over');
  } finally {
    await context.close();
  }
});

test('no English static screen for a Spanish browser, a Spanish setting, a hidden intro or kept answers', async () => {
  const cases = [
    { name: 'Spanish browser', options: { locale: 'es-ES' }, path: '/', loading: 'Cargando…' },
    { name: '?lang=es', options: {}, path: '/?lang=es', loading: 'Cargando…' },
    { name: '?hide-intro', options: {}, path: '/?hide-intro=true' },
    { name: 'kept answers', options: {}, path: '/', kept: true },
  ];
  for (const { name, options, path, kept, loading = 'Loading…' } of cases) {
    const { context, page, guard, release } = await openHeld(options);
    try {
      if (kept) {
        await context.addInitScript(() => localStorage.setItem('calcinosis-aid', 'not readable'));
      }
      await page.goto(`${site.server.origin}${path}`);
      // In the language the aid starts in.
      await page.getByText(loading).waitFor({ state: 'visible' });
      assert.equal(await page.getByRole('button', { name: 'Start' }).count(), 0, `${name}: a Start button shows`);
      release();
      await waitForApp(page, kept ? undefined : guard);
      assert.equal(await page.getByText(loading).count(), 0, `${name}: still loading`);
      if (!kept) guard.assertClean(name);
    } finally {
      await context.close();
    }
  }
});
