// Files in and out, all made and read in the browser: "Download my answers" then "Open
// answers" in a fresh browser gives the same answers; a corrupted, truncated, oversized or
// foreign file is refused with a message naming the problem and changes nothing; "Download
// for my clinic" is a FHIR R4 QuestionnaireResponse to the Questionnaire the app publishes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  nextScreen,
  openApp,
  openPage,
  screenTitle,
  showMyAnswers,
  useSite,
  waitForApp,
  walkToSummary,
} from './lib.mjs';

const site = useSite();

const DATE = /\d{4}-\d{2}-\d{2}/.source;

/** Clicks a button that saves a file; resolves to its suggested name and its text. */
async function downloadFrom(page, name) {
  await showMyAnswers(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

/** Walks to the summary and back to "Check your answers"; returns the page's main text. */
async function answeredAndReviewed(page, guard) {
  await page.goto(`${site.server.origin}/`);
  await waitForApp(page, guard);
  await walkToSummary(page);
  await page.getByRole('button', { name: 'Change my answers' }).click();
  assert.equal(await nextScreen(page, 'Your summary'), 'Check your answers');
  return page.locator('main').innerText();
}

const openAnswers = (page) => page.getByLabel('Open answers');

test('answers downloaded in one browser open in a fresh one with the same answers', async () => {
  const first = await openPage(site.browser, site.server.origin);
  let file;
  let reviewed;
  try {
    reviewed = await answeredAndReviewed(first.page, first.guard);
    file = await downloadFrom(first.page, 'Download my answers');
    assert.match(file.name, new RegExp(`^calcinosis-aid-answers-${DATE}\\.json$`));
    const json = JSON.parse(file.text);
    assert.equal(json.format, 'calcinosis-aid/answers');
    assert.equal(json.version, 1);
    assert.ok(Object.keys(json.answers).length > 3, file.text);
    first.guard.assertClean('while downloading the answers');
  } finally {
    await first.context.close();
  }

  const second = await openApp(site.browser, site.server.origin);
  try {
    await openAnswers(second.page).setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text),
    });
    assert.equal(await nextScreen(second.page, 'Calcinosis Aid'), 'Check your answers');
    assert.equal(await second.page.locator('main').innerText(), reviewed);
    // Nothing was stored: saving was not turned on in this browser.
    assert.equal(await second.page.evaluate(() => localStorage.length), 0);
    second.guard.assertClean('while opening the answers');
  } finally {
    await second.context.close();
  }
});

const VALID = JSON.stringify({ format: 'calcinosis-aid/answers', version: 1, answers: { sex: 'female' } });
const BAD_FILES = [
  ['corrupted.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'damaged or incomplete'],
  ['truncated.json', Buffer.from(VALID.slice(0, VALID.length - 9)), 'damaged or incomplete'],
  ['oversized.json', Buffer.from(VALID + ' '.repeat(1024 * 1024)), 'larger than 1 MB'],
  ['patient.json', Buffer.from('{"resourceType": "Patient", "id": "x"}'), 'not a Calcinosis Aid answers file'],
  ['newer.json', Buffer.from('{"format": "calcinosis-aid/answers", "version": 2, "answers": {}}'), 'newer version'],
  [
    'unknown.json',
    Buffer.from('{"format": "calcinosis-aid/answers", "version": 1, "answers": {"shoe_size": "42"}}'),
    'a question this version does not have: “shoe_size”',
  ],
  [
    'bad-value.json',
    Buffer.from('{"format": "calcinosis-aid/answers", "version": 1, "answers": {"sex": "purple"}}'),
    'The answer to “',
  ],
];

test('a corrupted, truncated, oversized or foreign file is refused and changes nothing', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin);
  try {
    const reviewed = await answeredAndReviewed(page, guard);
    for (const [name, buffer, problem] of BAD_FILES) {
      await openAnswers(page).setInputFiles({ name, mimeType: 'application/json', buffer });
      const message = page
        .getByRole('alert')
        .filter({ hasText: 'This file could not be opened, and your answers have not changed.' })
        .filter({ hasText: problem });
      await message.waitFor({ timeout: 10_000 }).catch(async () => {
        const alerts = await page.getByRole('alert').allInnerTexts();
        throw new Error(`${name}: no message naming "${problem}"; alerts: ${JSON.stringify(alerts)}`);
      });
      assert.equal(await screenTitle(page), 'Check your answers', name);
      assert.equal(await page.locator('main').innerText(), reviewed, `${name} changed the answers`);
    }
    // A good file after the bad ones still opens.
    await openAnswers(page).setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(VALID) });
    await page.getByRole('alert').filter({ hasText: 'could not be opened' }).waitFor({ state: 'detached' });
    assert.notEqual(await page.locator('main').innerText(), reviewed);
    guard.assertClean('while opening bad files');
  } finally {
    await context.close();
  }
});

test('"Download for my clinic" is a FHIR QuestionnaireResponse to the published Questionnaire', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin);
  try {
    await walkToSummary(page);
    const response = await downloadFrom(page, 'Download for my clinic');
    assert.match(response.name, new RegExp(`^calcinosis-aid-for-my-clinic-${DATE}\\.json$`));
    const r = JSON.parse(response.text);
    assert.equal(r.resourceType, 'QuestionnaireResponse');
    assert.equal(r.status, 'completed');
    assert.ok(Array.isArray(r.item) && r.item.length > 0, 'no answers in the response');
    assert.ok(!Number.isNaN(Date.parse(r.authored)), `authored: ${r.authored}`);

    const questionnaire = await downloadFrom(page, 'Download the questionnaire (FHIR)');
    const q = JSON.parse(questionnaire.text);
    assert.equal(q.resourceType, 'Questionnaire');
    assert.equal(r.questionnaire, `${q.url}|${q.version}`);
    // Every answered item is a question of the Questionnaire.
    const linkIds = new Set();
    const collect = (items) => items?.forEach((i) => (linkIds.add(i.linkId), collect(i.item)));
    collect(q.item);
    const answered = [];
    const walk = (items) => items?.forEach((i) => (answered.push(i.linkId), walk(i.item)));
    walk(r.item);
    for (const id of answered) assert.ok(linkIds.has(id), `${id} is not in the Questionnaire`);
    guard.assertClean('while downloading for the clinic');
  } finally {
    await context.close();
  }
});
