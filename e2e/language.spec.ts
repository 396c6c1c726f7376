import { expect, test } from '@playwright/test';
import { EditorPage } from './support/app';

test('the app switches to Dutch and remembers it', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await expect(page.getByTestId('view.tasks')).toHaveText('Task table');
  await page.getByTestId('toolbar.language').selectOption('nl');
  await expect(page.getByTestId('view.tasks')).toHaveText('Takentabel');
  await expect(page.getByTestId('palette.add-workstation')).toContainText('Werkplek');
  await editor.add('workstation');
  await expect(editor.inspector.getByTestId('inspector.name')).toHaveValue('Werkplek 1');
  await page.reload();
  await expect(page.getByTestId('view.tasks')).toHaveText('Takentabel');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByTestId('toolbar.language').selectOption('en');
  await expect(page.getByTestId('view.tasks')).toHaveText('Task table');
});
