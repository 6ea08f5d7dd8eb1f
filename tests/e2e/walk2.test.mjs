// The walk's two blockers of the UX review (issue 15): a question of one's own is added,
// shown and printed; and the answers survive a reload in the same tab by default, while
// the browser's Back and Forward move between the aid's screens (never leaving it), the
// address never holds an answer, and leaving with answers not kept asks first.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerFirstOptions,
  nextScreen,
  openApp,
  screenshot,
  screenTitle,
  useSite,
  waitForApp,
  walkToSummary,
} from './lib.mjs';

const site = useSite();

/** The labels of the options checked in the main part of the page. */
function checkedOptions(page) {
  return page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('input:checked')].map((i) => i.labels?.[0]?.textContent?.trim()),
  );
}

test('a question of my own is added by mouse and by keyboard, shown, kept and printed', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin, { width: 360 });
  try {
    await walkToSummary(page);
    const list = page.getByRole('list', { name: 'Questions to ask your doctor' });
    const field = page.getByLabel('Add your own question');
    const mine = 'Can my son still play football?';
    await field.fill(mine);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const added = list.getByRole('checkbox', { name: mine });
    await added.waitFor();
    assert.equal(await added.isChecked(), true, 'my question is not ticked for the printout');
    assert.equal(await field.inputValue(), '', 'the field still holds the added question');

    // By keyboard: type, then Enter.
    const second = 'Should he wear gloves?';
    await field.focus();
    await page.keyboard.type(second);
    await page.keyboard.press('Enter');
    await list.getByRole('checkbox', { name: second }).waitFor();
    await screenshot(page, 'walk2-own-question-added');

    // Printed: both questions show on the printout.
    await page.emulateMedia({ media: 'print' });
    for (const text of [mine, second]) {
      assert.ok(await list.getByText(text, { exact: true }).isVisible(), `"${text}" does not print`);
    }
    await page.emulateMedia({ media: 'screen' });
    guard.assertClean('adding my own question');
  } finally {
    await context.close();
  }
});

test('a reload keeps the answers and the screen, Back and Forward move between screens', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin, { width: 360 });
  try {
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const first = await nextScreen(page, 'Calcinosis Aid');
    await answerFirstOptions(page);
    const firstChecked = await checkedOptions(page);
    assert.ok(firstChecked.length > 0);
    await page.locator('main').getByRole('button', { name: 'Next', exact: true }).click();
    const second = await nextScreen(page, first);
    await answerFirstOptions(page);
    const secondChecked = await checkedOptions(page);
    assert.ok(secondChecked.length > 0);

    // A reload (pull-to-refresh) with "Keep my answers" off: the same screen, the same
    // answers, and still nothing on the device beyond this tab.
    await page.reload();
    await waitForApp(page, guard);
    assert.equal(await screenTitle(page), second, 'a reload left the screen');
    assert.deepEqual(await checkedOptions(page), secondChecked, 'a reload lost the answers');
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'kept on the device unasked');
    await screenshot(page, 'walk2-after-reload');

    // The browser's Back: the screen before, with its answers; Forward: the one after.
    await page.goBack();
    assert.equal(await nextScreen(page, second), first, 'Back did not go to the screen before');
    assert.deepEqual(await checkedOptions(page), firstChecked);
    await page.goBack();
    assert.equal(await nextScreen(page, first), 'Calcinosis Aid', 'Back did not reach the intro');
    await page.goForward();
    assert.equal(await nextScreen(page, 'Calcinosis Aid'), first, 'Forward did not return');
    await page.goForward();
    assert.equal(await nextScreen(page, first), second);
    assert.deepEqual(await checkedOptions(page), secondChecked, 'Back and Forward lost answers');

    // The address never holds an answer: only the page itself.
    const url = new URL(page.url());
    assert.equal(`${url.pathname}${url.search}${url.hash}`, '/');
    const states = await page.evaluate(() => JSON.stringify(history.state));
    assert.match(states, /^"calcinosis-aid:[a-z_]+"$/, `history holds more than the step: ${states}`);
    guard.assertClean('reloading and moving back and forth');

    // Leaving with answers that are not kept asks first (and leaves when told to).
    const asked = new Promise((done) => {
      page.on('dialog', async (dialog) => {
        const kind = dialog.type();
        await dialog.accept();
        done(kind);
      });
    });
    const closed = new Promise((done) => page.once('close', done));
    await page.close({ runBeforeUnload: true });
    assert.equal(await asked, 'beforeunload', 'leaving with answers did not ask first');
    await closed;
  } finally {
    await context.close();
  }
});

test('a new tab starts fresh: answers kept for a tab stay in that tab', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin);
  try {
    await walkToSummary(page);
    const other = await context.newPage();
    await other.goto(`${site.server.origin}/`);
    await waitForApp(other, guard);
    assert.equal(await screenTitle(other), 'Calcinosis Aid');
    await other.getByRole('button', { name: 'Start', exact: true }).click();
    await nextScreen(other, 'Calcinosis Aid');
    assert.deepEqual(await checkedOptions(other), [], 'another tab saw this tab\'s answers');
    guard.assertClean('in a new tab');
  } finally {
    await context.close();
  }
});

test('the summary opens with what to do, cites by number, and ticks only the most important questions', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin, { width: 360 });
  try {
    await walkToSummary(page);
    // First comes what to do and how soon: the urgent box opens with the care line.
    const first = await page.locator('main h3').first().innerText();
    assert.match(first, /Act on this first|What to do next/);
    const care = page.getByRole('region', { name: first });
    assert.match(await care.innerText(), /Emergency|Today|Within days|Routine/i);
    // The category in plain words, the medical name in brackets.
    await page.getByRole('heading', { name: /^Most likely: .*\(called [a-z ]+/ }).or(
      page.getByRole('heading', { name: 'We cannot tell yet' }),
    ).waitFor();
    // Reasons end with source numbers; the sources are listed once, behind "Show sources".
    const marks = (await page.getByText(/^\[\d+\]( \[\d+\])*$/).allTextContents()).filter(Boolean);
    assert.ok(marks.length > 0, 'no numbered source marks');
    assert.equal(await page.getByRole('link', { name: /opens in a new tab/ }).count(), 0, 'sources shown before asked');
    await page.getByText('Show sources', { exact: true }).click();
    const sources = page.getByRole('link', { name: /opens in a new tab/ });
    await sources.first().waitFor();
    const highest = Math.max(...marks.flatMap((m) => m.match(/\d+/g).map(Number)));
    assert.ok((await sources.count()) >= highest, `${await sources.count()} sources for marks up to [${highest}]`);
    assert.equal(await sources.first().getAttribute('rel'), 'noreferrer');

    // The most important questions ticked (at most 7), the others under "More questions".
    const ask = page.getByRole('region', { name: 'Questions to ask your doctor' });
    const boxes = ask.getByRole('checkbox');
    let ticked = 0;
    for (const box of await boxes.all()) if (await box.isChecked()) ticked++;
    assert.ok(ticked >= 1 && ticked <= 7, `${ticked} questions ticked at first`);
    const more = page.getByText('More questions', { exact: true });
    if ((await more.count()) > 0) {
      await more.click();
      const extra = ask.getByRole('checkbox').nth(ticked);
      await extra.check();
      // A question ticked under "More questions" prints.
      const name = (await extra.locator('xpath=..').innerText()).trim();
      await page.emulateMedia({ media: 'print' });
      let printed = false;
      for (const copy of await ask.getByText(name, { exact: true }).all()) printed ||= await copy.isVisible();
      assert.ok(printed, `"${name}" does not print`);
      await page.emulateMedia({ media: 'screen' });
    }
    await screenshot(page, 'walk2-summary');
    guard.assertClean('on the summary');
  } finally {
    await context.close();
  }
});

test('printed, the urgency labels are black on white', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin);
  try {
    await walkToSummary(page);
    await page.emulateMedia({ media: 'print' });
    const labels = page.locator('main').getByText(/^(Emergency|Today|Within days|Routine)$/);
    assert.ok((await labels.count()) > 0, 'no urgency label');
    for (const label of await labels.all()) {
      const { color, background } = await label.evaluate((el) => {
        const style = getComputedStyle(el);
        return { color: style.color, background: style.backgroundColor };
      });
      assert.equal(color, 'rgb(0, 0, 0)', `"${await label.innerText()}" prints in ${color}`);
      assert.match(background, /rgba\(0, 0, 0, 0\)|transparent|rgb\(255, 255, 255\)/);
    }
    guard.assertClean('printing');
  } finally {
    await context.close();
  }
});
