// The Spanish texts are not in the app's own wasm: it fetches es.pack when the aid is to
// speak Spanish (src/texts.rs), so that an English visitor never downloads them.
//
// - A Spanish browser's first visit fetches es.pack once, shows "Cargando…" meanwhile, and
//   renders Spanish; an English one never asks for it.
// - An English person who switches to Spanish mid-walk gets Spanish once the pack is there,
//   answers kept.
// - When es.pack cannot be fetched (a 404 here), the aid stays in English and says so
//   plainly in both languages, losing nothing, at the start and on a switch.
// - After one visit in Spanish the aid works offline in Spanish.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, openPage, pick, useSite, waitForApp } from './lib.mjs';

const site = useSite();

const PACK = 'GET /es.pack';
const FAILED_EN = 'Spanish could not be loaded, so the aid stays in English. Your answers are kept.';
const FAILED_ES = 'No se pudo cargar el español, así que la herramienta sigue en inglés. Sus respuestas se conservan.';

const packRequests = (guard) => guard.requests.filter((r) => r === PACK).length;

/** The guard's problems but those of es.pack's own failure (its 404 and the console line). */
const otherProblems = (guard) => guard.problems.filter((p) => !/es\.pack|status of 404/.test(p));

test("a Spanish browser's first visit fetches es.pack once and renders Spanish; an English one never asks for it", async () => {
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
