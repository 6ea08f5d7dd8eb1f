// Lighthouse (mobile: its default phone emulation and simulated slow 4G with 4x CPU) on
// our intro, question screens and result screen, in one user flow. The app keeps no state
// in the URL, so only the intro can be a navigation (the one kind of step with a
// performance score); the screens behind Start are reached by clicking, as a person
// would, and audited as snapshots (accessibility, best practices; Lighthouse gives a
// snapshot no performance score) and the Start click as a timespan (its performance
// audits: layout shift, total blocking time, interaction to next paint).
//
// Lighthouse drives the page with puppeteer-core (a dependency of lighthouse 12, pinned
// here), launched on the machine's Chromium.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startFlow } from 'lighthouse';
import { CHROMIUM_ARGS } from './measure.mjs';
import { probe } from './probe.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

const score = (category) =>
  category && typeof category.score === 'number' ? Math.round(category.score * 100) : null;

/** Whole walk helpers from probe.mjs, installed into the page already loaded. */
async function install(page, cfg) {
  await page.evaluate(`(${probe.toString()})(${JSON.stringify(cfg)})`);
}

async function walkUntil(page, title) {
  for (let i = 0; i < 150; i++) {
    if (await page.evaluate(hasHeading, title)) return;
    const s = await page.evaluate(() => window.__bench.step());
    if (s.done || s.stuck) return;
    if (s.answer) {
      await page.touchscreen.tap(s.answer.x, s.answer.y);
      await page.evaluate(() => window.__bench.measured());
    } else {
      await page.touchscreen.tap(s.next.x, s.next.y);
      await page.waitForFunction(
        (key) => window.__bench.done() || window.__bench.screenKey() !== key,
        { polling: 'raf', timeout: 30_000 },
        s.key,
      );
      await page.evaluate(() => window.__bench.stable());
    }
  }
  throw new Error('Lighthouse walk: did not reach the screen wanted');
}

// Whether the page shows a heading (h1 or h2) with this text; run in the page.
// The app renders in the open shadow root of #calcinosis-aid.
const hasHeading = (text) =>
  [...(document.getElementById('calcinosis-aid')?.shadowRoot ?? document).querySelectorAll('h1, h2')].some(
    (h) => h.textContent.trim() === text,
  );

/**
 * Runs the flow against `origin` (our app). Writes the flow report (HTML and JSON) to
 * `outDir`. Resolves to [{ step, mode, performance, accessibility, bestPractices }].
 */
export async function lighthouseFlow(origin, outDir, { executablePath = '/usr/bin/chromium' } = {}) {
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    defaultViewport: null,
  });
  try {
    const page = await browser.newPage();
    const flow = await startFlow(page, {
      name: 'Calcinosis Aid (mobile)',
      flags: { formFactor: 'mobile', onlyCategories: CATEGORIES },
    });
    await flow.navigate(`${origin}/`, { name: 'Intro (navigation)' });

    const cfg = {
      app: 'ours',
      firstOption: 'Female',
      next: ['Start', 'See my summary', 'Next'],
      summary: 'Your summary',
      watchLoad: false,
    };
    await install(page, cfg);
    await flow.startTimespan({ name: 'Start → first question (timespan)' });
    // Lighthouse counts every layout shift in the first 500 ms after it sets the viewport
    // at the start of a timespan, input or not: tap Start later than that, as a person
    // reading the intro would, or the screen change the tap causes counts as a shift.
    await new Promise((r) => setTimeout(r, 1000));
    const start = await page.evaluate(() => {
      const root = document.getElementById('calcinosis-aid')?.shadowRoot ?? document;
      const b = [...root.querySelectorAll('button')].find((x) => x.textContent.trim() === 'Start');
      b.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.touchscreen.tap(start.x, start.y);
    await page.waitForFunction(hasHeading, { polling: 'raf', timeout: 30_000 }, 'About you');
    await page.evaluate(() => window.__bench.stable());
    await flow.endTimespan();
    await flow.snapshot({ name: 'Question screen "About you" (snapshot)' });

    await walkUntil(page, 'The lump or lumps');
    await flow.snapshot({ name: 'Question screen "The lump or lumps", body map (snapshot)' });

    await walkUntil(page, 'Your summary');
    await flow.snapshot({ name: 'Result screen "Your summary" (snapshot)' });

    const result = await flow.createFlowResult();
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'lighthouse-flow.html'), await flow.generateReport());
    writeFileSync(join(outDir, 'lighthouse-flow.json'), JSON.stringify(result, null, 1));
    return result.steps.map((step) => {
      const c = step.lhr.categories;
      return {
        step: step.name,
        mode: step.lhr.gatherMode,
        performance: score(c.performance),
        accessibility: score(c.accessibility),
        bestPractices: score(c['best-practices']),
        failing: Object.values(step.lhr.audits)
          .filter((a) => a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable'
            && a.scoreDisplayMode !== 'manual' && typeof a.score === 'number' && a.score < 0.9)
          .map((a) => `${a.id} (${Math.round(a.score * 100)})`),
        metrics: metricsOf(step.lhr),
        consoleErrors: (step.lhr.audits['errors-in-console']?.details?.items ?? []).map(
          (i) => `${i.description} (${new URL(i.sourceLocation?.url ?? 'about:blank').pathname})`,
        ),
      };
    });
  } finally {
    await browser.close();
  }
}

function metricsOf(lhr) {
  const pick = (id) => lhr.audits[id]?.displayValue;
  const out = {};
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
    'interaction-to-next-paint',
  ]) {
    const v = pick(id);
    if (v) out[id] = v;
  }
  return out;
}
