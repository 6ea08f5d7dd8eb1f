// One measured visit of one app in a fresh browser context (empty cache): bytes over the
// wire, the load marks from probe.mjs, a full walk with the time of every answer, and the
// JavaScript heap at the end. CPU throttling through the DevTools protocol.

import { CHROMIUM_ARGS } from '../tests/e2e/web.mjs';
import { probe } from './probe.mjs';

export { CHROMIUM_ARGS };

// A phone-sized viewport (Lighthouse's mobile screen), CSS pixels.
export const VIEWPORT = { width: 412, height: 823 };

const MAX_STEPS = 120;

function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
export { median };

/**
 * Visits `app` ({ name, origin, cfg }) once. Returns
 * { bytes, requests, startInteractive, firstQuestion, fcp, answerPaint, answerWork, answers,
 *   heapUsed, wasmMemory, heapWithWasm, screens, ... }.
 */
export async function visit(browser, app, { cpu = 1, timeout = 60_000 } = {}) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    // As the e2e tests: no smooth scrolling or animation for any of the three, so the walk
    // is not waiting on them (a person who asks for reduced motion gets the same).
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  try {
    // Only this machine's server: anything else would be a CDN call (there must be none).
    const offOrigin = [];
    await context.route(
      (url) => !url.href.startsWith(`${app.origin}/`),
      (route) => {
        offOrigin.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    await context.addInitScript(probe, app.cfg);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    const requests = new Map();
    let bytes = 0;
    let count = 0;
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
      count += 1;
    });
    if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });

    await page.goto(`${app.origin}/`, { waitUntil: 'commit', timeout });
    const marks = await Promise.race([
      page.evaluate(() => window.__bench.loaded),
      new Promise((_, fail) =>
        setTimeout(() => fail(new Error(`${app.name}: no first question within ${timeout} ms`)), timeout),
      ),
    ]);
    await page.waitForLoadState('load', { timeout });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100))); // late requests
    const firstVisit = { bytes, requests: count };

    // The walk: answer the first option of each visible question, go on, to the end.
    // Layout settles first (LHC-Forms re-lays the form out after its first render), and
    // again after each screen change; a click that missed (the page moved under it) is
    // tried again and not counted.
    const answers = [];
    let screens = 1;
    let missed = 0;
    await page.evaluate(() => window.__bench.stable());
    let s = await page.evaluate(() => window.__bench.step());
    for (let step = 0; step < MAX_STEPS && !s.done; step++) {
      if (s.stuck) throw new Error(`${app.name}: the walk is stuck on "${s.key}"`);
      if (s.answer) {
        await page.mouse.click(s.answer.x, s.answer.y);
        const { result, next } = await page.evaluate(() => window.__bench.measuredThenStep());
        if (result.checked) answers.push(result);
        else if (++missed > 5) throw new Error(`${app.name}: the answer "${s.name}" did not take`);
        s = next;
      } else {
        await page.mouse.click(s.next.x, s.next.y);
        await page.waitForFunction(
          (key) => window.__bench.done() || window.__bench.screenKey() !== key,
          s.key,
          { timeout, polling: 'raf' },
        );
        await page.evaluate(() => window.__bench.stable());
        screens += 1;
        s = await page.evaluate(() => window.__bench.step());
      }
    }
    if (!(await page.evaluate(() => window.__bench.done()))) {
      throw new Error(`${app.name}: the walk did not reach the end in ${MAX_STEPS} steps`);
    }

    // Heap after the walk, after a full garbage collection.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const timing = await page.evaluate(() => window.__bench.timing());
    const wasmMemory = await page.evaluate(() => window.__bench.wasmMemory());
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value;
    const usage = await cdp.send('Runtime.getHeapUsage');
    if (errors.length) throw new Error(`${app.name}: page errors: ${errors.join('; ')}`);
    if (offOrigin.length) throw new Error(`${app.name}: requests elsewhere: ${offOrigin.join(', ')}`);
    return {
      bytes: firstVisit.bytes,
      requests: firstVisit.requests,
      bytesAfterWalk: bytes,
      startInteractive: marks.startInteractive ?? null,
      firstQuestion: marks.firstQuestion,
      fcp: timing.fcp,
      load: timing.load,
      answerPaint: median(answers.map((a) => a.paint)),
      answerWork: median(answers.map((a) => a.work)),
      reveal: answers.find((a) => a.reveal !== undefined)?.reveal ?? null,
      answers: answers.length,
      missed,
      screens,
      heapUsed: metric('JSHeapUsedSize'),
      wasmMemory,
      heapWithWasm: metric('JSHeapUsedSize') + wasmMemory,
      backingStorage: usage.backingStorageSize ?? null,
    };
  } finally {
    await context.close();
  }
}
