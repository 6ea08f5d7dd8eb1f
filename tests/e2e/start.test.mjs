// The release build in dist/ starts under the production Content-Security-Policy:
// no inline script, no external URL, wasm served as application/wasm, "Loading…" shown
// until the app replaces it, and no console error, CSP violation or foreign request.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { CSP, DIST, distFiles, openApp, useSite } from './lib.mjs';

const site = useSite();

test('index.html has no inline script and shows a loading text and a noscript message', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length > 0, 'index.html loads no script at all');
  for (const [, attributes, body] of scripts) {
    assert.match(attributes, /\bsrc=/, `inline script in index.html: ${body.slice(0, 80)}`);
    assert.equal(body.trim(), '', 'a script element with a src has a body');
  }
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'inline event handler attribute in index.html');
  assert.doesNotMatch(html, /data-trunk/, "Trunk's own markup is left in index.html");
  // (Attribute quotes may be gone: the release build minifies the HTML.)
  assert.match(html, /<html[^>]*\blang="?en"?[\s>]/);
  assert.match(html, /\bid="?calcinosis-aid"?[^>]*>\s*<p>Loading…<\/p>/);
  assert.match(html, /<noscript>[\s\S]*JavaScript[\s\S]*WebAssembly[\s\S]*<\/noscript>/);
  // Everything the start needs is asked for at once: the glue, the wasm, and the glue's
  // snippets (else one more round trip before the app can start).
  const preloaded = [...html.matchAll(/<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g)].map(
    ([link]) => link.match(/\bhref="?([^">\s]+)/)?.[1],
  );
  const snippets = distFiles(join(DIST, 'snippets')).map((f) => relative(DIST, f).split(sep).join('/'));
  assert.ok(snippets.length > 0, 'no snippets in dist/: the check below would be empty');
  for (const file of ['calcinosis-aid.js', 'calcinosis-aid_bg.wasm', ...snippets]) {
    assert.ok(preloaded.includes(file), `index.html does not preload ${file} (it preloads ${preloaded})`);
  }
});

test('no file in dist/ refers to another site', () => {
  const textTypes = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg']);
  for (const file of distFiles().filter((f) => textTypes.has(extname(f)))) {
    // Comment lines are left out: a link in a comment of the generated glue is never fetched.
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(?:\/\/|\/\*|\*)/.test(line))
      .join('\n');
    // Absolute addresses, and protocol-relative ones where HTML or CSS would fetch them.
    // XML namespace names are identifiers, not addresses anything is fetched from.
    const urls = [
      ...(text.match(/https?:\/\/[^\s"'`)<>]+/gi) ?? []),
      ...(text.match(/(?:\b(?:src|href)\s*=\s*["']?|url\(\s*["']?)\/\/[^\s"'`)<>]+/gi) ?? []),
    ].filter((url) => !/^https?:\/\/www\.w3\.org\//.test(url));
    assert.deepEqual(urls, [], `${file} refers to other sites`);
  }
});

test('the server sends the CSP and the right content types', async () => {
  const page = await fetch(`${site.server.origin}/`);
  assert.equal(page.headers.get('content-security-policy'), CSP);
  assert.match(page.headers.get('content-type'), /^text\/html/);
  const wasmFiles = distFiles().filter((f) => f.endsWith('.wasm'));
  assert.ok(wasmFiles.length > 0, 'no .wasm file in dist/');
  for (const file of wasmFiles) {
    const response = await fetch(`${site.server.origin}/${file.slice(DIST.length + 1)}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/wasm');
  }
});

test('the app starts under the CSP with no error, violation or foreign request', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin);
  try {
    assert.equal(await page.getByText('Loading…').count(), 0, '"Loading…" is still shown');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.match(await page.title(), /Calcinosis Aid/);
    guard.assertClean('while starting');
  } finally {
    await context.close();
  }
});
