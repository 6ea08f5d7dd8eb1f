// "Questions to ask your doctor": a question the person types and adds is shown in the list,
// kept when printed, and the field is cleared for the next one (the field is found in the
// form that was submitted, inside the aid's shadow root: security review, L2).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, useSite, walkToSummary } from './lib.mjs';

const site = useSite();

test('a question the person adds is shown in the list and the field is cleared', async () => {
  const { context, page, guard } = await openApp(site.browser, site.server.origin);
  try {
    await walkToSummary(page);
    const field = page.getByLabel('Add your own question');
    for (const question of ['Can I keep swimming?', 'Is it <b>safe</b> to wait?']) {
      await field.fill(question);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      // Shown as a kept question of the list (a checkbox labelled with it).
      const own = page.getByRole('checkbox', { name: question, exact: true });
      await own.waitFor({ timeout: 5000 });
      assert.ok(await own.isChecked(), `"${question}" is not kept`);
      assert.equal(await field.inputValue(), '', 'the field was not cleared');
    }
    assert.equal(await page.getByText('safe', { exact: true }).count(), 0, 'a question became markup');
    guard.assertClean('adding questions');
  } finally {
    await context.close();
  }
});
