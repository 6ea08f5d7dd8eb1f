// The texts are not in the app's own wasm: it fetches en.pack or es.pack, the language the
// aid is to speak (src/texts.rs), so that a visitor downloads one language and not the other.
//
// - A Spanish browser's first visit fetches es.pack once, shows "Cargando…" meanwhile, and
//   renders Spanish, never asking for en.pack; an English one fetches en.pack once and never
//   asks for es.pack.
// - A person who switches language mid-walk gets it once its pack is there, answers kept;
//   each pack is fetched once; a reload fetches only the pack of the language resumed in.
// - When a pack cannot be fetched (a 404 here), the aid stays in the other language and says
//   so plainly in both, losing nothing, at the start and on a switch; when neither can be,
//   it says so in both languages instead of "Loading…" forever.
// - After one visit in Spanish the aid works offline in Spanish.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, openPage, pick, useSite, waitForApp } from './lib.mjs';

const site = useSite();

const FAILED_EN = 'Spanish could not be loaded, so the aid stays in English. Your answers are kept.';
const FAILED_ES = 'No se pudo cargar el español, así que la herramienta sigue en inglés. Sus respuestas se conservan.';
const NO_ENGLISH_EN = 'English could not be loaded, so the aid stays in Spanish. Your answers are kept.';
const NO_ENGLISH_ES = 'No se pudo cargar el inglés, así que la herramienta sigue en español. Sus respuestas se conservan.';

/** How many times the page asked for `lang`'s pack (es.pack unless said). */
const packRequests = (guard, lang = 'es') => guard.requests.filter((r) => r === `GET /${lang}.pack`).length;

/** The guard's problems but those of a pack's own failure (its 404 and the console line). */
const otherProblems = (guard) => guard.problems.filter((p) => !/(en|es)\.pack|status of 404/.test(p));

test("a Spanish browser's first visit fetches es.pack once and renders Spanish; an English one fetches en.pack only", async () => {
  {
    const { context, page, guard } = await openPage(site.browser, site.server.origin, { locale: 'es-ES' });
    try {
      // es.pack held back a moment: "Cargando…" stays until the texts are there.
      let release;
      const held = new Promise((done) => (release = done));
      await context.route('**/es.pack', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${site.server.origin}/`);
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/calcinosis-aid_bg.wasm')));
      await page.waitForTimeout(300);
      assert.ok(await page.getByText('Cargando…', { exact: true }).isVisible(), 'no "Cargando…" while es.pack is on its way');
      release();
      await waitForApp(page, guard);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
      await page.getByRole('button', { name: 'Empezar', exact: true }).waitFor();
      assert.equal(packRequests(guard), 1, `es.pack requested ${packRequests(guard)} times`);
      assert.equal(packRequests(guard, 'en'), 0, 'a Spanish visit fetched en.pack');
      guard.assertClean('in Spanish');
    } finally {
      await context.close();
    }
  }
  const { context, page, guard } = await openApp(site.browser, site.server.origin);
  try {
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'About you' }).waitFor();
    assert.equal(packRequests(guard), 0, 'an English visit fetched es.pack');
    assert.equal(packRequests(guard, 'en'), 1, `en.pack requested ${packRequests(guard, 'en')} times`);
    guard.assertClean('in English');
  } finally {
    await context.close();
  }
});

test('an English person who switches to Spanish mid-walk gets it, answers kept', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin);
  try {
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'About you' }).waitFor();
    await page.getByRole('spinbutton', { name: 'How old are you?' }).fill('62');
    await pick(page, 'Sex', 'Female');
    assert.equal(packRequests(guard), 0);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('heading', { level: 2, name: 'Sobre usted' }).waitFor();
    assert.equal(await page.getByRole('spinbutton', { name: '¿Qué edad tiene usted?' }).inputValue(), '62');
    assert.ok(await page.getByRole('radio', { name: 'Femenino' }).isChecked(), 'the answer to Sex was lost');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal(packRequests(guard), 1);
    // And back, and again: nothing more to fetch.
    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'About you' }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('heading', { level: 2, name: 'Sobre usted' }).waitFor();
    assert.equal(packRequests(guard), 1);
    assert.equal(packRequests(guard, 'en'), 1);
    // A reload resumes in Spanish (the tab keeps the answers): only es.pack is fetched, on
    // its way with the wasm, though the browser speaks English.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Sobre usted' }).waitFor();
    assert.equal(await page.getByRole('spinbutton', { name: '¿Qué edad tiene usted?' }).inputValue(), '62');
    assert.equal(packRequests(guard), 2, 'es.pack not fetched again on the reload');
    assert.equal(packRequests(guard, 'en'), 1, 'en.pack fetched on a reload that resumes in Spanish');
    guard.assertClean('switching');
  } finally {
    await context.close();
  }
});

test('when es.pack cannot be fetched the aid stays in English and says so in both languages', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin, { locale: 'es-ES' });
  try {
    await context.route('**/es.pack', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${site.server.origin}/`);
    await waitForApp(page, guard);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const said = await alert.innerText();
    assert.ok(said.includes(FAILED_EN) && said.includes(FAILED_ES), `the notice says: ${said}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'About you' }).waitFor();
    await page.getByRole('spinbutton', { name: 'How old are you?' }).fill('40');

    // Español chosen again, still unreachable: English stays, as chosen, answers kept.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/es.pack')).length >= 2);
    await page.waitForTimeout(300);
    await page.getByRole('heading', { level: 2, name: 'About you' }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Language' }).inputValue(), 'en');
    assert.equal(await page.getByRole('spinbutton', { name: 'How old are you?' }).inputValue(), '40');
    assert.ok((await page.getByRole('alert').innerText()).includes(FAILED_ES));

    // Reachable again: Spanish, and the notice goes.
    await context.unroute('**/es.pack');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('heading', { level: 2, name: 'Sobre usted' }).waitFor();
    assert.equal(await page.getByRole('spinbutton', { name: '¿Qué edad tiene usted?' }).inputValue(), '40');
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(otherProblems(guard), []);
  } finally {
    await context.close();
  }
});

test('when en.pack cannot be fetched a Spanish person stays in Spanish, told in both languages, answers kept', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin, { locale: 'es-ES' });
  try {
    await context.route('**/en.pack', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${site.server.origin}/`);
    await waitForApp(page, guard);
    await page.getByRole('button', { name: 'Empezar', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Sobre usted' }).waitFor();
    await page.getByRole('spinbutton', { name: '¿Qué edad tiene usted?' }).fill('51');
    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const said = await alert.innerText();
    assert.ok(said.includes(NO_ENGLISH_EN) && said.includes(NO_ENGLISH_ES), `the notice says: ${said}`);
    await page.getByRole('heading', { level: 2, name: 'Sobre usted' }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Idioma' }).inputValue(), 'es');
    assert.equal(await page.getByRole('spinbutton', { name: '¿Qué edad tiene usted?' }).inputValue(), '51');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    // Each part of the notice is marked with its language, for a screen reader.
    assert.deepEqual(await alert.locator('p').evaluateAll((ps) => ps.map((p) => p.lang)), ['en', 'es']);

    await context.unroute('**/en.pack');
    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'About you' }).waitFor();
    assert.equal(await page.getByRole('spinbutton', { name: 'How old are you?' }).inputValue(), '51');
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(otherProblems(guard), []);
  } finally {
    await context.close();
  }
});

test('when no texts can be fetched at all the aid says so in both languages, not "Loading…" forever', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin);
  try {
    await context.route('**/*.pack', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${site.server.origin}/`);
    await page.getByRole('alert').first().waitFor();
    await page.waitForTimeout(200);
    const said = (await page.getByRole('alert').allInnerTexts()).join('\n');
    await page.screenshot({ path: 'tests/e2e/output/texts-none.png' });
    assert.ok(said.includes('Calcinosis Aid could not load its texts.'), `it says: ${said}`);
    assert.ok(said.includes('Calcinosis Aid no pudo cargar sus textos.'), `it says: ${said}`);
    assert.equal(await page.getByText('Loading…').count(), 0, 'it still says "Loading…"');
    assert.equal(await page.getByRole('button').count(), 0, 'a half-started app');
    // English asked for by start.js with the wasm, and again by the app; then Spanish, once.
    assert.ok([1, 2].includes(packRequests(guard, 'en')), `en.pack requested ${packRequests(guard, 'en')} times`);
    assert.equal(packRequests(guard), 1, 'Spanish was not tried after English');
    assert.deepEqual(otherProblems(guard), []);
  } finally {
    await context.close();
  }
});

test('after one visit in Spanish the aid works offline in Spanish', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin, {
    locale: 'es-ES',
    serviceWorkers: 'allow',
  });
  try {
    // The worker takes over after the first visit has fetched es.pack; the app fetches it
    // again through the worker, which keeps it.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      }
    });
    await page.waitForFunction(async () => {
      const names = await caches.keys();
      for (const name of names) if (await (await caches.open(name)).match('es.pack')) return true;
      return false;
    });
    await context.setOffline(true);
    await page.reload();
    await waitForApp(page, guard);
    await page.getByRole('button', { name: 'Empezar', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Sobre usted' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    guard.assertClean('offline');
  } finally {
    await context.close();
  }
});
