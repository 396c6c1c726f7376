import { expect, test } from '@playwright/test';
import { EditorPage } from './support/app';
import { TemplateGallery, scenarioTab } from './support/templates';

test('a new project from the job-shop template opens with its as-is and to-be scenarios', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  const gallery = new TemplateGallery(page);
  await gallery.open();

  // a card per template: pictures of both scenarios, name, case kind and description
  expect(await gallery.cards.count()).toBeGreaterThanOrEqual(8);
  const card = gallery.card('job-shop-qrm-cells');
  await expect(card.getByRole('heading')).toHaveText('Job shop to QRM cells');
  await expect(card).toContainText('Modelled on: Metalworking job shop');
  await expect(card).toContainText('paint shop as a shared monument');
  await expect(card.locator('svg.template-thumbnail')).toHaveCount(2);

  await gallery.use('job-shop-qrm-cells');
  await expect(page.getByTestId('toolbar.project-name')).toHaveText('Job shop to QRM cells');
  await expect(page.getByTestId('scenario.tab')).toHaveText([/^As-is/, /^To-be/]);
  await expect(scenarioTab(page, /^As-is/)).toHaveAttribute('aria-selected', 'true');
  await expect(editor.node('unit', 'Cutting')).toBeVisible();

  await scenarioTab(page, /^To-be/).click();
  await expect(scenarioTab(page, /^To-be/)).toHaveAttribute('aria-selected', 'true');
  await expect(editor.node('unit', 'Assemblies cell')).toBeVisible();
  await expect(editor.node('unit', 'Brackets cell')).toBeVisible();
  await expect(editor.node('workstation', 'Paint booth')).toBeVisible();

  // it is stored as a project of its own; the template can be used again
  await editor.waitSaved();
  await page.getByTestId('toolbar.projects').click();
  const items = page.getByTestId('projects.item');
  await expect(items.filter({ hasText: 'Job shop to QRM cells' })).toHaveCount(1);
  await expect(items).toHaveCount(2);
});

test('the gallery speaks Dutch', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByTestId('toolbar.language').selectOption('nl');
  const gallery = new TemplateGallery(page);
  await gallery.open();
  const card = gallery.card('home-care-neighbourhood-teams');
  await expect(card.getByRole('heading')).toHaveText('Thuiszorg: buurtteams');
  await expect(card).toContainText('Gebaseerd op: Thuiszorg (wijkverpleging)');
  await expect(card.getByTestId('templates.use')).toHaveText('Dit sjabloon gebruiken');
  await gallery.use('home-care-neighbourhood-teams');
  await expect(page.getByTestId('toolbar.project-name')).toHaveText('Thuiszorg: buurtteams');
  await expect(page.getByTestId('scenario.tab')).toHaveCount(2);
});
