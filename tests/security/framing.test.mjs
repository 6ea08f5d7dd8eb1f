// M1 and L1 (security review): another site cannot frame the aid under the documented
// policy, and even where a host lets it (frame-ancestors *), it can set no clinic and gets
// no height; a page of the aid's own site gets the clinic it sets and rounded heights only;
// embed.js sizes only the aid's frame, from the frame's origin.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CSP, DIST, appReady, launchBrowser, openCaseAndWalk, serve, watch } from './lib.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

const FAKE = '?hide-intro&clinic-name=Green%20Valley%20Clinic&clinic-phone=%2B1%20900%20555%200123';
const ANY_FRAMER = CSP.replace("frame-ancestors 'self'", 'frame-ancestors *');

/** The other site's page: frames the aid at `src` and logs every message it gets. */
function attackerPage(overrides, src) {
  overrides.set('/fake.html', ['text/html', `<!doctype html><meta charset=utf-8><title>Green Valley Clinic</title><h1>Green Valley Clinic</h1><iframe style="width:900px;height:700px" src="${src}"></iframe><script src="/spy.js"></script>`]);
  overrides.set('/spy.js', ['text/javascript', 'window.got = []; addEventListener("message", (e) => window.got.push(e.data));']);
}

test('M1: under the documented CSP another site cannot frame the aid', async () => {
  assert.match(CSP, /frame-ancestors 'self'(;|$)/);
  const clinic = await serve({ routes: [['/aid/', DIST]] });
  const overrides = new Map();
  const evil = await serve({ overrides, host: 'localhost' });
  attackerPage(overrides, `${clinic.origin}/aid/${FAKE}`);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${evil.origin}/fake.html`);
    await page.waitForTimeout(1500);
    const frame = page.frames()[1];
    const started = await frame.evaluate(() => Boolean(document.getElementById('calcinosis-aid'))).catch(() => false);
    assert.equal(started, false, 'the aid rendered in another site\'s frame');
  } finally {
    await context.close();
    await clinic.close();
    await evil.close();
  }
});

test('M1 and L1: where a host lets any site frame it, the framer sets no clinic and gets no message', async () => {
  const clinic = await serve({ routes: [['/aid/', DIST]], csp: ANY_FRAMER });
  const overrides = new Map();
  const evil = await serve({ overrides, host: 'localhost' });
  attackerPage(overrides, `${clinic.origin}/aid/${FAKE}`);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${evil.origin}/fake.html`);
    const frame = page.frames()[1];
    await appReady(frame);
    await openCaseAndWalk(frame);
    const line = await frame.evaluate(() => document.getElementById('calcinosis-aid').shadowRoot.querySelector('.clinic')?.textContent ?? null);
    assert.equal(line, null, `the red-flag box names the framer's clinic: ${line}`);
    assert.ok(seen.console.some((m) => m.includes('?clinic-phone ignored')), 'no warning about the clinic in the address');
    assert.deepEqual(await page.evaluate(() => window.got), [], 'the aid posted to another site');
  } finally {
    await context.close();
    await clinic.close();
    await evil.close();
  }
});

test('L1: a page of the aid\'s own site gets its clinic and only rounded heights', async () => {
  const overrides = new Map();
  const site = await serve({ routes: [['/aid/', DIST]], overrides });
  attackerPage(overrides, `/aid/${FAKE.replace('900', '555')}`);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/fake.html`);
    const frame = page.frames()[1];
    await appReady(frame);
    await openCaseAndWalk(frame);
    const line = await frame.evaluate(() => document.getElementById('calcinosis-aid').shadowRoot.querySelector('.clinic')?.textContent);
    assert.equal(line, 'Call Green Valley Clinic at +1 555 555 0123.');
    const got = await page.evaluate(() => window.got);
    assert.ok(got.length > 0, 'no height was posted');
    for (const message of got) {
      assert.deepEqual(Object.keys(message).sort(), ['height', 'type'], `more than the height: ${JSON.stringify(message)}`);
      assert.equal(message.type, 'calcinosis-aid:height');
      // Rounded up to a multiple of an eighth of its power of two (start.js).
      const step = 2 ** Math.max(6, Math.floor(Math.log2(message.height)) - 3);
      assert.equal(message.height % step, 0, `height ${message.height} is not rounded`);
    }
  } finally {
    await context.close();
    await site.close();
  }
});

test('L1: a line that only some answers show (a lab value\'s feedback) moves the posted height only when it crosses a step', async () => {
  const overrides = new Map();
  const site = await serve({ routes: [['/aid/', DIST]], overrides });
  attackerPage(overrides, '/aid/?hide-intro');
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/fake.html`);
    const frame = page.frames()[1];
    await appReady(frame);
    const heading = frame.locator('#calcinosis-aid #screen-heading');
    while ((await heading.textContent()) !== 'Lab results') {
      const was = await heading.textContent();
      await frame.getByRole('button', { name: 'Next', exact: true }).click();
      await frame.waitForFunction((w) => document.getElementById('calcinosis-aid').shadowRoot.querySelector('#screen-heading')?.textContent !== w, was);
    }
    // "Do you have blood test results?" Yes: the lab fields are shown.
    await frame.getByRole('group', { name: 'Do you have blood test results?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
    await frame.locator('#calcinosis-aid #in-calcium').waitFor();
    await frame.waitForTimeout(500);
    await page.evaluate(() => (window.got = []));
    const content = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    // start.js's rounding: up to a multiple of an eighth of the height's power of two.
    const rounded = (h) => {
      const step = 2 ** Math.max(6, Math.floor(Math.log2(h)) - 3);
      return Math.ceil(h / step) * step;
    };
    const before = await content();
    await frame.locator('#calcinosis-aid #in-calcium').fill('9.4');
    await frame.waitForFunction((b) => document.documentElement.getBoundingClientRect().height > b, before);
    await frame.waitForTimeout(500);
    const after = await content();
    assert.ok(after > before, 'no feedback line appeared');
    const expected = rounded(after) === rounded(before) ? [] : [{ type: 'calcinosis-aid:height', height: rounded(after) }];
    assert.deepEqual(await page.evaluate(() => window.got), expected, `content ${before} -> ${after} px`);
  } finally {
    await context.close();
    await site.close();
  }
});

test('embed.js sizes only the aid\'s frame, and only from the origin of its address', async () => {
  const overrides = new Map();
  const site = await serve({ routes: [['/aid/', DIST]], overrides });
  const evilOverrides = new Map();
  const evil = await serve({ overrides: evilOverrides, host: 'localhost' });
  evilOverrides.set('/ad.html', ['text/html', '<!doctype html><script src="/ad.js"></script>']);
  evilOverrides.set('/ad.js', ['text/javascript', `setInterval(() => { parent.postMessage({ type: 'calcinosis-aid:height', height: 12345 }, '*'); for (let i = 0; i < parent.frames.length; i++) { try { parent.frames[i].postMessage({ type: 'calcinosis-aid:ping' }, '*'); } catch {} } }, 100);`]);
  // An ordinary ad frame beside the aid's.
  overrides.set('/host.html', ['text/html', `<!doctype html><script src="/aid/embed.js" defer></script>
<iframe data-calcinosis-aid id=aid src="/aid/?hide-intro" style="width:800px" height=600></iframe>
<iframe id=ad src="${evil.origin}/ad.html" height=100></iframe>`]);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/host.html`);
    await appReady(page.frames()[1]);
    await page.waitForTimeout(1000);
    const heights = await page.evaluate(() => ['aid', 'ad'].map((id) => getComputedStyle(document.getElementById(id)).height));
    assert.ok(!heights.includes('12345px'), `a frame took another's height: ${heights}`);
    assert.notEqual(heights[0], '600px', 'the aid\'s frame did not take its height');
  } finally {
    await context.close();
    await site.close();
    await evil.close();
  }
});
