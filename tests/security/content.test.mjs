// What reaches the aid's screens (security review: t1, t4, t5), with L5 and I3:
// - L5: clinic-name with a bidi control is refused; the name and the phone are isolated, so
//   the number shown reads as the number dialled, whatever script the name is in;
// - no string from a person, a host page, a file or kept answers becomes markup;
// - hostile answers files are refused or read at once, and the page stays responsive;
// - I3: every source link is https (but the one source that offers no https), and none
//   sends a referrer.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, appReady, launchBrowser, openCaseAndWalk, serve, watch } from './lib.mjs';

let browser;
let site;
const overrides = new Map();
before(async () => {
  browser = await launchBrowser();
  site = await serve({ routes: [['/aid/', DIST]], overrides });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

const framePage = (query) =>
  `<!doctype html><meta charset=utf-8><title>clinic</title><script src="/aid/embed.js" defer></script><iframe data-calcinosis-aid src="/aid/?hide-intro&${query}" style="width:900px" height=600></iframe>`;

/** The aid in an iframe of a page of its site, with `query`; resolves to the frame. */
async function framed(context, query) {
  overrides.set('/frame.html', ['text/html', framePage(query)]);
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(`${site.origin}/frame.html`);
  const frame = page.frames()[1];
  await appReady(frame);
  return { page, frame, seen };
}

/** The message under Open answers once it differs from `previous` (or after 3 s). */
async function nextMessage(frame, previous) {
  const read = () => frame.evaluate(() => document.getElementById('calcinosis-aid').shadowRoot.querySelector('.my-answers .feedback')?.textContent ?? '');
  const deadline = Date.now() + 3000;
  let text = await read();
  while ((text === previous || !text) && Date.now() < deadline) {
    await frame.waitForTimeout(50);
    text = await read();
  }
  return text;
}

const clinicLine = (frame) =>
  frame.evaluate(() => {
    const link = document.getElementById('calcinosis-aid').shadowRoot.querySelector('.clinic a');
    return link && { href: link.getAttribute('href'), text: link.textContent, html: link.innerHTML };
  });

test('L5: a bidi control in clinic-name is refused', async () => {
  const context = await browser.newContext();
  try {
    for (const mark of ['\u202e', '\u2066', '\u200f', '\u061c', '\u0085']) {
      const { frame, seen } = await framed(context, `clinic-name=${encodeURIComponent(`Green Valley Clinic${mark}`)}&clinic-phone=${encodeURIComponent('+1 555 010 0199')}`);
      await openCaseAndWalk(frame);
      const line = await clinicLine(frame);
      assert.equal(line.text, 'Call us at +1 555 010 0199.', `U+${mark.codePointAt(0).toString(16)} accepted: ${JSON.stringify(line.text)}`);
      assert.ok(seen.console.some((m) => m.includes('clinic-name') && m.includes('ignored')));
    }
  } finally {
    await context.close();
  }
});

test('L5: the clinic\'s name and phone are each isolated; the number reads left to right as dialled', async () => {
  const context = await browser.newContext();
  try {
    const { frame } = await framed(context, `clinic-name=${encodeURIComponent('مركز الوادي الأخضر')}&clinic-phone=${encodeURIComponent('+1 555 010 0199')}`);
    await openCaseAndWalk(frame);
    const line = await clinicLine(frame);
    assert.equal(line.href, 'tel:+15550100199');
    assert.match(line.html, /<bdi>مركز الوادي الأخضر<\/bdi>/);
    assert.match(line.html, /<bdi dir="ltr">\+1 555 010 0199<\/bdi>/);
    // Where each character of the number is drawn: left to right, in the order dialled.
    const xs = await frame.evaluate(() => {
      const bdi = document.getElementById('calcinosis-aid').shadowRoot.querySelector('.clinic bdi[dir="ltr"]');
      const text = bdi.firstChild;
      const range = document.createRange();
      return [...text.data].map((c, i) => {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return c === ' ' ? null : range.getBoundingClientRect().left;
      }).filter((x) => x !== null);
    });
    assert.deepEqual(xs, [...xs].sort((a, b) => a - b), 'the number is not drawn left to right');
  } finally {
    await context.close();
  }
});

const PAYLOADS = [
  '<img src=x onerror="window.top.__pwn=1">',
  '"><svg onload="window.top.__pwn=2">',
  '</p><script>window.top.__pwn=3</script>',
  "' onmouseover='window.top.__pwn=4",
  '<a href="javascript:window.top.__pwn=5" id=pwnlink>x</a>',
];

const injected = (frame) =>
  frame.evaluate(() => {
    const shadow = document.getElementById('calcinosis-aid').shadowRoot;
    const bad = [...shadow.querySelectorAll('img[src="x"], script, svg[onload], [onerror], [onload], [onmouseover], #pwnlink, a[href^="javascript:"]')];
    return { bad: bad.map((e) => e.outerHTML.slice(0, 80)), pwn: window.top.__pwn ?? null };
  });

test('own questions from kept answers, a clinic name and an opened file\'s fields are shown as text', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/aid/?hide-intro`);
    await appReady(page);
    const { answers } = JSON.parse((await import('./lib.mjs')).FLAGGED_CASE);
    const saved = { format: 'calcinosis-aid/saved', version: 1, answers, step: 'result', visited: ['person', 'lesion', 'symptoms', 'labs', 'history', 'review'], lang: 'en', dropped: [], own: PAYLOADS };
    await page.evaluate((s) => localStorage.setItem('calcinosis-aid', s), JSON.stringify(saved));
    const { frame } = await framed(context, `clinic-name=${encodeURIComponent(PAYLOADS[0])}&clinic-phone=${encodeURIComponent('+1 555 010 0199')}`);
    await frame.locator('#calcinosis-aid label[for^="ask-own-"]').first().waitFor();
    const shown = await frame.locator('#calcinosis-aid label[for^="ask-own-"]').allTextContents();
    assert.deepEqual(shown, PAYLOADS);
    assert.equal((await clinicLine(frame)).text, `Call ${PAYLOADS[0]} at +1 555 010 0199.`);
    assert.deepEqual(await injected(frame), { bad: [], pwn: null });
    // An opened file with markup in its keys and values: the message names it as text.
    const files = [
      { format: 'calcinosis-aid/answers', version: 1, answers: { [PAYLOADS[0]]: 'yes' } },
      { format: 'calcinosis-aid/answers', version: 1, answers: { sex: PAYLOADS[1] } },
      { format: 'calcinosis-aid/answers', version: 1, answers: { age: { value: 3, unit: PAYLOADS[2] } } },
      JSON.parse('{"format":"calcinosis-aid/answers","version":1,"answers":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}}'),
    ];
    let message = '';
    for (const file of files) {
      await frame.locator('#calcinosis-aid input[type=file]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      message = await nextMessage(frame, message);
      assert.match(message, /could not be opened/);
      assert.deepEqual(await injected(frame), { bad: [], pwn: null });
      assert.equal(await frame.evaluate(() => ({}).polluted ?? null), null);
    }
  } finally {
    await context.close();
  }
});

test('hostile answers files are refused or read at once; the page stays responsive', async () => {
  const MB = 1024 * 1024;
  const head = '{"format":"calcinosis-aid/answers","version":1,"answers":';
  const files = {
    'over 1 MB': `${head}{}, "pad":"${'x'.repeat(MB)}"}`,
    'nesting 500k deep': `${head}${'['.repeat(500000)}${']'.repeat(500000)}}`,
    '110k duplicate options': `${head}{"sites":[${Array(110000).fill('"elbow"').join(',')}]}}`,
    '60k duplicate keys': `${head}{${Array(60000).fill('"sex":"male"').join(',')}}}`,
    'a 500k-digit number': `${head}{"age":{"value":1${'0'.repeat(500000)},"unit":"years"}}}`,
    'version 2^64': '{"format":"calcinosis-aid/answers","version":18446744073709551616,"answers":{}}',
    'NUL and a lone surrogate': `${head}{"sex":"\\u0000\\ud800"}}`,
  };
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${site.origin}/aid/?hide-intro`);
    await appReady(page);
    await page.evaluate(() => {
      window.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.longest = Math.max(window.longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    let message = '';
    for (const [name, text] of Object.entries(files)) {
      await page.evaluate(() => (window.longest = 0));
      await page.locator('#calcinosis-aid input[type=file]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      message = await nextMessage(page, message);
      assert.ok((await page.evaluate(() => window.longest)) < 1000, `${name}: a task of ${await page.evaluate(() => window.longest)} ms`);
      // The page still answers: the next screen opens.
      assert.equal(await page.locator('#calcinosis-aid #screen-heading').count(), 1, `${name}: ${message}`);
    }
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});

// The one source whose site offers no https (checked when the links were moved to https).
const NO_HTTPS = ['http://regionalderm.com/Regional_Derm/files/pilomatricoma.html'];

test('I3: every source link is https (where the source offers it) and sends no referrer', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site.origin}/aid/?hide-intro`);
    await appReady(page);
    await page.getByRole('button', { name: 'About and sources' }).click();
    await page.locator('#calcinosis-aid .about').waitFor();
    // The list is filled from the exchange module when it is opened.
    await page.locator('#calcinosis-aid .about').getByText('Show sources').click();
    await page.locator('#calcinosis-aid .about .source-list a').first().waitFor();
    const all = await page.evaluate(() =>
      [...document.getElementById('calcinosis-aid').shadowRoot.querySelectorAll('a[href]')]
        .filter((a) => !a.getAttribute('href').startsWith('#'))
        .map((a) => ({ href: a.href, rel: a.rel, target: a.target, download: a.hasAttribute('download') })),
    );
    // The source of this build (scripts/post-build) is the aid's own file, downloaded from its
    // folder: not a source of the knowledge.
    const own = all.filter((l) => l.download);
    assert.deepEqual(own.map((l) => l.href), [`${site.origin}/aid/calcinosis-aid-source.tar.gz`]);
    const links = all.filter((l) => !l.download);
    assert.ok(links.length > 50, `only ${links.length} links`);
    assert.deepEqual(links.filter((l) => !l.href.startsWith('https:')).map((l) => l.href), NO_HTTPS);
    assert.deepEqual(links.filter((l) => !l.rel.split(' ').includes('noreferrer') || l.target !== '_blank'), []);
  } finally {
    await context.close();
  }
});
