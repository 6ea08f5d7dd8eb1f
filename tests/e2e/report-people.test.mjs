// The three people of the UX review (../shared/research/ux-review/report.md) walk again,
// each the way they did (issue 15), answering "Who is this for?" for themselves:
//
// 1. Amira, for her 9-month-old son with a hard lump where a drip was given: phone
//    360 x 740, touch, no lab results.
// 2. Mr Okafor, 70, six years on dialysis, net-like purple patches and a black scab on the
//    thigh, labs in SI units: phone 390 x 844, keyboard alone.
// 3. Lucía, 35, with lupus, hard lumps on her buttocks for years, labs "normal": desktop
//    1280 x 800, mouse, Spanish.
//
// Each screen is checked with axe-core and photographed (tests/e2e/output/people-*.png);
// each summary is checked (what to do and when, the category, the flags, the wording).
// The walks count what a person does and print it; the targets are asserted: taps
// to the summary <= 22 (Amira) and <= 26 (Lucía), key presses <= 150 (Mr Okafor), and at
// most 7 questions for the doctor ticked at first.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { assertAccessible, nextScreen, openApp, screenshot, screenTitle, useSite } from './lib.mjs';

const site = useSite();
const figures = [];

/** Checks the screen now shown (axe) and photographs it. */
async function look(page, name) {
  await assertAccessible(page, name);
  await screenshot(page, `people-${name}`);
}

/**
 * What a person does by touch or mouse, counted: a tap or click (a tap into a text field
 * counts once, its characters apart; a list to choose from counts two: open, choose).
 */
function hands(page) {
  const done = { taps: 0, chars: 0 };
  return Object.assign(done, {
    tap: async (locator) => {
      done.taps++;
      await locator.click();
    },
    type: async (locator, text) => {
      done.taps++;
      await locator.click();
      await locator.pressSequentially(text);
      done.chars += text.length;
    },
    choose: async (locator, value) => {
      done.taps += 2;
      await locator.selectOption(value);
    },
    /** Taps Next (or the button named `button`) and waits for the next screen. */
    next: async (shot, button) => {
      const title = await screenTitle(page);
      await look(page, shot);
      done.taps++;
      await page.locator('main').getByRole('button', { name: button, exact: true }).click();
      return nextScreen(page, title);
    },
  });
}

/** The option `name` of the question whose legend contains `legend`. */
function option(page, legend, name, role = 'radio') {
  return page.getByRole('group', { name: legend }).first().getByRole(role, { name, exact: true });
}

/** How many suggested questions for the doctor are ticked at first. */
async function ticked(page, region) {
  let n = 0;
  for (const box of await page.getByRole('region', { name: region }).getByRole('checkbox').all()) {
    if (await box.isChecked()) n++;
  }
  return n;
}

async function mainText(page) {
  return page.locator('main').innerText();
}

test('Amira answers for her baby on a phone by touch, in 22 taps or fewer', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin, { width: 360, height: 740 });
  try {
    const h = hands(page);
    await look(page, 'parent-intro');
    await h.tap(page.getByRole('button', { name: 'Start', exact: true }));
    await page.getByRole('heading', { level: 2, name: 'About you' }).waitFor();
    await h.tap(option(page, 'Who is this for?', 'My child'));
    // The wording follows at once: the heading, the age, the sex.
    await page.getByRole('heading', { level: 2, name: 'About your child' }).waitFor();
    await h.type(page.getByRole('spinbutton', { name: 'How old is your child?' }), '9');
    await h.choose(page.getByRole('combobox', { name: 'Years or months' }), 'months');
    await h.tap(option(page, "Your child's sex at birth", 'Male'));
    await h.next('parent-person', 'Next');

    const hand = page.getByRole('checkbox', { name: 'Hand, on the body map' });
    await h.tap(hand.locator('path, ellipse, rect, polygon, circle').first());
    assert.equal(await hand.getAttribute('aria-checked'), 'true');
    await h.tap(option(page, 'Where is the lump?', 'Where a drip or injection was given', 'checkbox'));
    await h.next('parent-lesion', 'Next');

    await h.tap(option(page, 'What does it look like?', 'A hard lump', 'checkbox'));
    await h.next('parent-looks', 'Next');
    await h.tap(option(page, 'How much does it hurt?', 'No pain'));
    await h.next('parent-pain', 'Next');

    // No results: the numbers are not asked.
    await h.tap(option(page, 'Do you have blood test results?', 'No'));
    assert.equal(await page.getByRole('textbox', { name: 'Calcium (total)' }).count(), 0);
    await h.next('parent-labs', 'Next');

    // A baby is not asked about warfarin, obesity, transplant or pregnancy; the history's
    // yes/no questions are one list to tick.
    const history = await mainText(page);
    assert.doesNotMatch(history, /warfarin|overweight|organ transplant|pregnant/i);
    const list = page.getByRole('group', { name: 'Do any of these apply to your child? Tick all that apply.' });
    await h.tap(list.getByRole('checkbox', { name: 'A hospital stay in the last few months' }));
    await h.tap(list.getByRole('checkbox', { name: 'A drip that leaked into the skin at the lump' }));
    await h.next('parent-history', 'Next');

    await h.tap(option(page, 'Has your child ever been given calcium or phosphate through a drip (IV)?', 'Yes'));
    assert.doesNotMatch(await mainText(page), /pregnant/i);
    await h.next('parent-treatments', 'Next');

    assert.match(await mainText(page), /About your child/);
    await h.next('parent-review', 'See my summary');
    await look(page, 'parent-summary');

    // The summary: no warning sign, a routine appointment for the child, the kind in plain
    // words, and the questions for the doctor about the child.
    assert.equal(await page.getByRole('region', { name: 'Act on this first' }).count(), 0);
    const summary = await mainText(page);
    assert.match(summary, /None of your answers is a warning sign\. Book a routine appointment with your child's family doctor/);
    await page.getByRole('heading', { name: /^Most likely: Calcinosis caused by a treatment.*\(called iatrogenic\)$/ }).waitFor();
    const n = await ticked(page, 'Questions to ask your doctor');
    // The questions for the doctor are the parent's, about the child (also those folded
    // under "More questions").
    const ask = await page.getByRole('region', { name: 'Questions to ask your doctor' }).textContent();
    assert.match(ask, /Which specialist should my child see/);
    assert.doesNotMatch(ask, /\b(Do I|should I|my own)\b/);
    await page.emulateMedia({ media: 'print' });
    assert.match(await mainText(page), /your child's family doctor/, 'the printout speaks of the child');
    await page.emulateMedia({ media: 'screen' });

    figures.push(['Amira (parent, 360 px, touch)', `${h.taps} taps, ${h.chars} characters typed`, `${n} ticked`]);
    assert.ok(h.taps <= 22, `${h.taps} taps to the summary`);
    assert.ok(n >= 1 && n <= 7, `${n} questions ticked`);
    guard.assertClean('Amira');
  } finally {
    await context.close();
  }
});

test('Mr Okafor walks by keyboard alone on a phone, in 150 key presses or fewer', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin, { width: 390, height: 844 });
  try {
    let keys = 0;
    const press = async (key, times = 1) => {
      for (let i = 0; i < times; i++) {
        keys++;
        await page.keyboard.press(key);
      }
    };
    const typeText = async (text) => {
      keys += text.length;
      await page.keyboard.type(text);
    };
    const focused = (locator) => locator.evaluate((el) => el === el.getRootNode().activeElement);
    /** Tab until `locator` has the focus (a person sees the focus ring move). */
    const tabTo = async (locator) => {
      for (let i = 0; i < 80; i++) {
        if (await focused(locator)) return;
        await press('Tab');
      }
      throw new Error(`Tab never reached ${locator}`);
    };
    /** Enter in a field submits the screen (Next), as in any web form. */
    const onward = async (shot) => {
      const title = await screenTitle(page);
      await look(page, `keyboard-${shot}`);
      await press('Enter');
      return nextScreen(page, title);
    };

    await tabTo(page.getByRole('button', { name: 'Start', exact: true }));
    await press('Enter');
    await page.getByRole('heading', { level: 2, name: 'About you' }).waitFor();
    await tabTo(option(page, 'Who is this for?', 'Me'));
    await press('Space');
    await tabTo(page.getByRole('spinbutton', { name: 'How old are you?' }));
    await typeText('70');
    await tabTo(option(page, 'Your sex at birth', 'Female'));
    await press('ArrowDown');
    assert.ok(await option(page, 'Your sex at birth', 'Male').isChecked());
    await onward('person');

    // The body map is for the mouse and touch; the list is the keyboard's way.
    await tabTo(option(page, 'Where is the lump?', 'Thigh', 'checkbox'));
    await press('Space');
    await onward('lesion');

    await tabTo(option(page, 'What does it look like?', 'Net-like purple patches', 'checkbox'));
    await press('Space');
    await tabTo(option(page, 'What does it look like?', 'An open sore or a black scab', 'checkbox'));
    await press('Space');
    await onward('looks');

    await tabTo(option(page, 'How much does it hurt?', 'No pain'));
    await press('ArrowDown', 3);
    assert.ok(await option(page, 'How much does it hurt?', 'Severe').isChecked());
    await tabTo(option(page, 'Is the pain much worse', 'Yes'));
    await press('Space');
    await onward('pain');

    await tabTo(option(page, 'Do you have blood test results?', 'Yes'));
    await press('Space');
    // His report is in SI units: each value, then its unit chosen with the arrow keys.
    for (const [name, value, downs] of [
      ['Calcium (total)', '2.6', 1],
      ['Phosphate', '2.3', 1],
      ['Albumin', '32', 1],
      ['PTH (parathyroid hormone)', '85', 1],
    ]) {
      await tabTo(page.getByRole('textbox', { name, exact: true }));
      await typeText(value);
      await tabTo(page.getByRole('combobox', { name: `Unit for ${name}` }));
      await press('ArrowDown', downs);
    }
    const labs = await mainText(page);
    assert.match(labs, /mmol²\/L²/, 'the Ca x P product in his units');
    assert.doesNotMatch(labs, /not possible/i);
    // Enter on a unit list opens it: one Tab on, to the field's "Normal" box.
    await press('Tab');
    await onward('labs');

    await tabTo(option(page, 'kidney disease?', 'No kidney disease'));
    await press('ArrowDown', 3);
    assert.ok(await option(page, 'kidney disease?', 'On dialysis').isChecked());
    await tabTo(option(page, 'How long on dialysis?', 'Less than 1 year'));
    await press('ArrowDown', 2);
    const list = 'Do any of these apply to you?';
    await tabTo(option(page, list, 'Overactive parathyroid glands (hyperparathyroidism)', 'checkbox'));
    await press('Space');
    await tabTo(option(page, list, 'Diabetes', 'checkbox'));
    await press('Space');
    await onward('history');

    await tabTo(option(page, 'any of these most days?', 'Calcium tablets', 'checkbox'));
    await press('Space');
    await onward('treatments');

    // The review's way on comes before its long list.
    await tabTo(page.getByRole('link', { name: 'Everything right? See my summary' }));
    const title = await screenTitle(page);
    await look(page, 'keyboard-review');
    await press('Enter');
    await nextScreen(page, title);
    await look(page, 'keyboard-summary');

    const urgent = await page.getByRole('region', { name: 'Act on this first' }).innerText();
    assert.match(urgent, /calciphylaxis/i);
    assert.match(urgent, /today/i);
    const summary = await mainText(page);
    assert.match(summary, /See a doctor today/);
    const n = await ticked(page, 'Questions to ask your doctor');
    figures.push(['Mr Okafor (keyboard, 390 px)', `${keys} key presses`, `${n} ticked`]);
    assert.ok(keys <= 150, `${keys} key presses to the summary`);
    assert.ok(n >= 1 && n <= 7, `${n} questions ticked`);
    guard.assertClean('Mr Okafor');
  } finally {
    await context.close();
  }
});

test('Lucía walks in Spanish with the mouse on a desktop, in 26 clicks or fewer', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin, { width: 1280, height: 800 });
  try {
    const h = hands(page);
    await h.choose(page.getByRole('combobox', { name: 'Language' }), 'es');
    await h.tap(page.getByRole('button', { name: 'Empezar', exact: true }));
    await page.getByRole('heading', { level: 2, name: 'Sobre usted' }).waitFor();
    await h.tap(option(page, '¿Para quién es?', 'Para mí'));
    await h.type(page.getByRole('spinbutton', { name: '¿Qué edad tiene usted?' }), '35');
    await h.tap(option(page, 'Sexo de usted al nacer', 'Femenino'));
    await h.tap(option(page, 'tejido conectivo', 'Lupus', 'checkbox'));
    await h.next('spanish-person', 'Siguiente');

    const buttock = page.getByRole('checkbox', { name: 'Nalga o cadera, en el mapa del cuerpo' });
    await h.tap(buttock.locator('path, ellipse, rect, polygon, circle').last());
    assert.equal(await buttock.getAttribute('aria-checked'), 'true');
    await h.tap(option(page, '¿Cuántos bultos hay?', 'De 2 a 5'));
    await h.next('spanish-lesion', 'Siguiente');

    await h.tap(option(page, '¿Cómo se ve?', 'Un bulto duro', 'checkbox'));
    await h.tap(option(page, '¿Cuánto tiempo hace que lo tiene?', 'Más de un año'));
    await h.next('spanish-looks', 'Siguiente');
    await h.tap(option(page, '¿Cuánto le duele?', 'Leve'));
    await h.next('spanish-pain', 'Siguiente');

    // "My doctor said they were normal": no number to type, and it counts as normal.
    await h.tap(option(page, '¿Tiene resultados de análisis de sangre?', 'Mi médico dijo que eran normales'));
    await h.next('spanish-labs', 'Siguiente');
    await h.tap(option(page, 'enfermedad de los riñones', 'Sin enfermedad de los riñones'));
    await h.next('spanish-history', 'Siguiente');
    await h.next('spanish-treatments', 'Siguiente');
    await h.next('spanish-review', 'Ver mi resumen');
    await look(page, 'spanish-summary');

    assert.equal(await page.getByRole('region', { name: 'Haga esto primero' }).count(), 0);
    await page.getByRole('heading', { name: /^Lo más probable: .*\(llamada distrófica\)$/ }).waitFor();
    const summary = await mainText(page);
    assert.match(summary, /Pida una cita habitual con el médico de cabecera/);
    assert.match(summary, /lupus/i);
    const n = await ticked(page, 'Preguntas para hacerle a su médico');
    figures.push(['Lucía (Spanish, 1280 px, mouse)', `${h.taps} clicks, ${h.chars} characters typed`, `${n} ticked`]);
    assert.ok(h.taps <= 26, `${h.taps} clicks to the summary`);
    assert.ok(n >= 1 && n <= 7, `${n} questions ticked`);

    // About: who made and reviewed it, when, the next review, how to reach the project,
    // and the primary sources marked.
    await page.getByRole('button', { name: 'Información y fuentes', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Información y fuentes' }).waitFor();
    const about = await mainText(page);
    assert.match(about, /revisó en diciembre de 2026 un médico revisor \(dermatología y nefrología\)/);
    assert.match(about, /conocimiento 3\.1\.0/);
    assert.match(about, /Próxima revisión|próxima revisión/);
    assert.match(about, /gestor de incidencias del proyecto/);
    assert.match(about, /la licencia MIT o la licencia Apache \(versión 2\), a su elección/);
    await page
      .getByRole('link', { name: /^Código fuente de esta versión \(commit [0-9a-f]{4,}(, con cambios locales)?\): descargar \(tar\.gz, \d+ KB\)$/ })
      .waitFor();
    await page.getByText('Mostrar las fuentes').click();
    const sources = page.locator('main').getByRole('group').filter({ hasText: 'Mostrar las fuentes' }).getByRole('list');
    await sources.getByRole('listitem').first().waitFor();
    assert.ok((await sources.innerText()).includes('★'), 'no primary source marked');
    await look(page, 'spanish-about');
    guard.assertClean('Lucía');
  } finally {
    await context.close();
    if (figures.length > 0) {
      console.log('\nthe three walks of the UX review, to the summary:');
      for (const row of figures) console.log(`  ${row[0].padEnd(34)} ${row[1].padEnd(34)} ${row[2]}`);
    }
  }
});

/** The paths in a tar archive: ustar names with their prefix, and pax `path` records. */
function tarPaths(tar) {
  const paths = [];
  const field = (block, at, length) => block.subarray(at, at + length).toString('utf8').replace(/\0[\s\S]*$/, '');
  let pax = null;
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156]);
    const body = tar.subarray(at + 512, at + 512 + size);
    if (type === 'x') {
      pax = body.toString('utf8').match(/^\d+ path=(.*)$/m)?.[1] ?? null;
    } else if (type !== 'g') {
      const prefix = field(header, 345, 155);
      paths.push(pax ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100)));
      pax = null;
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return paths;
}

test('About, on a phone: who made it, its licence, and the source of this very version to download', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin, { width: 360, height: 740 });
  try {
    await page.getByRole('button', { name: 'About and sources', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'About and sources' }).waitFor();
    const about = await mainText(page);
    // Its authors are its contributors, in the source's history: the aid names no one.
    assert.match(about, /written by its contributors, who are named in the history of its source code\./);
    assert.match(about, /free software under the MIT licence or the Apache licence \(version 2\), at your choice/);
    // The source of this build, in the aid's own folder, with its commit and size.
    const link = page.getByRole('link', {
      name: /^Source code of this version \(commit [0-9a-f]{4,}(, with local changes)?\): download \(tar\.gz, (\d+) KB\)$/,
    });
    const name = await link.innerText();
    assert.equal(await link.getAttribute('download'), '', 'the link does not download');
    const href = await link.evaluate((a) => a.href);
    assert.equal(href, `${site.server.origin}/calcinosis-aid-source.tar.gz`);
    await look(page, 'about-phone');

    const response = await fetch(href);
    assert.equal(response.status, 200);
    const archive = Buffer.from(await response.arrayBuffer());
    assert.deepEqual([...archive.subarray(0, 2)], [0x1f, 0x8b], 'not gzip');
    assert.equal(Math.ceil(archive.length / 1024), Number(name.match(/(\d+) KB/)[1]), 'the size shown is not the size');
    const paths = tarPaths(gunzipSync(archive));
    for (const path of ['calcinosis-aid/README.md', 'calcinosis-aid/LICENSE-MIT', 'calcinosis-aid/LICENSE-APACHE']) {
      assert.ok(paths.includes(path), `the archive lacks ${path} (it has ${paths.length} files)`);
    }
    assert.ok(paths.every((path) => path.startsWith('calcinosis-aid/')), 'a path outside calcinosis-aid/');
    guard.assertClean('About');
  } finally {
    await context.close();
  }
});
