import { expect, test } from '@playwright/test';
import { EditorPage } from './support/app';

const FIXTURE = new URL('./fixtures/small-shop.latitude.json', import.meta.url).pathname;

test('copy, paste, duplicate, delete, select all and undo work from the keyboard', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.importFile(FIXTURE);
  await expect(editor.node('role', 'Operator')).toBeVisible();
  const roles = page.locator('.react-flow__node-role');
  await expect(roles).toHaveCount(2);

  await editor.select('role', 'Operator');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(roles).toHaveCount(3);
  await page.keyboard.press('Control+d');
  await expect(roles).toHaveCount(4);
  // the copies keep their team (a reference outside the selection that still exists)
  await expect(roles.filter({ hasText: 'Operator' }).filter({ hasText: 'Team' })).toHaveCount(3);

  await page.keyboard.press('Delete');
  await expect(roles).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(roles).toHaveCount(4);
  await page.keyboard.press('Control+y');
  await expect(roles).toHaveCount(3);

  await page.keyboard.press('Control+a');
  await expect(editor.inspector.getByTestId('inspector.multiple')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor.inspector.getByTestId('inspector.project')).toBeVisible();

  await page.keyboard.press('?');
  const help = page.getByTestId('dialog.shortcuts');
  await expect(help).toContainText('Undo');
  await expect(help).toContainText('Duplicate selection');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('an arrow nudge moves the selection and one undo puts it back', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.importFile(FIXTURE);
  const unit = editor.node('unit', 'Cell A');
  const before = await unit.boundingBox();
  await editor.select('unit', 'Cell A');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => ((await unit.boundingBox())?.x ?? 0) - (before?.x ?? 0)).toBeGreaterThan(10);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round(((await unit.boundingBox())?.x ?? 0) - (before?.x ?? 0))).toBe(0);
});
