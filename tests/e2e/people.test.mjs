// Three people walk the whole path with their own answers, as they would on a phone, and
// the summary is checked: what comes first, the likely category, and the questions to take
// to the doctor. Screenshots of each of their screens at 360 px go to tests/e2e/output/.
//
// 1. A 13-year-old girl with a large painless mass on the hip, normal labs.
// 2. A 62-year-old woman on dialysis with a very painful black scab on the thigh.
// 3. A 54-year-old woman with scleroderma and hard lumps on her fingers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkScreen,
  nextScreen,
  openPage,
  pick,
  pressNext,
  screenTitle,
  useSite,
  waitForApp,
  WIDTHS,
} from './lib.mjs';

const site = useSite();

async function lab(page, name, value, unit) {
  await page.getByRole('textbox', { name, exact: true }).fill(String(value));
  if (unit) await page.getByRole('combobox', { name: `Unit for ${name}` }).selectOption(unit);
}

async function start(page, guard) {
  await page.goto(`${site.server.origin}/`);
  await waitForApp(page, guard);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'About you' }).waitFor();
}

async function toSummary(page, shot) {
  await page.getByRole('heading', { level: 2, name: 'Check your answers' }).waitFor();
  await checkScreen(page, `${shot}-review`);
  await page.getByRole('button', { name: 'See my summary', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Your summary' }).waitFor();
  await checkScreen(page, `${shot}-summary`);
}

async function urgentText(page) {
  const region = page.getByRole('region', { name: 'Act on this first' });
  return (await region.count()) > 0 ? region.innerText() : '';
}

/** The suggested questions: the most important (ticked) and those under "More questions". */
async function askList(page) {
  const important = await page.getByRole('list', { name: 'Questions to ask your doctor' }).innerText();
  const more = page.locator('details.more-questions');
  return (await more.count()) > 0 ? `${important}\n${await more.textContent()}` : important;
}

test('a child with a large hip mass', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin, { width: WIDTHS.narrow });
  try {
    await start(page, guard);
    await page.getByRole('spinbutton', { name: 'How old are you?' }).fill('13');
    await pick(page, 'Sex', 'Female');
    await pressNext(page, 'child-person');
    await pick(page, 'Where is the lump?', 'Buttock or hip');
    await pick(page, 'How many lumps are there?', 'One');
    await pick(page, 'How big is the largest lump?', '5 cm or more (bigger than a golf ball)');
    await pressNext(page, 'child-lesion');
    await pick(page, 'How deep is it?', 'Around a joint');
    await pick(page, 'What does it look like?', 'A large mass');
    await pick(page, 'Is it growing?', 'Yes, slowly');
    await pressNext(page, 'child-looks');
    await pick(page, 'How much does it hurt?', 'No pain');
    await pressNext(page, 'child-pain');
    await pick(page, 'Do you have blood test results?', 'Yes');
    await lab(page, 'Calcium (total)', 9.6, 'mg/dL');
    await lab(page, 'Phosphate', 4.6, 'mg/dL');
    await pressNext(page, 'child-labs');
    await pick(page, 'kidney disease', 'No kidney disease');
    await pressNext(page, 'child-history');
    await pressNext(page, 'child-treatments');
    await toSummary(page, 'child');

    // A growing lump in a young person needs an ultrasound within 2 days, and until a scan
    // shows it is calcium no kind is called likely (clinical review F7).
    const urgent = await urgentText(page);
    assert.match(urgent, /growing in a child or young person/);
    assert.match(urgent, /within 2 days/);
    await page.getByRole('heading', { name: 'A scan is needed first' }).waitFor();
    await page.getByRole('heading', { name: 'We cannot tell yet' }).waitFor();
    const ask = await askList(page);
    assert.match(ask, /ultrasound scan be done within 2 days/);
    assert.match(ask, /My phosphate was 4\.6 mg\/dL at age 13 years/);
    guard.assertClean('for the child');
  } finally {
    await context.close();
  }
});

test('an adult on dialysis with a painful black scab on the thigh', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin, { width: WIDTHS.narrow });
  try {
    await start(page, guard);
    await page.getByRole('spinbutton', { name: 'How old are you?' }).fill('62');
    await pick(page, 'Sex', 'Female');
    await pressNext(page, 'dialysis-person');
    // On the body map: click one of the drawn thighs (the region's centre lies between them).
    await page
      .getByRole('checkbox', { name: 'Thigh, on the body map' })
      .locator('path, ellipse, rect, polygon, circle')
      .first()
      .click();
    assert.equal(
      await page.getByRole('checkbox', { name: 'Thigh, on the body map' }).getAttribute('aria-checked'),
      'true',
    );
    await pressNext(page, 'dialysis-lesion');
    await pick(page, 'What does it look like?', 'Net-like purple patches', 'An open sore or a black scab');
    await pressNext(page, 'dialysis-looks');
    await pick(page, 'How much does it hurt?', 'Severe');
    await pick(page, 'Is the pain much worse than the lump or sore looks?', 'Yes');
    await pressNext(page, 'dialysis-pain');
    await pick(page, 'Do you have blood test results?', 'Yes');
    await lab(page, 'Phosphate', 2.1, 'mmol/L');
    await pressNext(page, 'dialysis-labs');
    await pick(page, 'kidney disease', 'On dialysis');
    await pick(page, 'How long on dialysis?', 'More than 5 years');
    await pick(page, 'Do any of these apply to you?', 'Taking warfarin or a similar blood thinner');
    await pressNext(page, 'dialysis-history');
    await pressNext(page, 'dialysis-treatments');
    await toSummary(page, 'dialysis');

    const urgent = await urgentText(page);
    assert.match(urgent, /calciphylaxis/i);
    assert.match(urgent, /today/);
    // The urgent box comes before the likely category on the page.
    const order = await page.evaluate(() => {
      const root = document.getElementById('calcinosis-aid')?.shadowRoot ?? document;
      const all = [...root.querySelectorAll('h3')].map((h) => h.textContent);
      return [all.findIndex((t) => t.includes('Act on this first')), all.findIndex((t) => t.startsWith('Most likely'))];
    });
    assert.ok(order[0] >= 0 && order[0] < order[1], `urgent box not first: ${order}`);
    await page.getByRole('heading', { name: /^Most likely: .*\(called calciphylaxis\)$/ }).waitFor();
    const ask = await askList(page);
    assert.match(ask, /Could this be calciphylaxis, and can I be assessed today\?/);
    assert.match(ask, /warfarin/);
    guard.assertClean('for the dialysis patient');
  } finally {
    await context.close();
  }
});

test('a woman with scleroderma and finger nodules', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin, { width: WIDTHS.narrow });
  try {
    await start(page, guard);
    await page.getByRole('spinbutton', { name: 'How old are you?' }).fill('54');
    await pick(page, 'Sex', 'Female');
    await pick(page, 'connective tissue or autoimmune disease', 'Systemic sclerosis or CREST (scleroderma)');
    await pressNext(page, 'scleroderma-person');
    await pick(page, 'Where is the lump?', 'Fingers');
    await pick(page, 'How many lumps are there?', '2 to 5');
    await pressNext(page, 'scleroderma-lesion');
    await pick(page, 'What does it look like?', 'A hard lump', 'White chalky material coming out');
    await pressNext(page, 'scleroderma-looks');
    await pick(page, 'How much does it hurt?', 'Moderate');
    await pressNext(page, 'scleroderma-pain');
    await pick(page, 'Do you have blood test results?', 'Yes');
    await lab(page, 'Calcium (total)', 2.35, 'mmol/L');
    await lab(page, 'Phosphate', 1.1, 'mmol/L');
    await pressNext(page, 'scleroderma-labs');
    await pick(page, 'kidney disease', 'No kidney disease');
    await pressNext(page, 'scleroderma-history');
    await pressNext(page, 'scleroderma-treatments');
    await toSummary(page, 'scleroderma');

    assert.equal(await urgentText(page), '', 'no red flag expected');
    await page.getByRole('heading', { name: /^Most likely: .*\(called dystrophic\)$/ }).waitFor();
    const reasons = await page.getByRole('region', { name: /Most likely/ }).innerText();
    assert.match(reasons, /systemic sclerosis/i);
    const ask = await askList(page);
    // She named her disease: she is asked whether it is active, not whether she has one.
    assert.match(ask, /Is my disease active, and should its treatment change\?/);
    assert.doesNotMatch(ask, /related to a connective tissue disease/);
    guard.assertClean('for the woman with scleroderma');
  } finally {
    await context.close();
  }
});
