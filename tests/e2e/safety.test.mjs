// Clinical safety walks (clinical review 2026-12): two people whose danger the aid used to
// miss walk the whole path in Chromium, and the summary is checked for the right urgency
// first, the category it names, and the questions to take to the doctor. Axe runs on every
// screen at both widths; screenshots go to tests/e2e/output/safety-*.
//
// 1. Early calciphylaxis: a woman on dialysis with a very painful hard red patch on the
//    thigh and no sore yet (review F1: before, "most likely: metastatic", within days).
// 2. A lab-only emergency: a calcium of 14.6 mg/dL with no symptom ticked (review F3:
//    before, no flag at all). Walked by keyboard only.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkScreen,
  nextScreen,
  openPage,
  pick,
  pressNext,
  question,
  screenTitle,
  useSite,
  waitForApp,
  WIDTHS,
} from './lib.mjs';

const site = useSite();

async function summary(page, shot) {
  await page.getByRole('heading', { level: 2, name: 'Check your answers' }).waitFor();
  await checkScreen(page, `${shot}-review`);
  await page.getByRole('button', { name: 'See my summary', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Your summary' }).waitFor();
  await checkScreen(page, `${shot}-summary`);
}

/** The order of the summary's section headings. */
async function headings(page) {
  return page.evaluate(() => {
    const root = document.getElementById('calcinosis-aid')?.shadowRoot ?? document;
    return [...root.querySelectorAll('h3')].map((h) => h.textContent.trim());
  });
}

/** Opens the aid, starts, and answers the age on "About you". */
async function startAged(page, guard, age) {
  await page.goto(`${site.server.origin}/`);
  await waitForApp(page, guard);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'About you' }).waitFor();
  await page.getByRole('spinbutton', { name: 'How old are you?' }).fill(age);
}

test('early calciphylaxis: a very painful hard patch on dialysis, before any sore', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin, { width: 390 });
  try {
    await startAged(page, guard, '55');
    await pick(page, 'Sex', 'Female');
    await pressNext(page, 'safety-calciphylaxis-person');
    await pick(page, 'Where is the lump?', 'Thigh');
    await pressNext(page, 'safety-calciphylaxis-lesion');
    await pick(page, 'What does it look like?', 'A very painful hard patch or plaque, red, purple or dark');
    await pick(page, 'How long has it been there?', 'Less than a month');
    await pressNext(page, 'safety-calciphylaxis-looks');
    await pick(page, 'How much does it hurt?', 'Severe');
    await pick(page, 'Is the pain much worse than the lump or sore looks?', 'Yes');
    await pressNext(page, 'safety-calciphylaxis-pain');
    await pick(page, 'Do you have blood test results?', 'Yes');
    await page.getByRole('textbox', { name: 'Calcium (total)', exact: true }).fill('10.4');
    await page.getByRole('textbox', { name: 'Phosphate', exact: true }).fill('8.2');
    await pressNext(page, 'safety-calciphylaxis-labs');
    await pick(page, 'kidney disease', 'On dialysis');
    await pick(page, 'How long on dialysis?', '1 to 5 years');
    await pressNext(page, 'safety-calciphylaxis-history');
    await pressNext(page, 'safety-calciphylaxis-treatments');
    await summary(page, 'safety-calciphylaxis');

    const urgent = await page.getByRole('region', { name: 'Act on this first' }).innerText();
    assert.match(urgent, /calciphylaxis/i);
    assert.match(urgent, /today/i);
    const order = await headings(page);
    const first = order.findIndex((h) => h.includes('Act on this first'));
    const likely = order.findIndex((h) => h.startsWith('Most likely: ') && h.endsWith('(called calciphylaxis)'));
    assert.ok(first >= 0 && likely > first, `urgent box, then calciphylaxis: ${order}`);
    const ask = await page.getByRole('list', { name: 'Questions to ask your doctor' }).innerText();
    assert.match(ask.split('\n')[0], /Could this be calciphylaxis, and can I be assessed today\?/);
    assert.doesNotMatch(ask, /Most likely: Metastatic/);
    guard.assertClean('for early calciphylaxis');
  } finally {
    await context.close();
  }
});

test('cannot tell yet names the kinds it cannot tell apart: on dialysis with nothing else known', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin, { width: 390 });
  try {
    await startAged(page, guard, '50');
    await pressNext(page, 'candidates-person');
    await pressNext(page, 'candidates-lesion');
    await pressNext(page, 'candidates-looks');
    await pressNext(page, 'candidates-pain');
    await pressNext(page, 'candidates-labs');
    await pick(page, 'kidney disease', 'On dialysis');
    await pressNext(page, 'candidates-history');
    await pressNext(page, 'candidates-treatments');
    await summary(page, 'candidates');
    await page.getByRole('heading', { name: 'We cannot tell yet' }).waitFor();
    const list = page.getByRole('list', { name: 'It could be one of these:' });
    const items = await list.getByRole('listitem').allInnerTexts();
    assert.equal(items.length, 3, items.join(' | '));
    assert.ok(items.some((i) => i.endsWith('(called calciphylaxis)')), items.join(' | '));
    assert.ok(items.some((i) => /called metastatic/.test(i)), items.join(' | '));
    assert.ok(items.some((i) => /called secondary tumoral calcinosis/.test(i)), items.join(' | '));
    await page.getByRole('heading', { name: 'What would help' }).waitFor();
    guard.assertClean('for cannot tell yet');
  } finally {
    await context.close();
  }
});

test('a lab-only emergency: calcium 14.6 mg/dL with no symptom, by keyboard', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin, { width: WIDTHS.wide });
  try {
    await page.goto(`${site.server.origin}/`);
    await waitForApp(page, guard);
    const start = page.getByRole('button', { name: 'Start', exact: true });
    await start.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'About you' }).waitFor();
    await page.getByRole('spinbutton', { name: 'How old are you?' }).focus();
    await page.keyboard.type('59');
    const next = async (shot) => {
      const title = await screenTitle(page);
      await checkScreen(page, shot);
      await page.getByRole('button', { name: 'Next', exact: true }).focus();
      await page.keyboard.press('Enter');
      return nextScreen(page, title);
    };
    const key = async (legend, option) => {
      const q = question(page, legend);
      const radio = q.getByRole('radio', { name: option, exact: true });
      const box = (await radio.count()) > 0 ? radio.first() : q.getByRole('checkbox', { name: option, exact: true }).first();
      await box.focus();
      await page.keyboard.press('Space');
      assert.equal(await box.isChecked(), true, `${legend}: ${option} by keyboard`);
    };
    await key('Sex', 'Female');
    await next('safety-calcium-person');
    await key('Where is the lump?', 'Fingers');
    await next('safety-calcium-lesion');
    await key('What does it look like?', 'Small white or yellow bumps');
    await next('safety-calcium-looks');
    await key('Any of these symptoms?', 'None of these');
    await next('safety-calcium-pain');
    await key('Do you have blood test results?', 'Yes');
    await page.getByRole('textbox', { name: 'Calcium (total)', exact: true }).focus();
    await page.keyboard.type('14.6');
    await page.getByRole('textbox', { name: 'Phosphate', exact: true }).focus();
    await page.keyboard.type('2.4');
    await next('safety-calcium-labs');
    await key('kidney disease', 'No kidney disease');
    await next('safety-calcium-history');
    await next('safety-calcium-treatments');
    await page.getByRole('heading', { level: 2, name: 'Check your answers' }).waitFor();
    await checkScreen(page, 'safety-calcium-review');
    await page.getByRole('button', { name: 'See my summary', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Your summary' }).waitFor();
    await checkScreen(page, 'safety-calcium-summary');

    const urgent = await page.getByRole('region', { name: 'Act on this first' }).innerText();
    assert.match(urgent, /14 mg\/dL \(3\.5 mmol\/L\) or more is dangerously high/);
    assert.match(urgent, /emergency department now/);
    const ask = await page.getByRole('list', { name: 'Questions to ask your doctor' }).innerText();
    assert.match(ask.split('\n')[0], /My calcium is 14\.6 mg\/dL\. Does it need treatment today\?/);
    guard.assertClean('for the lab-only emergency');
  } finally {
    await context.close();
  }
});
