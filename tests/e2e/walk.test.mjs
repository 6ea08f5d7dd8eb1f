// Walks through the whole app twice, as a person would: once with the mouse and once with
// the keyboard alone (Tab, Space, Enter, arrow keys). Every screen of the mouse walk is
// scanned by axe-core and photographed at 360 and 1280 px (tests/e2e/output/). Both walks
// fail on any console error, page error, CSP violation or request to another origin.
//
// The walk is generic: it answers the first option of each question it finds and presses
// Next until "See my summary". Walks that give specific answers and check the summary
// belong beside it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkScreen, nextScreen, openApp, screenTitle, slug, useSite } from './lib.mjs';

const MAX_SCREENS = 30;
const MAX_TABS_PER_SCREEN = 300;

const site = useSite();

async function anyChecked(options) {
  for (const option of await options.all()) if (await option.isChecked()) return true;
  return false;
}

/** Answers every unanswered radio or checkbox group on the screen with its first option. */
async function answerByMouse(page) {
  const groups = page.getByRole('radiogroup').or(page.getByRole('group'));
  for (const group of await groups.all()) {
    for (const role of ['radio', 'checkbox']) {
      const options = group.getByRole(role);
      if ((await options.count()) > 0 && !(await anyChecked(options))) {
        await options.first().check();
      }
    }
  }
}

async function assertSummary(page) {
  await page.getByRole('heading', { level: 2, name: 'Your summary' }).waitFor();
  const questions = page
    .getByRole('list', { name: 'Questions to ask your doctor' })
    .or(page.getByRole('heading', { name: 'Questions to ask your doctor' }));
  assert.ok((await questions.count()) > 0, 'no "Questions to ask your doctor" on the summary');
}

test('a walk through the app with the mouse, with axe and screenshots on every screen', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin);
  try {
    let title = await screenTitle(page);
    const seen = [];
    for (let step = 1; step <= MAX_SCREENS; step++) {
      seen.push(title);
      await checkScreen(page, `mouse-${String(step).padStart(2, '0')}-${slug(title)}`);
      guard.assertClean(`on "${title}"`);
      if (title === 'Your summary') break;

      const start = page.getByRole('button', { name: 'Start', exact: true });
      const summary = page.getByRole('button', { name: 'See my summary', exact: true });
      if ((await start.count()) > 0) {
        await start.click();
      } else if ((await summary.count()) > 0) {
        await summary.click();
      } else {
        await answerByMouse(page);
        await page.getByRole('button', { name: 'Next', exact: true }).click();
      }
      title = await nextScreen(page, title);
    }
    assert.equal(title, 'Your summary', `the walk never reached the summary: ${seen.join(' → ')}`);
    await assertSummary(page);
    guard.assertClean('on the summary');
  } finally {
    await context.close();
  }
});

/** What has the keyboard focus, described for the walk: its role, name and whether its
 * question already has an answer. */
function describeFocus(page) {
  return page.evaluate(() => {
    // The app renders in a shadow root: the document's activeElement is its host.
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { kind: 'none' };
    const type = el instanceof HTMLInputElement ? el.type : '';
    const kind =
      el.getAttribute('role') ??
      (el instanceof HTMLButtonElement ? 'button' : type || el.tagName.toLowerCase());
    const name = (
      el.getAttribute('aria-label') ??
      el.labels?.[0]?.textContent ??
      el.textContent ??
      ''
    )
      .trim()
      .replace(/\s+/g, ' ');
    const isChecked = (e) => e.checked === true || e.getAttribute('aria-checked') === 'true';
    let answered = false;
    if (kind === 'radio') {
      const group =
        el.closest('fieldset, [role="radiogroup"]') ?? el.form ?? el.ownerDocument;
      answered = [...group.querySelectorAll('input[type="radio"], [role="radio"]')]
        .filter((r) => !el.name || r.name === el.name)
        .some(isChecked);
    } else if (kind === 'checkbox') {
      const group = el.closest('fieldset, [role="group"]') ?? el.parentElement;
      answered = [...group.querySelectorAll('input[type="checkbox"], [role="checkbox"]')].some(
        isChecked,
      );
    }
    return { kind, name, answered };
  });
}

test('a walk through the app with the keyboard alone', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin);
  try {
    let title = await screenTitle(page);
    const seen = [];
    // Every key pressed, counted (issue 15 measures the keyboard walk).
    let keys = 0;
    const press = page.keyboard.press.bind(page.keyboard);
    page.keyboard.press = (key) => {
      keys++;
      return press(key);
    };
    for (let step = 1; step <= MAX_SCREENS && title !== 'Your summary'; step++) {
      seen.push(title);
      let pressed = false;
      for (let tab = 0; tab < MAX_TABS_PER_SCREEN && !pressed; tab++) {
        await page.keyboard.press('Tab');
        const focus = await describeFocus(page);
        if (focus.kind === 'radio' && !focus.answered) {
          // Space picks the focused option; ArrowDown moves to the next one and picks it.
          await page.keyboard.press('Space');
          await page.keyboard.press('ArrowDown');
        } else if (focus.kind === 'checkbox' && !focus.answered) {
          await page.keyboard.press('Space');
        } else if (
          focus.kind === 'button' &&
          ['Start', 'Next', 'See my summary'].includes(focus.name)
        ) {
          await page.keyboard.press('Enter');
          pressed = true;
        }
      }
      assert.ok(pressed, `the keyboard never reached Start, Next or See my summary on "${title}"`);
      title = await nextScreen(page, title);
      guard.assertClean(`after "${seen.at(-1)}"`);
    }
    assert.equal(title, 'Your summary', `the walk never reached the summary: ${seen.join(' → ')}`);
    console.log(`the keyboard walk to the summary took ${keys} key presses`);
    await assertSummary(page);
    guard.assertClean('on the summary');
  } finally {
    await context.close();
  }
});
