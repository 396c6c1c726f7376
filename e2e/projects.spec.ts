import { expect, test } from '@playwright/test';
import { EditorPage } from './support/app';

test('projects are created, renamed, duplicated, deleted with confirmation, and the last one reopens', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const projects = page.getByTestId('dialog.projects');
  const item = (name: string) => projects.getByTestId('projects.item').filter({ has: page.getByRole('button', { name, exact: true }) });

  // rename the first project from the list
  await page.getByTestId('toolbar.projects').click();
  await projects.getByTestId('projects.rename').first().click();
  await projects.getByTestId('projects.rename-input').fill('Plant North');
  await projects.getByTestId('projects.rename-input').press('Enter');
  await expect(item('Plant North')).toBeVisible();
  await expect(page.getByTestId('toolbar.project-name')).toHaveText('Plant North');

  // a new project opens empty
  await projects.getByTestId('projects.create').click();
  await expect(projects).toHaveCount(0);
  await expect(page.getByTestId('toolbar.project-name')).toHaveText('Untitled organisation');
  await editor.add('unit');
  await editor.renameSelected('Assembly');
  await editor.waitSaved();

  await page.getByTestId('toolbar.projects').click();
  await expect(projects.getByTestId('projects.item')).toHaveCount(2);
  await item('Untitled organisation').getByTestId('projects.duplicate').click();
  await expect(item('Untitled organisation (copy)')).toBeVisible();

  // deleting asks first; cancelling keeps the project
  await item('Untitled organisation (copy)').getByTestId('projects.delete').click();
  await expect(page.getByTestId('dialog.confirm')).toContainText('cannot be undone');
  await page.getByTestId('dialog.cancel').click();
  await expect(item('Untitled organisation (copy)')).toBeVisible();
  await item('Untitled organisation (copy)').getByTestId('projects.delete').click();
  await page.getByTestId('dialog.confirm-button').click();
  await expect(projects.getByTestId('projects.item')).toHaveCount(2);

  // open the renamed one, then reload: it is the one that comes back
  await item('Plant North').getByTestId('projects.open').click();
  await expect(page.getByTestId('toolbar.project-name')).toHaveText('Plant North');
  await page.reload();
  await expect(page.getByTestId('toolbar.project-name')).toHaveText('Plant North');
  await page.getByTestId('toolbar.projects').click();
  await item('Untitled organisation').getByTestId('projects.open').click();
  await expect(editor.node('unit', 'Assembly')).toBeVisible();
});
