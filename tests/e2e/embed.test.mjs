// Calcinosis Aid on a clinic's page, both ways (README, "Embedding"): the host pages in
// tests/embed/ are served on 127.0.0.1 with dist/ under a sub-folder (/sub/folder/), and
// Chromium drives each one. Every fixture: the aid loads, a walk by mouse reaches the
// summary with the clinic's phone in the red-flag box, and there is no console error, CSP
// violation or request to another origin; screenshots go to tests/e2e/output/embed-*.png.
// Besides: the iframe's height follows its content; under a host page's strict CSP, start.js
// copied to another folder finds the aid through data-base and the theme applies;
// Mounted on a clinic's page the aid's shadow root is closed: to look inside, each page
// here opens it the way a script that runs before start.js could (OPEN_SHADOW; the
// security tests check that without it nothing is reachable); on a page
// with hostile global CSS every style inside the aid is as on the aid's own page and every
// style outside it is as without the aid; bad settings are ignored with a warning each.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import {
  CSP,
  DIST,
  MIME,
  ROOT,
  assertAccessible,
  launchBrowser,
  openPage,
  ownFilePaths,
  screenshot,
  showMyAnswers,
  HOST_CSP,
} from './lib.mjs';

const FIXTURES = join(ROOT, 'tests', 'embed');
const BASE = '/sub/folder/';
const CLINIC = { name: 'Green Valley Clinic', phone: '+1 (555) 010-0199', tel: 'tel:+15550100199' };

// What the host pages may request: the fixtures at /, dist/ under BASE and start.js's copy.
const FILES = new Set([
  ...[...ownFilePaths(FIXTURES)].filter((path) => path !== '/'),
  ...[...ownFilePaths(DIST)].map((path) => BASE + path.slice(1)),
  '/elsewhere/start.js',
]);

let server;
let origin;
let browser;

/** Makes attachShadow open what it is asked to close, before any script of the page runs. */
const OPEN_SHADOW = () => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    return attach.call(this, { ...init, mode: 'open' });
  };
};

/** openPage, with the aid's closed shadow root opened (OPEN_SHADOW). */
async function openHost(...args) {
  const opened = await openPage(...args);
  await opened.context.addInitScript(OPEN_SHADOW);
  return opened;
}

/** dist/ under /sub/folder/ (with the aid's CSP), a copy of start.js at /elsewhere/, and the
 * host pages at / (strict-csp.html with HOST_CSP, the others with none). */
function serve() {
  return new Promise((done, fail) => {
    const s = createServer(async (request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let dir = FIXTURES;
      let rest = path;
      const headers = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
      if (path.startsWith(BASE)) {
        [dir, rest] = [DIST, path.slice(BASE.length - 1)];
        headers['Content-Security-Policy'] = CSP;
      } else if (path === '/elsewhere/start.js') {
        [dir, rest] = [DIST, '/start.js'];
      } else if (path === '/strict-csp.html') {
        headers['Content-Security-Policy'] = HOST_CSP;
      }
      if (rest.endsWith('/')) rest += 'index.html';
      const file = normalize(join(dir, rest));
      if (!file.startsWith(dir + sep)) return response.writeHead(403).end();
      try {
        const body = await readFile(file);
        response.writeHead(200, { ...headers, 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      } catch {
        response.writeHead(404, headers).end('not found');
      }
    });
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => done(s));
  });
}

before(async () => {
  server = await serve();
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
});

// ---- Driving the aid inside a scope: its mount element, or its iframe ----

const scopeOf = (page, fixture) =>
  fixture === 'iframe'
    ? page.frameLocator('iframe[data-calcinosis-aid]')
    : page.locator('#calcinosis-aid');

/** The screen's title: the aid's first h2, else its h1. */
async function titleIn(scope) {
  for (const level of [2, 1]) {
    const heading = scope.getByRole('heading', { level });
    if ((await heading.count()) > 0) return (await heading.first().innerText()).trim();
  }
  return '';
}

const frame = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));

/** Waits (frame by frame, no fixed sleep) until `check()` holds; returns its last value. */
async function until(page, check, what, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await frame(page);
  }
}

async function waitForAid(page, scope, guard) {
  try {
    await until(page, () => titleIn(scope), 'the aid to show a heading');
  } catch (error) {
    throw new Error(`${error.message}; problems: ${guard.problems.join('; ')}`);
  }
}

async function anyChecked(options) {
  for (const option of await options.all()) if (await option.isChecked()) return true;
  return false;
}

/** From the screen shown to the summary: first option of every question, then Next. */
async function walk(page, scope) {
  let title = await titleIn(scope);
  for (let step = 0; step < 30 && title !== 'Your summary'; step++) {
    const start = scope.getByRole('button', { name: 'Start', exact: true });
    const summary = scope.getByRole('button', { name: 'See my summary', exact: true });
    if ((await start.count()) > 0) await start.click();
    else if ((await summary.count()) > 0) await summary.click();
    else {
      for (const group of await scope.getByRole('radiogroup').or(scope.getByRole('group')).all()) {
        for (const role of ['radio', 'checkbox']) {
          const options = group.getByRole(role);
          if ((await options.count()) > 0 && !(await anyChecked(options))) await options.first().check();
        }
      }
      await scope.getByRole('button', { name: 'Next', exact: true }).click();
    }
    const previous = title;
    title = await until(page, async () => {
      const now = await titleIn(scope);
      return now && now !== previous ? now : '';
    }, `a new screen after "${previous}"`);
  }
  assert.equal(title, 'Your summary');
}

async function assertClinicLine(scope, name = CLINIC.name) {
  const urgent = scope.getByRole('region', { name: 'Act on this first' });
  const line = urgent.getByText(name ? `Call ${name} at` : 'Call us at');
  assert.equal(await line.count(), 1, 'no "Call … at …" line in the red-flag box');
  const link = urgent.getByRole('link', { name: name ? CLINIC.phone : '020 7946 0000' });
  assert.equal(await link.getAttribute('href'), name ? CLINIC.tel : 'tel:02079460000');
}

// ---- Computed styles ----

const PROPS = [
  'display', 'box-sizing', 'font-family', 'font-size', 'font-weight', 'font-style',
  'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align',
  'text-indent', 'text-decoration-line', 'direction', 'color', 'background-color',
  'border-top-width', 'border-top-style', 'border-top-color', 'border-left-width',
  'border-top-left-radius', 'padding-top', 'padding-left', 'padding-bottom', 'margin-top',
  'margin-bottom', 'min-height', 'min-width', 'cursor', 'list-style-type', 'vertical-align',
  'outline-style', 'appearance', 'accent-color', 'grid-template-columns',
];

/** Computed styles of the first match of each selector inside the aid's shadow root (or,
 * with `host`, in the page itself). */
function stylesOf(page, selectors, { host = false } = {}) {
  return page.evaluate(
    ({ selectors, props, host }) => {
      const root = host ? document : document.getElementById('calcinosis-aid').shadowRoot;
      return Object.fromEntries(
        selectors.map((selector) => {
          const element = root.querySelector(selector);
          if (!element) return [selector, null];
          const style = getComputedStyle(element);
          return [selector, Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]))];
        }),
      );
    },
    { selectors, props: PROPS, host },
  );
}

const INTRO_SELECTORS = [
  '.aid', '.skip-link', '.app-header', 'select', '.lang-switch label', 'h1', '.tagline',
  '.screen > p:nth-of-type(3)', '.notice', '.notice strong', '.facts', '.facts li',
  '.actions', 'button.primary', '.app-footer', '.app-footer button.link',
];
const SECTION_SELECTORS = [
  'h1.brand', 'h2', '.progress-text', 'progress', '.steps', '.steps li', '.question',
  'legend', '.q-label', '.options', '.option', '.option label', 'input[type="radio"]',
  'input[type="number"], input[type="text"]', '.help summary', 'button.secondary',
  'button.primary', '.app-footer p',
];
const HOST_SELECTORS = [
  'html', 'body', 'header', 'header h1', 'main', 'main h2', '#host-text', '#host-text a',
  '#host-button', '#host-after',
];

// ---- The fixtures ----

for (const fixture of ['iframe', 'mount', 'strict-csp', 'hostile']) {
  test(`${fixture}: the aid loads, a walk reaches the summary, nothing is reported`, async () => {
    const { context, page, guard } = await openHost(browser, origin, { files: FILES });
    try {
      const response = await page.goto(`${origin}/${fixture}.html`);
      if (fixture === 'strict-csp') {
        assert.equal(response.headers()['content-security-policy'], HOST_CSP);
      }
      const scope = scopeOf(page, fixture);
      await waitForAid(page, scope, guard);
      assert.equal(await scope.getByText(/^Loading/).count(), 0, 'the loading text is still shown');
      guard.assertClean('while starting');
      if (fixture === 'mount' || fixture === 'strict-csp') {
        await assertAccessible(page, `${fixture}.html`);
      }
      await screenshot(page, `embed-${fixture}-start`);
      await walk(page, scope);
      await assertClinicLine(scope, fixture === 'strict-csp' ? '' : CLINIC.name);
      await screenshot(page, `embed-${fixture}-summary`);
      guard.assertClean('on the walk');
    } finally {
      await context.close();
    }
  });
}

test('mount: the snippet is preloaded and files are made from the aid\'s folder; a clinic\'s page gets no service worker', async () => {
  const { context, page, guard } = await openHost(browser, origin, { files: FILES, serviceWorkers: 'allow' });
  try {
    await page.goto(`${origin}/mount.html`);
    const scope = scopeOf(page, 'mount');
    await waitForAid(page, scope, guard);
    // start.js asked for the glue's snippet from the aid's folder before the glue itself,
    // not once the glue had arrived (one round trip less).
    const started = await page.evaluate(() =>
      Object.fromEntries(
        performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.startTime]),
      ),
    );
    const snippet = Object.keys(started).find((p) => p.startsWith(`${BASE}snippets/`) && p.endsWith('/io.js'));
    assert.ok(snippet, `no snippet request: ${Object.keys(started)}`);
    assert.ok(
      started[snippet] <= started[`${BASE}calcinosis-aid.js`],
      `the snippet was asked for at ${started[snippet]} ms, after the glue (${started[`${BASE}calcinosis-aid.js`]} ms)`,
    );
    await walk(page, scope);
    // The exchange module comes from /sub/folder/ (data-base), not from the page's folder.
    await showMyAnswers(scope);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      scope.getByRole('button', { name: 'Download for my clinic', exact: true }).click(),
    ]);
    assert.equal(await file.failure(), null);
    assert.match(file.suggestedFilename(), /^calcinosis-aid-for-my-clinic-\d{4}-\d\d-\d\d\.json$/);
    const response = JSON.parse(await readFile(await file.path(), 'utf8'));
    assert.equal(response.resourceType, 'QuestionnaireResponse');
    // start.js registers its worker only on the aid's own page, once that page has loaded.
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    assert.ok(
      guard.requests.some((r) => r === `GET ${BASE}calcinosis-exchange_bg.wasm`),
      `the exchange module was not loaded from ${BASE}: ${guard.requests.join(', ')}`,
    );
    guard.assertClean('making a file');
  } finally {
    await context.close();
  }
});

test('iframe: the frame takes the height of its content as it changes', async () => {
  const { context, page, guard } = await openHost(browser, origin, { files: FILES });
  try {
    await page.goto(`${origin}/iframe.html`);
    const scope = scopeOf(page, 'iframe');
    await waitForAid(page, scope, guard);
    const measure = () =>
      page.evaluate(() => {
        const f = document.querySelector('iframe[data-calcinosis-aid]');
        const inner = f.contentDocument.documentElement;
        return {
          frame: f.getBoundingClientRect().height,
          content: Math.ceil(inner.getBoundingClientRect().height),
          scrolls: inner.scrollHeight > f.clientHeight + 1,
          border: getComputedStyle(f).borderTopWidth,
        };
      });
    // The aid posts its height rounded up (at most an eighth more, start.js): the frame
    // holds all of its content, with no more than that below it.
    const fitting = (m) => m.frame >= m.content && m.frame <= m.content * 1.125 + 64 && !m.scrolls;
    const fits = (what) =>
      until(page, async () => {
        const m = await measure();
        return fitting(m) ? m : null;
      }, `the frame to fit its content (${what})`);
    const intro = await fits('intro');
    assert.equal(intro.border, '0px', "embed.js leaves the browser's default border on");
    await scope.getByRole('button', { name: 'Start', exact: true }).click();
    await until(page, async () => (await titleIn(scope)) === 'About you', 'the first section');
    const section = await fits('first section');
    assert.notEqual(section.frame, intro.frame, 'the frame kept the intro height');
    // Content that grows past the frame's height grows the frame: the help texts opened,
    // and then as much again.
    for (const help of await scope.getByText('What does this mean?').all()) await help.click();
    await page.evaluate((height) => {
      const f = document.querySelector('iframe[data-calcinosis-aid]');
      const more = f.contentDocument.createElement('div');
      more.style.height = `${height}px`;
      f.contentDocument.body.append(more);
    }, section.frame);
    const opened = await until(page, async () => {
      const m = await measure();
      return m.frame > section.frame && fitting(m) ? m : null;
    }, 'the frame to grow with its content');
    assert.ok(opened.frame > section.frame);
    // The host page's text after the frame moves down with it.
    const below = await page.locator('#after-frame').boundingBox();
    const box = await page.locator('iframe').boundingBox();
    assert.ok(below.y >= box.y + box.height, 'the text after the frame is under it');
    await screenshot(page, 'embed-iframe-help-open');
    guard.assertClean('while resizing');
  } finally {
    await context.close();
  }
});

test('strict-csp: data-base finds the aid from another folder, the theme and hide-intro apply', async () => {
  const { context, page, guard } = await openHost(browser, origin, { files: FILES });
  try {
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${origin}/strict-csp.html`);
    const scope = scopeOf(page, 'strict-csp');
    await waitForAid(page, scope, guard);
    assert.equal(await titleIn(scope), 'About you', 'hide-intro: the aid starts at the questions');
    for (const file of ['calcinosis-aid.js', 'calcinosis-aid_bg.wasm', 'main.css']) {
      assert.ok(requests.includes(`${BASE}${file}`), `${file} not loaded from data-base`);
    }
    const styles = await stylesOf(page, ['.aid', 'button.primary', '.question']);
    assert.match(styles['.aid']['font-family'], /^Georgia, serif/);
    assert.equal(styles['.aid']['background-color'], 'rgb(255, 255, 255)');
    assert.equal(styles['button.primary']['background-color'], 'rgb(11, 61, 46)');
    assert.equal(styles['.question']['border-top-left-radius'], '2px');
    // The first screen has no Back (there is no intro to go back to), and carries the
    // intro's emergency line.
    assert.equal(await scope.getByRole('button', { name: 'Back', exact: true }).count(), 0);
    await scope.getByText('In an emergency, call your local emergency number now.').waitFor();
    assert.equal(await titleIn(scope), 'About you');
    guard.assertClean('with the theme');
  } finally {
    await context.close();
  }
});

test('strict-csp in Spanish: the Spanish texts come from data-base\'s folder, under the host\'s policy', async () => {
  const { context, page, guard } = await openHost(browser, origin, { files: FILES });
  try {
    // The same page, its element set to Spanish (data-lang="es").
    await page.route(`${origin}/strict-csp.html`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<div id="calcinosis-aid"', '<div id="calcinosis-aid" data-lang="es"');
      await route.fulfill({ response, body });
    });
    await page.goto(`${origin}/strict-csp.html`);
    const scope = scopeOf(page, 'strict-csp');
    await waitForAid(page, scope, guard);
    assert.equal(await titleIn(scope), 'Sobre usted');
    assert.deepEqual(
      guard.requests.filter((r) => r.endsWith('.pack')),
      [`GET ${BASE}es.pack`],
      'es.pack not fetched once from data-base',
    );
    guard.assertClean('in Spanish');
  } finally {
    await context.close();
  }
});

test('hostile: host styles do not reach into the aid, the aid changes nothing outside it', async () => {
  // The aid on its own page: the styles every element should have.
  const own = await openHost(browser, origin, { files: FILES });
  const expected = {};
  try {
    await own.page.goto(`${origin}${BASE}`);
    const scope = scopeOf(own.page, 'own');
    await waitForAid(own.page, scope, own.guard);
    expected.intro = await stylesOf(own.page, INTRO_SELECTORS);
    await scope.getByRole('button', { name: 'Start', exact: true }).click();
    await until(own.page, async () => (await titleIn(scope)) === 'About you', 'the first section');
    expected.section = await stylesOf(own.page, SECTION_SELECTORS);
  } finally {
    await own.context.close();
  }

  // The hostile page without the aid (start.js stubbed out): the host's own styles.
  const bare = await openHost(browser, origin, { files: FILES });
  let hostBefore;
  let bareHead;
  try {
    await bare.page.route('**/start.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: '' }),
    );
    await bare.page.goto(`${origin}/hostile.html`);
    hostBefore = await stylesOf(bare.page, HOST_SELECTORS, { host: true });
    bareHead = await bare.page.evaluate(() => [document.styleSheets.length, document.head.children.length]);
  } finally {
    await bare.context.close();
  }

  const { context, page, guard } = await openHost(browser, origin, { files: FILES });
  try {
    await page.goto(`${origin}/hostile.html`);
    const scope = scopeOf(page, 'hostile');
    await waitForAid(page, scope, guard);
    const intro = await stylesOf(page, INTRO_SELECTORS);
    for (const selector of INTRO_SELECTORS) {
      assert.ok(intro[selector], `${selector} not found in the aid`);
      assert.deepEqual(intro[selector], expected.intro[selector], `styles of ${selector} differ`);
    }
    // The language switch changes the aid's lang, not the page's, nor its title.
    await scope.getByRole('combobox', { name: 'Language' }).selectOption('es');
    const spanish = scope.getByRole('button', { name: 'Empezar', exact: true });
    await until(page, async () => (await spanish.count()) === 1, 'the Spanish intro');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
    assert.equal(await page.title(), 'Hostile host page');
    assert.equal(
      await page.evaluate(() => document.getElementById('calcinosis-aid').shadowRoot.querySelector('.aid').lang),
      'es',
    );
    await scope.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await scope.getByRole('button', { name: 'Start', exact: true }).click();
    await until(page, async () => (await titleIn(scope)) === 'About you', 'the first section');
    const section = await stylesOf(page, SECTION_SELECTORS);
    for (const selector of SECTION_SELECTORS) {
      assert.ok(section[selector], `${selector} not found in the aid`);
      assert.deepEqual(section[selector], expected.section[selector], `styles of ${selector} differ`);
    }
    // Outside the aid: every host element as without it, no stylesheet or element added.
    assert.deepEqual(await stylesOf(page, HOST_SELECTORS, { host: true }), hostBefore);
    assert.deepEqual(
      await page.evaluate(() => [document.styleSheets.length, document.head.children.length]),
      bareHead,
    );
    // Keyboard: Tab reaches the aid's controls and Space answers inside the shadow root.
    const female = scope.getByRole('radio', { name: 'Female' });
    await female.focus();
    await page.keyboard.press('Space');
    assert.ok(await female.isChecked(), 'Space did not pick the focused option');
    await screenshot(page, 'embed-hostile-section');
    guard.assertClean('on the hostile page');
  } finally {
    await context.close();
  }
});

test('bad settings are each ignored with a console warning, and the aid starts', async () => {
  const { context, page, guard } = await openHost(browser, origin, { files: FILES });
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  try {
    await page.goto(`${origin}/bad-settings.html`);
    const scope = scopeOf(page, 'bad-settings');
    await waitForAid(page, scope, guard);
    // The defaults: the intro, English, the aid's own colours.
    assert.equal(await titleIn(scope), 'Calcinosis Aid');
    assert.equal(await scope.getByRole('button', { name: 'Start', exact: true }).count(), 1);
    const styles = await stylesOf(page, ['button.primary', '.aid']);
    assert.equal(styles['button.primary']['background-color'], 'rgb(26, 91, 136)');
    assert.equal(styles['button.primary']['border-top-left-radius'], '8px');
    assert.match(styles['.aid']['font-family'], /^system-ui/);
    for (const name of [
      'data-lang', 'data-clinic-phone', 'data-hide-intro', 'theme-primary', 'theme-background',
      'data-theme-font', 'data-theme-radius', 'data-base', 'data-colour', 'clinic-name',
    ]) {
      assert.ok(warnings.some((w) => w.includes(name) && w.includes('ignored')), `no warning about ${name}`);
    }
    guard.assertClean('with bad settings');
  } finally {
    await context.close();
  }

  // The aid's own page, opened directly: clinic settings and base from the address are
  // refused (an address can be forged), unknown and bad ones too; lang is honoured.
  const direct = await openHost(browser, origin, { files: FILES });
  const directWarnings = [];
  direct.page.on('console', (m) => m.type() === 'warning' && directWarnings.push(m.text()));
  try {
    await direct.page.goto(`${origin}${BASE}?lang=es&clinic-phone=555%20123&base=/x/&radius=3&theme-radius=2em`);
    const scope = scopeOf(direct.page, 'own');
    await waitForAid(direct.page, scope, direct.guard);
    assert.equal(await direct.page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal(await scope.getByRole('button', { name: 'Empezar' }).count(), 1);
    for (const name of ['?clinic-phone', '?base', '?radius', '?theme-radius']) {
      assert.ok(directWarnings.some((w) => w.includes(name)), `no warning about ${name}`);
    }
    direct.guard.assertClean('with bad parameters');
  } finally {
    await direct.context.close();
  }
});
