import { expect, test } from '@playwright/test';
import { EditorPage } from './support/app';

test('the app switches to Dutch and remembers it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await expect(page.getByTestId('view.tasks')).toHaveText('Task table');
  await editor.add('role');
  const role = page.locator('.react-flow__node-role').first();
  await expect(role).toContainText('No tasks');
  await page.getByTestId('toolbar.language').selectOption('nl');
  await expect(page.getByTestId('view.tasks')).toHaveText('Takentabel');
  // The cards on the canvas follow the switch at once.
  await expect(role).toContainText('Geen taken');
  await expect(role).toContainText('u/wk');
  await expect(page.getByTestId('palette.add-workstation')).toContainText('Werkplek');
  await editor.add('workstation');
  await expect(editor.inspector.getByTestId('inspector.name')).toHaveValue('Werkplek 1');
  await page.reload();
  await expect(page.getByTestId('view.tasks')).toHaveText('Takentabel');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByTestId('toolbar.language').selectOption('en');
  await expect(page.getByTestId('view.tasks')).toHaveText('Task table');
});
