// A Spanish speaker (browser in es-ES) walks to the summary of an urgent case: a 62-year-old
// woman on dialysis who takes acenocumarol, with a very painful black scab on the thigh
// (possible calciphylaxis: see a doctor today). Everything she reads is Spanish: the page's
// language and title, the labels she answers by, the values with decimal commas and units
// as Spanish lab reports write them ("mL/min/1,73 m²", "µmol/L"), and the summary: what to do
// first, today, before the likely category, whose name says what it is. axe-core on every
// screen; screenshots at 360 and 1280 px in tests/e2e/output/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkScreen,
  nextScreen,
  openPage,
  pick,
  pressNext,
  screenTitle,
  useSite,
  waitForApp,
  WIDTHS,
} from './lib.mjs';

const site = useSite();

/** The words of English that no Spanish screen should show (outside the English sources). */
const ENGLISH = /\b(the|and|your|you|with|years?|months?|Next|Back|Edit|Loading|Yes|Don't know|today|doctor)\b/;

/** What the screen's main part says, without the titles of the (English) sources. */
async function mainText(page) {
  return page.evaluate(() => {
    const root = document.getElementById('calcinosis-aid')?.shadowRoot ?? document;
    const main = root.querySelector('main').cloneNode(true);
    for (const english of main.querySelectorAll('[lang="en"]')) english.remove();
    return main.innerText;
  });
}

test('a Spanish speaker on dialysis reaches the summary of an urgent case, all in Spanish', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin, {
    width: WIDTHS.narrow,
    locale: 'es-ES',
  });
  try {
    await page.goto(`${site.server.origin}/`);
    await waitForApp(page, guard);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    await page.getByRole('button', { name: 'Empezar', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Sobre usted' }).waitFor();
    assert.match(await page.title(), /^Sobre usted – Calcinosis Aid$/);

    await page.getByRole('spinbutton', { name: '¿Qué edad tiene usted?' }).fill('62');
    await pick(page, 'Sexo', 'Femenino');
    await pressNext(page, 'es-person', 'Siguiente');

    const thigh = page.getByRole('checkbox', { name: 'Muslo, en el mapa del cuerpo' });
    await thigh.locator('path, ellipse, rect, polygon, circle').first().click();
    assert.equal(await thigh.getAttribute('aria-checked'), 'true');
    await pressNext(page, 'es-lesion', 'Siguiente');
    await pick(page, '¿Cómo se ve?', 'Manchas moradas en forma de red', 'Una llaga abierta o una costra negra');
    await pressNext(page, 'es-looks', 'Siguiente');

    await pick(page, '¿Cuánto le duele?', 'Intenso');
    await pick(page, '¿Le duele mucho más', 'Sí');
    await pressNext(page, 'es-pain', 'Siguiente');

    // Lab values as a Spanish report prints them: a decimal comma, "Fósforo".
    await pick(page, '¿Tiene resultados de análisis de sangre?', 'Sí');
    await page.getByRole('textbox', { name: 'Fósforo (fosfato)', exact: true }).fill('6,8');
    await page.getByRole('textbox', { name: 'Creatinina', exact: true }).fill('620');
    await page.getByRole('combobox', { name: 'Unidad de Creatinina' }).selectOption('umol/L');
    const egfr = page.getByRole('textbox', { name: /^Filtrado glomerular estimado/ });
    await egfr.fill('9');
    const labs = await mainText(page);
    assert.match(labs, /60 mL\/min\/1,73 m² o más/, 'the eGFR range in Spanish units');
    assert.ok(
      (await page.getByRole('combobox', { name: 'Unidad de Creatinina' }).innerText()).includes('µmol/L'),
      'creatinine in µmol/L',
    );
    assert.doesNotMatch(labs, /1\.73|umol|m2\b/);
    await pressNext(page, 'es-labs', 'Siguiente');

    await pick(page, 'Enfermedad de los riñones', /^En diálisis/);
    await pick(page, '¿Cuánto tiempo lleva en diálisis?', 'Más de 5 años');
    // The anticoagulant usual in Spain is named in the question itself.
    await pick(page, '¿Alguno de estos casos', 'Tratamiento con warfarina o acenocumarol (Sintrom)');
    await pressNext(page, 'es-history', 'Siguiente');
    await pressNext(page, 'es-treatments', 'Siguiente');

    await page.getByRole('heading', { level: 2, name: 'Revise sus respuestas' }).waitFor();
    const review = await mainText(page);
    assert.match(review, /62 años/);
    assert.match(review, /6,8 mg\/dL/);
    assert.match(review, /620 µmol\/L/);
    assert.match(review, /9 mL\/min\/1,73 m²/);
    await checkScreen(page, 'es-review');
    await page.getByRole('button', { name: 'Ver mi resumen', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Su resumen' }).waitFor();
    await checkScreen(page, 'es-summary');

    // What to do first: today, about calciphylaxis, before anything else.
    const urgent = await page.getByRole('region', { name: 'Haga esto primero' }).innerText();
    assert.match(urgent, /calcifilaxis/i);
    assert.match(urgent, /hoy/i);
    assert.match(urgent, /hoy mismo/i, 'the same-day badge');
    const order = await page.evaluate(() => {
      const root = document.getElementById('calcinosis-aid')?.shadowRoot ?? document;
      const all = [...root.querySelectorAll('h3')].map((h) => h.textContent);
      return [all.indexOf('Haga esto primero'), all.findIndex((t) => t.startsWith('Lo más probable'))];
    });
    assert.ok(order[0] >= 0 && order[0] < order[1], `the urgent box is not first: ${order}`);
    await page.getByRole('heading', { name: /^Lo más probable: .*calcifilaxis/i }).waitFor();

    // The other kinds are named with what they are: "metastásica" is not cancer.
    const summary = await mainText(page);
    assert.match(summary, /Otros tipos, de más a menos probable/);
    assert.match(summary, /metastásica[^\n]*no es cáncer/);
    const ask = await page.getByRole('list', { name: 'Preguntas para hacerle a su médico' }).innerText();
    assert.match(ask, /¿Podría ser calcifilaxis[^\n]*hoy\?/);
    assert.match(ask, /Mi (fosfato|fósforo) era de 6,8 mg\/dL con 62 años/);
    assert.doesNotMatch(summary, ENGLISH);
    assert.doesNotMatch(summary, /\d\.\d/, 'a number with a decimal point');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.match(await page.title(), /^Su resumen – Calcinosis Aid$/);
    guard.assertClean('for the Spanish speaker');
  } finally {
    await context.close();
  }
});

test('a Spanish page says "Cargando…" while the app starts', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin, { locale: 'es-ES' });
  try {
    // Hold the WebAssembly until the loading text has been seen.
    let release;
    const held = new Promise((done) => (release = done));
    await page.route('**/calcinosis-aid_bg.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.server.origin}/`);
    await page.getByText('Cargando…').waitFor({ state: 'visible' });
    assert.equal(await page.getByText('Loading…').count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.match(
      await page.evaluate(() => document.querySelector('meta[name="description"]').content),
      /^Una herramienta privada/,
    );
    release();
    await waitForApp(page, guard);
    guard.assertClean('while starting in Spanish');
  } finally {
    await context.close();
  }
});

test('a Spanish page that cannot start says so in Spanish', async () => {
  const { context, page } = await openPage(site.browser, site.server.origin, { locale: 'es-ES' });
  try {
    // No WebAssembly: the start fails (the console error and the failed request are the point).
    await page.route('**/calcinosis-aid_bg.wasm', (route) => route.abort('failed'));
    await page.goto(`${site.server.origin}/`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ state: 'visible' });
    assert.match(await alert.innerText(), /^Calcinosis Aid no pudo empezar\. /);
    assert.equal(await alert.getAttribute('lang'), 'es');
    assert.equal(await page.getByText('Cargando…').count(), 0);
  } finally {
    await context.close();
  }
});
