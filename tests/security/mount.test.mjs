// M2, L2 and L3 (security review): the aid mounted in an element of a clinic's page.
// - M2: the page's other scripts cannot reach the aid through its shadow root, nothing is
//   kept in the page's storage unless the clinic opts in (data-keep), and the About screen
//   says what such a page can see.
// - L2: Add (own question) reads the aid's own field, never an element of the page.
// - L3: the aid starts only with exactly one mount element; data-base on the mount element
//   may name only start.js's folder or one below; set twice, the aid does not start; other
//   origins, blob: and data: are refused.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, HOST_CSP, OPEN_SHADOW, appReady, focusInside, launchBrowser, serve, walkToSummary, watch } from './lib.mjs';

let browser;
let site;
let evil;
const overrides = new Map();
before(async () => {
  browser = await launchBrowser();
  site = await serve({ routes: [['/aid/', DIST]], overrides, hostCsp: HOST_CSP });
  evil = await serve({ host: 'localhost' });
});
after(async () => {
  await browser?.close();
  await site?.close();
  await evil?.close();
});

const mount = (attrs, { before = '', after = '', script = '' } = {}) =>
  `<!doctype html><meta charset=utf-8><title>clinic</title><script type=module src="/aid/start.js"${script}></script>${before}<div id="calcinosis-aid" ${attrs}>Loading</div>${after}`;

/** Opens `path` on the clinic's site; `open`: open the aid's closed shadow root to look in. */
async function visit(path, { open = false } = {}) {
  const context = await browser.newContext();
  if (open) await context.addInitScript(OPEN_SHADOW);
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(`${site.origin}${path}`);
  return { context, page, seen };
}

test('M2: a script of the clinic\'s page reads no answer, in the page or in its storage', async () => {
  overrides.set('/third-party.js', ['text/javascript', `window.stolen = []; setInterval(() => { const sr = document.getElementById('calcinosis-aid')?.shadowRoot; const v = sr ? [...sr.querySelectorAll('input')].map((i) => i.id + '=' + i.value + i.checked) : []; window.stolen = [v.join(','), JSON.stringify(localStorage) + JSON.stringify(sessionStorage), document.getElementById('calcinosis-aid')?.innerText ?? '']; }, 200);`]);
  overrides.set('/clinic.html', ['text/html', mount('data-hide-intro data-clinic-phone="+1 555 010 0199"', { before: '<script src="/third-party.js"></script>' })]);
  const { context, page } = await visit('/clinic.html');
  try {
    await page.waitForFunction(() => document.getElementById('calcinosis-aid').childNodes.length === 0);
    assert.equal(await page.evaluate(() => document.getElementById('calcinosis-aid').shadowRoot), null, 'the shadow root is open');
    // The person answers, by keyboard.
    let age;
    for (let i = 0; i < 50 && !age; i++) {
      age = await focusInside(page, 'in-age').catch(() => null);
      if (!age) await page.waitForTimeout(100);
    }
    await page.keyboard.type('34');
    const female = await focusInside(page, 'sex-female');
    await page.keyboard.press('Space');
    assert.deepEqual([await age(), await female()], ['34', true], 'the answers were not entered');
    await page.waitForTimeout(500);
    const stolen = await page.evaluate(() => window.stolen);
    assert.deepEqual(stolen, ['', '{}{}', ''], `the page's script read: ${JSON.stringify(stolen)}`);
  } finally {
    await context.close();
  }
});

test('M2: on a clinic\'s page nothing is kept (device or tab) unless it opts in (data-keep), and About says what the page can see', async () => {
  overrides.set('/plain.html', ['text/html', mount('data-hide-intro')]);
  overrides.set('/keep.html', ['text/html', mount('data-hide-intro data-keep')]);
  let { context, page } = await visit('/plain.html', { open: true });
  try {
    await appReady(page);
    const root = page.locator('#calcinosis-aid');
    await root.locator('#in-age').fill('34');
    await root.getByLabel('Female').check();
    assert.equal(await page.getByRole('switch', { name: /Keep my answers/ }).count(), 0, 'Keep is offered on a clinic\'s page');
    assert.match(await root.locator('.my-answers').textContent(), /Not kept on this device here/);
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
    await root.getByRole('button', { name: 'About and sources' }).click();
    const about = await root.locator('.about').innerText();
    assert.match(about, /every script it runs/);
    assert.match(about, /in a frame from another web address/);
  } finally {
    await context.close();
  }
  ({ context, page } = await visit('/keep.html', { open: true }));
  try {
    await appReady(page);
    await page.locator('#calcinosis-aid .my-answers summary').click();
    await page.getByRole('switch', { name: /Keep my answers/ }).check();
    await page.locator('#calcinosis-aid #in-age').fill('34');
    await page.waitForFunction(() => localStorage.getItem('calcinosis-aid')?.includes('"age"'));
  } finally {
    await context.close();
  }
});

test('L2: Add takes the aid\'s own field, never the page\'s element with that id', async () => {
  overrides.set('/own.html', ['text/html', mount('data-hide-intro', { after: '<input id="own-question" value="HOST PAGE SECRET: card 4111 1111 1111 1111">' })]);
  const { context, page } = await visit('/own.html', { open: true });
  try {
    await appReady(page);
    const root = page.locator('#calcinosis-aid');
    await walkToSummary(page);
    await root.locator('input#own-question').fill('My own question?');
    await root.getByRole('button', { name: 'Add', exact: true }).click();
    await root.locator('label[for^="ask-own-"]').first().waitFor();
    const added = await root.locator('label[for^="ask-own-"]').allTextContents();
    assert.deepEqual(added, ['My own question?']);
    assert.equal(await root.locator('input#own-question').inputValue(), '', 'the aid\'s field was not cleared');
    assert.equal(await page.locator('body > input#own-question').inputValue(), 'HOST PAGE SECRET: card 4111 1111 1111 1111');
  } finally {
    await context.close();
  }
});

test('L3: markup slipped in ahead of the mount element cannot choose where the code comes from', async () => {
  overrides.set('/uploads/calcinosis-aid.js', ['text/javascript', "document.title = 'PWNED by uploaded glue'; window.pwned = location.origin; export default async () => {}; export const mount = () => {};"]);
  overrides.set('/two.html', ['text/html', mount('data-clinic-phone="+1 555 010 0199"', { before: '<div class="comment"><div id="calcinosis-aid" data-base="/uploads/" data-clinic-phone="+1 900 555 0123"></div></div>' })]);
  let { context, page, seen } = await visit('/two.html');
  try {
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    assert.deepEqual(await page.evaluate(() => [document.title, window.pwned ?? null]), ['clinic', null]);
    assert.ok(seen.console.some((m) => m.startsWith('error') && m.includes('2 elements with id="calcinosis-aid"')), seen.console.join('\n'));
    assert.ok(!seen.requests.some((u) => u.includes('/uploads/')), 'the upload was requested');
  } finally {
    await context.close();
  }
  // The only element, but its data-base names a folder outside start.js's: ignored.
  overrides.set('/one.html', ['text/html', mount('data-base="/uploads/"')]);
  ({ context, page, seen } = await visit('/one.html', { open: true }));
  try {
    await appReady(page);
    assert.ok(!seen.requests.some((u) => u.includes('/uploads/')), 'the upload was requested');
    assert.ok(seen.console.some((m) => m.includes('data-base="/uploads/" ignored')), seen.console.join('\n'));
  } finally {
    await context.close();
  }
  // data-base on the script and on the element: which one is the clinic's? Neither.
  overrides.set('/both.html', ['text/html', mount('data-base="/aid/"', { script: ' data-base="/aid/"' })]);
  ({ context, page, seen } = await visit('/both.html'));
  try {
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    assert.ok(seen.console.some((m) => m.startsWith('error') && m.includes('data-base is set twice')), seen.console.join('\n'));
    assert.ok(!seen.requests.some((u) => u.includes('calcinosis-aid.js')), 'the aid started');
  } finally {
    await context.close();
  }
});

test('L3: data-base on the script element may name another folder of the site, never another site', async () => {
  const bases = [`${evil.origin}/`, `//localhost:${evil.port}/`, '/\\localhost/', 'javascript:alert(1)//', `blob:${site.origin}/x`, 'data:text/javascript,alert(1)//'];
  for (const base of bases) {
    overrides.set('/m.html', ['text/html', mount('', { script: ` data-base="${base.replace(/"/g, '&quot;')}"` })]);
    const { context, page, seen } = await visit('/m.html', { open: true });
    try {
      await appReady(page);
      const glue = seen.requests.filter((u) => u.includes('calcinosis-aid.js'));
      assert.ok(glue.length > 0 && glue.every((u) => u.startsWith(`${site.origin}/aid/`)), `${base}: glue from ${glue}`);
      assert.ok(seen.console.some((m) => m.includes('ignored')), `${base}: no warning`);
    } finally {
      await context.close();
    }
  }
  // Another folder of the site, named on the script element of a copy of start.js: used.
  overrides.set('/elsewhere/start.js', ['text/javascript', readFileSync(join(DIST, 'start.js'))]);
  overrides.set('/s.html', ['text/html', '<!doctype html><meta charset=utf-8><title>clinic</title><script type=module src="/elsewhere/start.js" data-base="/aid/"></script><div id="calcinosis-aid" data-hide-intro></div>']);
  const { context, page, seen } = await visit('/s.html', { open: true });
  try {
    await appReady(page);
    assert.ok(seen.requests.includes(`${site.origin}/aid/calcinosis-aid.js`), seen.requests.join(' '));
  } finally {
    await context.close();
  }
});
