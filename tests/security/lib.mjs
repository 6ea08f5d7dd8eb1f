// The security tests' harness (from the security review's reproductions): a small static
// server with per-path headers and responses a test can change, on either of two origins
// (127.0.0.1 for the clinic's site, localhost for another site), and Chromium.
//
// The aid's pages get the headers the README gives (tests/e2e/web.mjs: CSP and HEADERS)
// unless a test asks for other ones.

import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { CSP, DIST, HEADERS, HOST_CSP, MIME, ROOT, launchBrowser } from '../e2e/lib.mjs';

export { CSP, DIST, HEADERS, HOST_CSP, ROOT, launchBrowser };


/**
 * Serves `routes` ([[url prefix, directory]], first match wins) and `overrides` (a Map of
 * path -> [content type, body], changeable while serving). HTML from a route gets `csp` and
 * HEADERS; HTML from an override gets `hostCsp` when given. `headers(path)` adds headers.
 * Resolves to { origin, port, log (every path asked for, with its query), overrides, close }.
 */
export function serve({ routes = [], csp = CSP, hostCsp = null, headers = () => ({}), overrides = new Map(), host = '127.0.0.1' } = {}) {
  const log = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    log.push(path + url.search);
    const send = (type, body, policy) => {
      response.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        ...(type.startsWith('text/html') && policy ? { 'Content-Security-Policy': policy, ...HEADERS } : {}),
        ...headers(path),
      });
      response.end(body);
    };
    if (overrides.has(path)) {
      const [type, body] = overrides.get(path);
      return send(type, body, hostCsp);
    }
    for (const [prefix, dir] of routes) {
      if (!path.startsWith(prefix)) continue;
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (file !== dir && !file.startsWith(dir + sep) && file + sep !== dir) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) break;
      return send(MIME[extname(file)] ?? 'application/octet-stream', readFileSync(file), csp);
    }
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  return new Promise((done) =>
    server.listen(0, host, () => {
      const { port } = server.address();
      done({
        port,
        origin: `http://${host}:${port}`,
        log,
        overrides,
        close: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    }),
  );
}

/** Records console messages, page errors and requests of `page`; accepts every dialog. */
export function watch(page) {
  const seen = { console: [], errors: [], requests: [] };
  page.on('console', (m) => seen.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('dialog', (d) => d.accept().catch(() => {}));
  return seen;
}

/** Waits until the app (not the static first screens) has rendered in `#calcinosis-aid`'s
 * open shadow root in `frame` (a page or a frame). */
export async function appReady(frame, timeout = 20_000) {
  await frame.waitForFunction(
    () => {
      const root = document.getElementById('calcinosis-aid')?.shadowRoot?.querySelector('.aid');
      return root && !root.hasAttribute('data-static') && root.querySelector('h1, h2');
    },
    null,
    { timeout },
  );
}

/** Makes attachShadow open what it is asked to close (what a script that runs before the
 * aid could do; the tests use it to look inside the aid on a clinic's page). */
export const OPEN_SHADOW = () => {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    return attach.call(this, { ...init, mode: 'open' });
  };
};

/** The validation case with a red flag: a person with calciphylaxis (its answers file). */
export const FLAGGED_CASE = readFileSync(join(ROOT, 'engine', 'tests', 'cases', 'calciphylaxis-pmj-abdomen-54yo-man.json'));

/** From the screen shown in `frame` (a page or a frame), Next until the summary. */
export async function walkToSummary(frame) {
  const heading = frame.locator('#calcinosis-aid #screen-heading');
  await heading.waitFor();
  for (let step = 0; step < 12; step++) {
    const before = await heading.textContent();
    if (before === 'Your summary') return;
    const summary = frame.getByRole('button', { name: 'See my summary', exact: true });
    if (await summary.count()) await summary.first().click();
    else await frame.getByRole('button', { name: 'Next', exact: true }).click();
    await frame.waitForFunction(
      (was) => document.getElementById('calcinosis-aid').shadowRoot.querySelector('#screen-heading')?.textContent !== was,
      before,
    );
  }
  throw new Error(`no summary: the screen is "${await heading.textContent()}"`);
}

/** Opens FLAGGED_CASE in the aid shown in `frame`, then walks to the summary. */
export async function openCaseAndWalk(frame) {
  await frame.locator('#calcinosis-aid input[type=file]').first().setInputFiles({
    name: 'answers.json',
    mimeType: 'application/json',
    buffer: FLAGGED_CASE,
  });
  // An opened file shows the answers to check.
  await frame.waitForFunction(() => document.getElementById('calcinosis-aid').shadowRoot.querySelector('#screen-heading')?.textContent === 'Check your answers');
  await walkToSummary(frame);
}

/**
 * Focuses the element with `id` inside the aid, closed shadow root or not, the way a person
 * would reach it (through the browser's DevTools protocol, which sees every shadow root).
 * Resolves to a function that reads the element's value or checked state.
 */
export async function focusInside(page, id) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const find = (node) => {
    const attributes = node.attributes ?? [];
    for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === 'id' && attributes[i + 1] === id) return node;
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  const node = find(root);
  if (!node) throw new Error(`no #${id} in the aid`);
  await cdp.send('DOM.focus', { backendNodeId: node.backendNodeId });
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId });
  return async () =>
    (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return this.type === "radio" || this.type === "checkbox" ? this.checked : this.value; }',
      returnByValue: true,
    })).result.value;
}
