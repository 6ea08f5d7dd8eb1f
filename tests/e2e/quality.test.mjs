// What a person notices without knowing why: dark mode that stays readable (axe, both
// widths), no sideways scrolling at 320 px, touch targets of at least 44 px, focus on the
// new screen's heading after each step, a language switch that keeps every answer, and a
// summary that prints on one or two pages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkScreen,
  nextScreen,
  openApp,
  openPage,
  OUTPUT,
  screenTitle,
  slug,
  useSite,
  waitForApp,
} from './lib.mjs';

const site = useSite();

/** Answers the first option of every unanswered group on the screen. */
async function answerFirst(page) {
  for (const group of await page.getByRole('group').all()) {
    for (const role of ['radio', 'checkbox']) {
      const options = group.getByRole(role);
      if ((await options.count()) === 0) continue;
      let checked = false;
      for (const o of await options.all()) checked ||= await o.isChecked();
      if (!checked) await options.first().check();
    }
  }
}

/** Walks from the intro to the summary; calls `onScreen(title)` on every screen. */
async function walk(page, guard, onScreen, { next = 'Next', start = 'Start', review = 'See my summary', summary = 'Your summary' } = {}) {
  await page.goto(`${site.server.origin}/`);
  await waitForApp(page, guard);
  let title = await screenTitle(page);
  for (let step = 0; step < 20; step++) {
    await onScreen(title);
    if (title === summary) return title;
    const startButton = page.getByRole('button', { name: start, exact: true });
    const reviewButton = page.getByRole('button', { name: review, exact: true });
    if ((await startButton.count()) > 0) await startButton.click();
    else if ((await reviewButton.count()) > 0) await reviewButton.click();
    else {
      await answerFirst(page);
      await page.getByRole('button', { name: next, exact: true }).click();
    }
    title = await nextScreen(page, title);
  }
  return title;
}

test('dark mode passes axe on every screen at 360 and 1280 px', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin, { colorScheme: 'dark' });
  try {
    const last = await walk(page, guard, (title) => checkScreen(page, `dark-${slug(title)}`));
    assert.equal(last, 'Your summary');
    guard.assertClean('in dark mode');
  } finally {
    await context.close();
  }
});

test('at 320 px nothing scrolls sideways and every control is at least 44 px tall', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin, { width: 320 });
  try {
    const problems = [];
    await walk(page, guard, async (title) => {
      const found = await page.evaluate(() => {
        const out = [];
        const doc = document.scrollingElement;
        if (doc.scrollWidth > doc.clientWidth + 1) out.push(`page is ${doc.scrollWidth}px wide`);
        const controls = document.querySelectorAll(
          'button, select, input:not([type="radio"]):not([type="checkbox"]), textarea, [role="checkbox"]:not(g), label:has(input[type="radio"]), label:has(input[type="checkbox"]), summary',
        );
        for (const el of controls) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue; // not shown (e.g. print only)
          if (r.height < 43.5) out.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}" is ${Math.round(r.height)}px tall`);
        }
        return out;
      });
      for (const f of found) problems.push(`${title}: ${f}`);
    });
    assert.deepEqual(problems, []);
    guard.assertClean('at 320 px');
  } finally {
    await context.close();
  }
});

test('each step moves the focus to the new screen heading', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin);
  try {
    let steps = 0;
    await walk(page, guard, async (title) => {
      if (title === 'Calcinosis Aid') return;
      const focused = await page.evaluate(() => {
        const root = document.getElementById('calcinosis-aid')?.shadowRoot ?? document;
        const el = root.activeElement;
        return el && /^H[12]$/.test(el.tagName) ? el.textContent.trim() : `${el?.tagName}`;
      });
      assert.equal(focused, title, `focus after reaching "${title}"`);
      steps++;
    });
    assert.ok(steps >= 6, `only ${steps} screens checked`);
    guard.assertClean('moving focus');
  } finally {
    await context.close();
  }
});

test('switching to Spanish in the middle keeps every answer', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin);
  try {
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('spinbutton', { name: 'How old are you?' }).fill('34');
    await page.getByRole('group', { name: 'Sex' }).getByRole('radio', { name: 'Female', exact: true }).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'The lump or lumps' }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('heading', { level: 2, name: 'El bulto o los bultos' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    await page.getByRole('button', { name: 'Atrás', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Sobre usted' }).waitFor();
    assert.equal(await page.getByRole('spinbutton', { name: '¿Qué edad tiene usted?' }).inputValue(), '34');
    assert.ok(await page.getByRole('radio', { name: 'Femenino', exact: true }).isChecked());
    guard.assertClean('switching language');
  } finally {
    await context.close();
  }
});

test('a browser in Spanish gets the Spanish version on a first visit', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin, { locale: 'es-MX' });
  try {
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    await page.getByRole('button', { name: 'Empezar', exact: true }).waitFor();
    guard.assertClean('in Spanish');
  } finally {
    await context.close();
  }
});

test('the summary prints on one or two pages', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin);
  try {
    assert.equal(await walk(page, guard, () => {}), 'Your summary');
    await page.emulateMedia({ media: 'print' });
    mkdirSync(OUTPUT, { recursive: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(OUTPUT, 'summary-print.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 2, `the printout has ${pages} pages`);
    // Buttons and navigation are not printed.
    const printedButtons = await page.evaluate(
      () => [...document.querySelectorAll('button')].filter((b) => b.getBoundingClientRect().height > 0).length,
    );
    assert.equal(printedButtons, 0, 'buttons show in print');
    guard.assertClean('printing');
  } finally {
    await context.close();
  }
});

test('text at 200% still reflows without sideways scrolling, and focus is visible', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin, { width: 640 });
  try {
    // The browser's text size set to 200% (32 px), as a person with low vision would.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    const problems = [];
    await walk(page, guard, async (title) => {
      const wide = await page.evaluate(() => {
        const doc = document.scrollingElement;
        return doc.scrollWidth > doc.clientWidth + 1 ? doc.scrollWidth : 0;
      });
      if (wide) problems.push(`${title}: ${wide}px wide at 200% text`);
      // The keyboard focus shows: an outline or a ring on the focused control.
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const root = document.getElementById('calcinosis-aid')?.shadowRoot ?? document;
        const el = root.activeElement;
        if (!el || el === document.body) return 'nothing focused';
        if (el.tagName === 'A' && el.closest('p, li')) return ''; // inline links: underlined
        const s = getComputedStyle(el);
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
        return outline || s.boxShadow !== 'none' ? '' : `${el.tagName} has no visible focus`;
      });
      if (ring) problems.push(`${title}: ${ring}`);
    });
    assert.deepEqual(problems, []);
    guard.assertClean('at 200% text');
  } finally {
    await context.close();
  }
});
