// "Keep my answers on this device": nothing is stored until the person turns it on; then
// the answers come back after a reload, "Delete my answers" clears them, a browser without
// storage is told and the walk still works, answers kept in the older format (a plain
// answers file) are migrated, and a kept state that cannot be read is reported, offered for
// download as it is, and only deleted when the person starts fresh.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  answerFirstOptions,
  nextScreen,
  openApp,
  openPage,
  screenTitle,
  showMyAnswers,
  useSite,
  waitForApp,
  walkToSummary,
} from './lib.mjs';

const KEY = 'calcinosis-aid';

const site = useSite();

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** Waits until what is stored is no longer `previous`, and returns it. */
async function storedChange(page, previous) {
  await page.waitForFunction(([key, old]) => localStorage.getItem(key) !== old, [KEY, previous]);
  return stored(page);
}
/** What an earlier visit left on this device: `value` under the app's key when the page
 * first loads (not again after a reload, so that what the app writes is what counts). */
function keptBefore(context, value) {
  return context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', 'yes');
      }
    },
    [KEY, value],
  );
}

const keepSwitch = (page) => page.getByRole('switch', { name: 'Keep my answers on this device' });

/** The labels of the options checked in the main part of the page. */
function checkedOptions(page) {
  return page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('input:checked')].map((i) => i.labels?.[0]?.textContent?.trim()),
  );
}

/** Starts, answers the first screen of questions and moves on; returns what was checked
 * and the title of the screen reached. */
async function answerFirstSection(page) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const first = await nextScreen(page, 'Calcinosis Aid');
  await answerFirstOptions(page);
  const checked = await checkedOptions(page);
  assert.ok(checked.length > 0, `nothing was answered on "${first}"`);
  await page.locator('main').getByRole('button', { name: 'Next', exact: true }).click();
  const second = await nextScreen(page, first);
  return { first, second, checked };
}

test('answers are kept only when asked, come back after a reload, and Delete clears them', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin);
  page.on('dialog', (dialog) => dialog.accept());
  try {
    await showMyAnswers(page);
    assert.equal(await keepSwitch(page).isChecked(), false, 'saving is on by default');

    // Off: answering stores nothing.
    const before = await answerFirstSection(page);
    assert.equal(await stored(page), null, 'something was stored without being asked');
    assert.equal(await page.evaluate(() => localStorage.length), 0);

    // On: stored at once, and after every change.
    await showMyAnswers(page);
    await keepSwitch(page).check();
    const first = await storedChange(page, null);
    const saved = JSON.parse(first);
    assert.equal(saved.format, 'calcinosis-aid/saved');
    assert.ok(Object.keys(saved.answers).length > 0, 'the answers were not stored');
    await answerFirstOptions(page);
    const changed = JSON.parse(await storedChange(page, first));
    assert.ok(Object.keys(changed.answers).length > Object.keys(saved.answers).length);

    // Reload: the same screen, the same answers, the switch still on.
    await page.reload();
    await waitForApp(page, guard);
    assert.equal(await screenTitle(page), before.second);
    await showMyAnswers(page);
    assert.equal(await keepSwitch(page).isChecked(), true);
    await page.locator('main').getByRole('button', { name: 'Back', exact: true }).click();
    assert.equal(await nextScreen(page, before.second), before.first);
    assert.deepEqual(await checkedOptions(page), before.checked);

    // No cookie, and no answer in the address.
    assert.deepEqual(await context.cookies(), []);
    assert.equal(await page.evaluate(() => document.cookie), '');
    const url = new URL(page.url());
    assert.equal(`${url.pathname}${url.search}${url.hash}`, '/');

    // Delete: storage and answers cleared, back at the start, saving off.
    await showMyAnswers(page);
    await page.getByRole('button', { name: 'Delete my answers' }).click();
    await page.getByText('Your answers have been deleted.').waitFor();
    assert.equal(await stored(page), null);
    assert.equal(await screenTitle(page), 'Calcinosis Aid');
    await showMyAnswers(page);
    assert.equal(await keepSwitch(page).isChecked(), false);
    await page.reload();
    await waitForApp(page, guard);
    assert.equal(await screenTitle(page), 'Calcinosis Aid');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await nextScreen(page, 'Calcinosis Aid');
    assert.deepEqual(await checkedOptions(page), [], 'answers survived "Delete my answers"');
    guard.assertClean('while keeping and deleting answers');
  } finally {
    await context.close();
  }
});

test('without storage the app says so and the walk still completes', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin);
  // As in some private modes: any use of localStorage throws.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  try {
    await page.goto(`${site.server.origin}/`);
    await waitForApp(page, guard);
    await showMyAnswers(page);
    await keepSwitch(page).check();
    await page
      .getByRole('alert')
      .filter({ hasText: 'This browser does not let the aid keep your answers' })
      .waitFor();
    await walkToSummary(page);
    guard.assertClean('without storage');
  } finally {
    await context.close();
  }
});

test('a full storage is reported too, and the answers stay in memory', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin);
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  try {
    await page.goto(`${site.server.origin}/`);
    await waitForApp(page, guard);
    await showMyAnswers(page);
    await keepSwitch(page).check();
    await page.getByText('This browser does not let the aid keep your answers').waitFor();
    await walkToSummary(page);
    guard.assertClean('with a full storage');
  } finally {
    await context.close();
  }
});

const UNREADABLE = [
  ['{"format": "calcinosis-aid/saved", "version": 1, "answers": {"sex": "fem', 'damaged or incomplete'],
  ['{"format": "calcinosis-aid/saved", "version": 99, "answers": {}}', 'newer version'],
  ['{"todo": ["milk", "eggs"]}', 'not a Calcinosis Aid answers file'],
  [
    '{"format": "calcinosis-aid/saved", "version": 1, "answers": {"age": {"value": 3, "unit": "decades"}}}',
    'The answer to “How old are you?” in it cannot be read',
  ],
];

for (const [raw, problem] of UNREADABLE) {
  test(`kept data that cannot be read is reported and kept until a fresh start: ${problem}`, async () => {
    const { context, page, guard } = await openPage(site.browser, site.server.origin);
    await keptBefore(context, raw);
    try {
      await page.goto(`${site.server.origin}/`);
      await waitForApp(page, guard);
      const notice = page.getByRole('alert').filter({ hasText: 'Your saved answers could not be read.' });
      await notice.waitFor();
      assert.ok((await notice.innerText()).includes(problem), await notice.innerText());
      await showMyAnswers(page);
      assert.equal(await keepSwitch(page).isDisabled(), true);

      // Going on does not overwrite the data.
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await nextScreen(page, 'Calcinosis Aid');
      await answerFirstOptions(page);
      assert.equal(await stored(page), raw, 'the unreadable data was overwritten');

      // It can be downloaded as it is.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        notice.getByRole('button', { name: 'Download the saved data' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^calcinosis-aid-saved-data-\d{4}-\d{2}-\d{2}\.txt$/);
      assert.equal(await readFile(await download.path(), 'utf8'), raw);

      // A fresh start deletes it, and saving goes on with the new answers.
      await notice.getByRole('button', { name: 'Start fresh' }).click();
      assert.equal(await screenTitle(page), 'Calcinosis Aid');
      assert.equal(await page.getByText('Your saved answers could not be read.').count(), 0);
      const now = JSON.parse(await storedChange(page, raw));
      assert.equal(now.format, 'calcinosis-aid/saved');
      assert.deepEqual(now.answers, {});
      guard.assertClean('with unreadable kept data');
    } finally {
      await context.close();
    }
  });
}

test('answers kept in the older format (a plain answers file) are migrated, not lost', async () => {
  const { context, page, guard } = await openPage(site.browser, site.server.origin);
  // What an answers file holds: no step, no "visited"; the app must read it and move on.
  const older = JSON.stringify({
    format: 'calcinosis-aid/answers',
    version: 1,
    answers: { age: { value: 34, unit: 'years' }, sex: 'female', pain: 'moderate' },
  });
  await keptBefore(context, older);
  try {
    await page.goto(`${site.server.origin}/`);
    await waitForApp(page, guard);
    await showMyAnswers(page);
    assert.equal(await keepSwitch(page).isChecked(), true, 'saving is not on');
    assert.equal(await page.getByText('Your saved answers could not be read.').count(), 0);
    // The answers are there: with no screen kept, the app opens on the review of them.
    assert.equal(await screenTitle(page), 'Check your answers');
    const review = await page.locator('main').innerText();
    for (const answer of ['Female', 'Moderate']) {
      assert.ok(review.includes(answer), `"${answer}" is not in the review:\n${review}`);
    }
    // A change is kept in the current saved format, with the same answers.
    await page.locator('main').getByRole('button', { name: 'Back', exact: true }).click();
    const now = JSON.parse(await storedChange(page, older));
    assert.equal(now.format, 'calcinosis-aid/saved');
    assert.deepEqual(now.answers, JSON.parse(older).answers);
    guard.assertClean('migrating');
  } finally {
    await context.close();
  }
});

test('"Start again" asks first: cancelled, nothing is lost; confirmed, the answers are cleared', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin);
  try {
    await walkToSummary(page);
    const restart = page.locator('main').getByRole('button', { name: 'Start again', exact: true });
    const asked = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      return dialog.dismiss();
    });
    await restart.click();
    assert.match(asked[0] ?? '', /Start again with no answers\?/);
    assert.equal(await screenTitle(page), 'Your summary', 'cancelling left the summary');

    page.once('dialog', (dialog) => dialog.accept());
    await restart.click();
    await nextScreen(page, 'Your summary');
    assert.equal(await screenTitle(page), 'Calcinosis Aid');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await nextScreen(page, 'Calcinosis Aid');
    assert.deepEqual(await checkedOptions(page), [], 'answers are left after starting again');
    guard.assertClean('starting again');
  } finally {
    await context.close();
  }
});
