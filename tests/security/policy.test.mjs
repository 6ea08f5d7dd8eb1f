// I1, I2 and I4 (security review), and the README's deployment advice:
// - I1: the aid starts and works under Trusted Types (require-trusted-types-for 'script'),
//   and its policy lets through nothing but the app's own markup;
// - I2: index.html carries the policy in a <meta> for hosts that send no header, and a
//   style slipped into the aid then fetches nothing from another site;
// - I4: with the advised Cross-Origin-Opener-Policy, a page that opened the aid's tab
//   cannot later send that tab elsewhere;
// - the README gives exactly the headers the tests use, for the page, the iframe and mount.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP, DIST, HEADERS, ROOT, appReady, launchBrowser, openCaseAndWalk, serve, watch } from './lib.mjs';
import { META_CSP } from '../e2e/web.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(() => browser?.close());

/** Slips a style into the aid's shadow root that would fetch from `origin`. */
const exfiltrate = (page, origin) =>
  page.evaluate((evil) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`.aid { background-image: url(${evil}/leak-img) } @font-face { font-family: x; src: url(${evil}/leak-font) } .aid h2 { font-family: x }`);
    const shadow = document.getElementById('calcinosis-aid').shadowRoot;
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  }, origin);

for (const [label, csp] of [['the documented CSP header (Trusted Types enforced)', CSP], ['no header: the <meta> CSP of index.html', null]]) {
  test(`I1, I2: under ${label} the aid walks to the summary, and a slipped-in style fetches nothing elsewhere`, async () => {
    if (csp) assert.match(csp, /require-trusted-types-for 'script'/);
    const site = await serve({ routes: [['/aid/', DIST]], csp });
    const evil = await serve({ host: 'localhost' });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const seen = watch(page);
      const violations = [];
      await context.exposeBinding('__violation', (_s, v) => violations.push(v));
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) => globalThis.__violation(`${e.violatedDirective} ${e.blockedURI}`), true),
      );
      await page.goto(`${site.origin}/aid/?hide-intro`);
      await appReady(page);
      await openCaseAndWalk(page);
      // The About screen too (many links, written as the app's own markup).
      await page.getByRole('button', { name: 'About and sources' }).click();
      await page.locator('#calcinosis-aid .about').waitFor();
      assert.deepEqual(violations, [], 'a CSP violation while walking');
      assert.deepEqual(seen.errors, []);
      // Trusted Types: the page's own policy refuses markup the app did not make.
      const refused = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>';
          return false;
        } catch {
          return true;
        }
      });
      assert.ok(refused, 'markup the app did not make went into innerHTML');
      await exfiltrate(page, evil.origin);
      await page.waitForTimeout(800);
      assert.deepEqual(evil.log.filter((p) => p.startsWith('/leak')), [], 'a style fetched from another site');
    } finally {
      await context.close();
      await site.close();
      await evil.close();
    }
  });
}

test('I2: the <meta> CSP in index.html is the header\'s, but frame-ancestors', () => {
  const page = readFileSync(join(DIST, 'index.html'), 'utf8');
  const meta = page.match(/<meta [^>]*http-equiv="?Content-Security-Policy[^>]*>/i);
  assert.ok(meta, 'no <meta http-equiv=Content-Security-Policy> in dist/index.html');
  assert.equal(meta[0].match(/content="([^"]*)"/)?.[1], META_CSP);
  assert.ok(page.indexOf(meta[0]) < page.indexOf('<link'), 'the policy comes after what it should cover');
});

test('I4: with the advised COOP, the page that opened the aid cannot send its tab elsewhere', async () => {
  assert.equal(HEADERS['Cross-Origin-Opener-Policy'], 'same-origin');
  const site = await serve({ routes: [['/aid/', DIST]] });
  const overrides = new Map();
  const evil = await serve({ overrides, host: 'localhost' });
  overrides.set('/open.html', ['text/html', '<!doctype html><button id=b>Open the aid</button><script src="/o.js"></script>']);
  overrides.set('/o.js', ['text/javascript', `document.getElementById('b').onclick = () => { window.w = open('${site.origin}/aid/?hide-intro'); setTimeout(() => { try { w.location = '${evil.origin}/lookalike.html'; } catch {} }, 3000); };`]);
  overrides.set('/lookalike.html', ['text/html', '<!doctype html><title>Calcinosis Aid</title><p>Session expired. Enter your answers again…</p>']);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${evil.origin}/open.html`);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.click('#b')]);
    await appReady(popup);
    await page.waitForTimeout(4000);
    assert.ok(popup.url().startsWith(`${site.origin}/aid/`), `the aid's tab went to ${popup.url()}`);
    assert.equal(await page.evaluate(() => window.w.closed), true, 'the opener keeps a handle on the aid\'s tab');
  } finally {
    await context.close();
    await site.close();
    await evil.close();
  }
});

test('the README gives the tested headers for the aid\'s page, the iframe and mount mode', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const deploying = readme.slice(readme.indexOf('## Deploying'), readme.indexOf('## How the reasoning works'));
  assert.ok(deploying.includes(`Content-Security-Policy: ${CSP}`), 'the README\'s CSP is not the tested one');
  for (const [name, value] of Object.entries(HEADERS)) {
    assert.ok(deploying.includes(`${name}: ${value}`), `the README does not give ${name}: ${value}`);
  }
  assert.ok(!/frame-ancestors \*/.test(readme), 'the README still shows frame-ancestors *');
  // nginx: the same policy and headers.
  assert.ok(deploying.includes(`add_header Content-Security-Policy "${CSP}"`), 'the nginx example has another CSP');
  for (const [name, value] of Object.entries(HEADERS)) {
    assert.ok(deploying.includes(`add_header ${name} "${value}"`), `the nginx example lacks ${name}`);
  }
  assert.match(deploying, /folder of its own/);
  assert.match(deploying, /In an element of your page[\s\S]*can see/);
});
