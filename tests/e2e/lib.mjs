// Helpers for the end-to-end tests: a static server for dist/ with the production
// Content-Security-Policy, a headless Chromium, a guard that records every console error,
// page error, CSP violation and off-origin request, an axe-core scan, screenshots, and
// helpers that drive the app by roles and labels (never by CSS classes).
//
// Needs only Node's standard library and the npm packages playwright-core and axe-core.

import { createServer } from 'node:http';
import { createReadStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CSP, HEADERS, META_CSP, MIME } from './web.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = resolve(process.env.DIST_DIR ?? join(ROOT, 'dist'));
export const OUTPUT = join(ROOT, 'tests', 'e2e', 'output');

export { CHROMIUM_ARGS, CSP, HEADERS, META_CSP, MIME };

export const WIDTHS = { narrow: 360, wide: 1280 };

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Serves a directory (dist/ by default) on 127.0.0.1 at a free port, with the CSP header.
 * Resolves to { origin, close() }.
 */
export async function serveDist(dir = DIST) {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const headers = {
      'Content-Security-Policy': CSP,
      ...HEADERS,
      'Cache-Control': 'no-cache',
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400, headers).end();
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const info = await stat(file);
      response.writeHead(200, {
        ...headers,
        'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
        'Content-Length': info.size,
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('not found');
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Every file in dist/ (or `dir`), as absolute paths. */
export function distFiles(dir = DIST) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? distFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The URL paths of the app's own static files: `/` and every file in dist/. */
export function ownFilePaths(dir = DIST) {
  const root = resolve(dir);
  return new Set(['/', ...distFiles(root).map((f) => `/${f.slice(root.length + 1).split(sep).join('/')}`)]);
}

/** Launches the machine's Chromium, headless. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Opens a page on `origin` at `width` px, with a guard that records every problem:
 * console errors, page errors, CSP violations (event and console message), requests to
 * any other origin (which are also blocked) and requests for anything but one of the app's
 * own static files (a GET of a file in dist/, with no query except on a page load). `guard.problems` lists them,
 * `guard.requests` every request the page made ("GET /start.js");
 * `guard.assertClean(where)` throws when there is any problem. Service workers are
 * blocked unless `serviceWorkers: 'allow'`. `files`: the paths the page may request
 * (default: dist/'s files at the root, `ownFilePaths()`).
 */
export async function openPage(
  browser,
  origin,
  {
    width = WIDTHS.wide,
    height = 900,
    colorScheme = 'light',
    locale = 'en-US',
    serviceWorkers = 'block',
    files = ownFilePaths(),
  } = {},
) {
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    locale,
    reducedMotion: 'reduce',
    serviceWorkers,
  });
  const problems = [];
  const requests = [];
  const ownFiles = files;
  const sameOrigin = (url) => url.startsWith(`${origin}/`) || url === origin;
  const local = (url) => url.startsWith('data:') || url.startsWith('blob:');

  await context.route(
    (url) => !sameOrigin(url.href) && !local(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  await context.exposeBinding('__reportCspViolation', (_source, violation) => {
    problems.push(`CSP violation: ${JSON.stringify(violation)}`);
  });
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        // eslint-disable-next-line no-undef
        globalThis.__reportCspViolation({
          directive: event.violatedDirective,
          blocked: event.blockedURI,
          source: event.sourceFile,
          line: event.lineNumber,
          sample: event.sample,
        });
      },
      true,
    );
  });

  const page = await context.newPage();
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error') {
      problems.push(`console error: ${text}`);
    } else if (/Content[- ]Security[- ]Policy/i.test(text)) {
      problems.push(`console ${message.type()} about CSP: ${text}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (local(url)) return;
    requests.push(`${request.method()} ${sameOrigin(url) ? new URL(url).pathname : url}`);
    if (!sameOrigin(url)) {
      problems.push(`request to another origin: ${url}`);
      return;
    }
    const { pathname, search } = new URL(url);
    // A query only on a page load (the aid's settings, ?lang=es); never on a file.
    const query = search !== '' && !request.isNavigationRequest();
    if (request.method() !== 'GET' || query || !ownFiles.has(pathname)) {
      problems.push(`request that is not for one of the app's files: ${request.method()} ${url}`);
    }
  });
  page.on('requestfailed', (request) => {
    if (sameOrigin(request.url())) {
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  const guard = {
    problems,
    requests,
    assertClean(where = '') {
      if (problems.length > 0) {
        throw new Error(`problems${where ? ` ${where}` : ''}:\n  ${problems.join('\n  ')}`);
      }
    },
  };
  return { context, page, guard };
}

let axeSource;

/** Runs axe-core on the page with the WCAG 2.2 AA tags; resolves to its violations. */
export async function axeViolations(page) {
  axeSource ??= readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's CSP does not govern
  // (an injected <script> element would be blocked, and rightly so).
  if (!(await page.evaluate(() => typeof globalThis.axe === 'object'))) {
    await page.evaluate(axeSource);
  }
  // No preload: axe would copy the <link> stylesheet of the app's shadow root into an
  // inline <style>@import, which the page's CSP blocks (rightly). Only css-orientation-lock
  // needs that copy; it is left incomplete, and the stylesheet locks no orientation.
  const result = await page.evaluate(
    (tags) =>
      // eslint-disable-next-line no-undef
      axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        preload: false,
      }),
    AXE_TAGS,
  );
  return result.violations;
}

/** Throws with a readable list when axe finds any violation. */
export async function assertAccessible(page, where) {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    const lines = violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n      ${v.nodes
          .slice(0, 5)
          .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`)
          .join('\n      ')}`,
    );
    throw new Error(`axe found ${violations.length} violation(s) on ${where}:\n  ${lines.join('\n  ')}`);
  }
}

/** Saves a full-page screenshot to tests/e2e/output/<name>.png. */
export async function screenshot(page, name) {
  mkdirSync(OUTPUT, { recursive: true });
  const path = join(OUTPUT, `${name.replace(/[^a-z0-9-]+/gi, '-').toLowerCase()}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Checks the screen now shown at both widths: axe finds nothing at either, and a
 * screenshot of each goes to tests/e2e/output/<name>-<width>.png. Leaves the page at
 * the width it had.
 */
export async function checkScreen(page, name) {
  const before = page.viewportSize();
  for (const width of [WIDTHS.narrow, WIDTHS.wide]) {
    await page.setViewportSize({ width, height: before.height });
    await assertAccessible(page, `${name} at ${width} px`);
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize(before);
}

// ---- Driving the app by roles and labels ----

/** The fieldset of a question, found by (a part of) its legend. */
export function question(page, legend) {
  return page.getByRole('group', { name: legend, exact: false }).first();
}

/**
 * Ticks `options` (exact labels, or patterns) of the question whose legend contains
 * `legend`: its radio buttons or its checkboxes.
 */
export async function pick(page, legend, ...options) {
  const q = question(page, legend);
  // A follow-up question appears once the answer that opens it is in.
  await q.waitFor();
  for (const option of options) {
    const exact = typeof option === 'string';
    const radio = q.getByRole('radio', { name: option, exact });
    if ((await radio.count()) > 0) await radio.first().check();
    else await q.getByRole('checkbox', { name: option, exact }).first().check();
  }
}

/** Checks the screen (axe, screenshots as `shot`), presses `button` and waits for the next. */
export async function pressNext(page, shot, button = 'Next') {
  const title = await screenTitle(page);
  await checkScreen(page, shot);
  await page.getByRole('button', { name: button, exact: true }).click();
  return nextScreen(page, title);
}

/** A clinic page's own policy, as strict as the aid's: the aid runs inside it in mount mode. */
export const HOST_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The heading that names the screen now shown: the first h2, else the first h1. */
export async function screenTitle(page) {
  for (const level of [2, 1]) {
    const heading = page.getByRole('heading', { level });
    if ((await heading.count()) > 0) return (await heading.first().innerText()).trim();
  }
  return '';
}

/** Waits until the screen's title is no longer `previous` and returns the new one. */
export async function nextScreen(page, previous, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const title = await screenTitle(page);
    if (title && title !== previous) return title;
    if (Date.now() > deadline) {
      throw new Error(`the screen "${previous}" did not change within ${timeout} ms`);
    }
    // Let the page run (an event-driven wait, not a fixed sleep).
    await page.waitForLoadState('domcontentloaded');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
  }
}


/**
 * For one test file: serves dist/ and launches Chromium before its tests and closes both
 * after them. `site.server` ({ origin, close }) and `site.browser` are set from then on.
 */
export function useSite() {
  const site = { server: undefined, browser: undefined };
  before(async () => {
    site.server = await serveDist();
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** `openPage`, then the aid's page at `origin` until the app has started (`waitForApp`). */
export async function openApp(browser, origin, options) {
  const opened = await openPage(browser, origin, options);
  try {
    await opened.page.goto(`${origin}/`);
    await waitForApp(opened.page, opened.guard);
  } catch (error) {
    await opened.context.close();
    throw error;
  }
  return opened;
}

/**
 * Waits for the app to replace "Loading…", or the static first screens of index.html
 * (its root is `[data-static]` until then), with its own first screen (a heading level 1).
 * On failure says what the page shows instead, and any problem the guard saw.
 */
export async function waitForApp(page, guard, timeout = 15_000) {
  try {
    await page.locator('[data-static]').waitFor({ state: 'detached', timeout });
    await page.getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible', timeout });
  } catch {
    const shown = (await page.locator('body').innerText()).trim().replace(/\s+/g, ' ');
    const seen = guard?.problems.length ? `; problems:\n  ${guard.problems.join('\n  ')}` : '';
    throw new Error(
      `the app showed no heading within ${timeout} ms; the page shows: "${shown.slice(0, 300)}"${seen}`,
    );
  }
}

/** Answers every unanswered radio or checkbox group on the screen with its first option. */
export async function answerFirstOptions(page) {
  const groups = page.locator('main').getByRole('radiogroup').or(page.locator('main').getByRole('group'));
  for (const group of await groups.all()) {
    for (const role of ['radio', 'checkbox']) {
      const options = group.getByRole(role);
      if ((await options.count()) === 0) continue;
      let answered = false;
      for (const option of await options.all()) answered ||= await option.isChecked();
      if (!answered) await options.first().check();
    }
  }
}

/**
 * From the screen shown, walks to "Your summary" with the mouse: Start, the first option
 * of every unanswered question, Next, then "See my summary". Returns the titles passed.
 */
export async function walkToSummary(page, maxScreens = 30) {
  let title = await screenTitle(page);
  const seen = [];
  for (let step = 1; step <= maxScreens && title !== 'Your summary'; step++) {
    seen.push(title);
    const main = page.locator('main');
    const start = main.getByRole('button', { name: 'Start', exact: true });
    const summary = main.getByRole('button', { name: 'See my summary', exact: true });
    if ((await start.count()) > 0) {
      await start.click();
    } else if ((await summary.count()) > 0) {
      await summary.click();
    } else {
      await answerFirstOptions(page);
      await main.getByRole('button', { name: 'Next', exact: true }).click();
    }
    title = await nextScreen(page, title);
  }
  if (title !== 'Your summary') {
    throw new Error(`the walk never reached the summary: ${seen.join(' → ')}`);
  }
  return seen;
}

/**
 * Opens the footer's "Save, open or share your answers" when it is closed, in `scope` (a
 * page, a frame or a locator), so that its switch and buttons can be used.
 */
export async function showMyAnswers(scope) {
  // (Its "Open answers": on a clinic's page that did not opt in to keeping there is no
  // switch.)
  const open = scope.getByText('Open answers', { exact: true });
  if (!(await open.isVisible())) {
    await scope.getByText('Save, open or share your answers', { exact: true }).click();
    await open.waitFor();
  }
}

export function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
