import { expect, test } from '@playwright/test';
import { openAsWriter, scenarioTabCount, storedProjects, waitForRole, waitUntilSaved } from './support/storage';

/**
 * One tab writes a project; another opening it is read-only, follows the writer's saves and
 * can take over. Edits from both tabs all end up stored: nothing is overwritten silently.
 */
test('a second tab is read-only, follows the writer, and can take over without losing edits', async ({ context }) => {
  const a = await context.newPage();
  await openAsWriter(a);
  const start = await scenarioTabCount(a);

  const b = await context.newPage();
  await b.goto('/');
  await waitForRole(b, 'reader');
  await expect(b.getByTestId('readonly.banner')).toBeVisible();
  await expect(b.getByTestId('readonly.banner')).toHaveAttribute('data-kind', 'other-tab');
  // Switching the language keeps the session (and its lock) as it is.
  await a.locator('.language-switch select').selectOption('nl');
  await a.locator('.language-switch select').selectOption('en');
  await a.waitForTimeout(300);
  await waitForRole(a, 'writer');
  await waitForRole(b, 'reader');

  // The writer's edits appear in the read-only tab.
  let edits = 0;
  for (let i = 0; i < 3; i++) {
    await a.getByTestId('scenario.add').click();
    edits++;
  }
  await waitUntilSaved(a);
  await expect(b.getByTestId('scenario.tab')).toHaveCount(start + edits);

  // The read-only tab refuses to change the document.
  await b.getByTestId('scenario.add').click();
  await expect(b.getByTestId('scenario.tab')).toHaveCount(start + edits);

  // Taking over: the writer saves and hands over; it becomes read-only.
  await a.getByTestId('scenario.add').click();
  edits++;
  await b.getByTestId('readonly.take-over').click();
  await waitForRole(b, 'writer');
  await waitForRole(a, 'reader');
  await expect(b.getByTestId('readonly.banner')).toHaveCount(0);
  await expect(a.getByTestId('readonly.banner')).toBeVisible();
  await expect(b.getByTestId('scenario.tab')).toHaveCount(start + edits);

  for (let i = 0; i < 2; i++) {
    await b.getByTestId('scenario.add').click();
    edits++;
  }
  await waitUntilSaved(b);
  await expect(a.getByTestId('scenario.tab')).toHaveCount(start + edits);

  // Closing the writer hands the project to the remaining tab.
  await b.close();
  await waitForRole(a, 'writer');
  await a.getByTestId('scenario.add').click();
  edits++;
  await waitUntilSaved(a);

  const [row] = await storedProjects(a);
  const stored = Object.keys(row!.doc.scenarios).length;
  test.info().annotations.push({ type: 'two-tab edits', description: `${edits} edits, ${start + edits - stored} lost or overwritten` });
  expect(stored).toBe(start + edits);
});
