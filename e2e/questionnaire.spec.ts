import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './support/app';
import { openFixture, pasteText } from './support/skills';

/**
 * Questionnaire mode and "How is this computed?" for Piet (e2e/fixtures/skills): from the
 * design Piet is passive (SD 17, DA 12, PD 27). The answers below are the JCQ check of
 * domain.md §4 (SD 18, DA 12, PD 39): high strain, a large PD gap.
 */
const CHECK = [2, 4, 1, 2, 1, 2, 1, 4, 1, 4, 3, 2, 2, 2];
const HEADER = ['SD1', 'SD2', 'SD3', 'SD4', 'SD5', 'SD6', 'DA1', 'DA2', 'DA3', 'PD1', 'PD2', 'PD3', 'PD4', 'PD5'];

test.beforeEach(async ({ page }) => {
  const app = new EditorPage(page);
  await openFixture(app, 'skills.latitude.json', 'Skills fixture');
  await app.select('role', 'Piet');
  await expect(app.inspector.getByTestId('inspector.role-panel')).toBeVisible();
});

const dialog = (page: Page) => page.getByTestId('questionnaire.dialog');
const cell = (page: Page, row: number, item: string) =>
  dialog(page).locator(`[data-testid="questionnaire.cell"][data-row="${row}"][data-item="${item}"]`);
const compareValue = (page: Page, scale: string) =>
  dialog(page).locator(`[data-testid="questionnaire.compare-row"][data-scale="${scale}"]`);

test('answers pasted from a spreadsheet count from five respondents on and save as one step', async ({ page }) => {
  const app = new EditorPage(page);
  await page.getByTestId('inspector.questionnaire').click();
  await expect(dialog(page)).toBeVisible();

  // Four respondents with a header row, as a Dutch spreadsheet exports them (semicolons).
  const rows = [HEADER, CHECK, CHECK, CHECK, CHECK].map((r) => r.join(';')).join('\n');
  await pasteText(cell(page, 0, 'learn_new'), rows);
  await expect(dialog(page).getByTestId('questionnaire.row')).toHaveCount(4);
  await expect(dialog(page).getByTestId('questionnaire.count')).toHaveText('4 respondents entered · 4 complete');
  await expect(dialog(page).getByTestId('questionnaire.anonymity')).toContainText('shown from 5 respondents on, to protect anonymity');
  await expect(compareValue(page, 'PD').getByTestId('questionnaire.value')).toHaveText('–');

  // A fifth respondent, pasted as a tab-separated line into the new row.
  await dialog(page).getByTestId('questionnaire.add-row').click();
  await pasteText(cell(page, 4, 'learn_new'), CHECK.join('\t'));
  await expect(dialog(page).getByTestId('questionnaire.anonymity')).toHaveCount(0);
  await expect(compareValue(page, 'SD').getByTestId('questionnaire.value')).toHaveText('18');
  await expect(compareValue(page, 'PD').getByTestId('questionnaire.value')).toHaveText('39');
  await expect(compareValue(page, 'PD').getByTestId('questionnaire.large-gap')).toBeVisible();
  await expect(compareValue(page, 'SD').getByTestId('questionnaire.large-gap')).toHaveCount(0);
  await expect(compareValue(page, 'quadrant')).toContainText('Passive');
  await expect(compareValue(page, 'quadrant')).toContainText('High strain');

  // A wrong value is named by row and item, and blocks saving.
  await cell(page, 1, 'repetitive').fill('5');
  await expect(dialog(page).getByTestId('questionnaire.errors')).toContainText('Row 2, SD2 repetitive: “5” is not an answer from 1 to 4.');
  await expect(cell(page, 1, 'repetitive')).toHaveAttribute('aria-invalid', 'true');
  await dialog(page).getByTestId('questionnaire.save').click();
  await expect(dialog(page).getByTestId('questionnaire.save-error')).toBeVisible();
  await cell(page, 1, 'repetitive').fill('4');
  await expect(dialog(page).getByTestId('questionnaire.errors')).toHaveCount(0);

  await dialog(page).getByTestId('questionnaire.save').click();
  await expect(dialog(page)).toHaveCount(0);
  const status = page.getByTestId('inspector.questionnaire-status');
  await expect(status).toHaveText('Questionnaire of 5 respondents in use.');

  await page.getByTestId('inspector.questionnaire').click();
  await expect(dialog(page).getByTestId('questionnaire.row')).toHaveCount(5);
  await dialog(page).getByTestId('questionnaire.cancel').click();

  await app.undo();
  await expect(status).toHaveText('No questionnaire: the scores come from the design.');
});

test('scale scores need five respondents and a value from 12 to 48', async ({ page }) => {
  await page.getByTestId('inspector.questionnaire').click();
  await dialog(page).getByTestId('questionnaire.mode-scales').click();
  const field = (name: string) => dialog(page).getByTestId(`questionnaire.scale-${name}`);
  await field('sd').fill('40');
  await field('da').fill('38,5');
  await field('pd').fill('20');
  await field('respondents').fill('3');
  await expect(dialog(page).getByTestId('questionnaire.anonymity')).toContainText('(now 3)');

  await field('respondents').fill('6');
  await expect(compareValue(page, 'DA').getByTestId('questionnaire.value')).toHaveText('38.5');
  await expect(compareValue(page, 'DL').getByTestId('questionnaire.value')).toHaveText('78.5');
  await expect(compareValue(page, 'quadrant')).toContainText('Low strain');

  await field('sd').fill('50');
  await expect(dialog(page)).toContainText('Must be from 12 to 48.');
  await dialog(page).getByTestId('questionnaire.save').click();
  await expect(dialog(page)).toBeVisible();
  await field('sd').fill('40');
  await dialog(page).getByTestId('questionnaire.save').click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page.getByTestId('inspector.questionnaire-status')).toHaveText('Questionnaire of 6 respondents in use.');

  await page.getByTestId('inspector.questionnaire').click();
  await expect(dialog(page).getByTestId('questionnaire.mode-scales')).toHaveAttribute('aria-pressed', 'true');
  await expect(field('da')).toHaveValue('38.5');

  // Unchanged, it closes at once; with a changed score, closing asks first and keeps editing on "Cancel".
  await dialog(page).getByTestId('questionnaire.cancel').click();
  await expect(dialog(page)).toHaveCount(0);
  await page.getByTestId('inspector.questionnaire').click();
  await field('da').fill('30');
  await page.keyboard.press('Escape');
  const confirm = page.getByTestId('dialog.confirm');
  await expect(confirm).toContainText('Discard the answers?');
  await confirm.getByTestId('dialog.cancel').click();
  await expect(field('da')).toHaveValue('30');
  await dialog(page).getByTestId('questionnaire.cancel').click();
  await confirm.getByTestId('dialog.confirm-button').click();
  await expect(dialog(page)).toHaveCount(0);
  await page.getByTestId('inspector.questionnaire').click();
  await expect(field('da')).toHaveValue('38.5');
});

test('How is this computed? shows the formulas with the role’s values and changes the settings', async ({ page }) => {
  await page.getByTestId('inspector.how-computed').click();
  const how = page.getByTestId('how-computed.dialog');
  await expect(how).toBeVisible();
  await expect(how.locator('[data-formula="V"]')).toHaveText('V = min(1, 1 distinct task types / 6) = 0.167');
  await expect(how.locator('[data-formula="C.short"]')).toHaveText('cyc 1 min < 1.5 min (short cycle), so C = 0');
  await expect(how.locator('[data-formula="quadrant"]')).toHaveText('Quadrant → Passive');

  await how.getByTestId('how-computed.edit-settings').click();
  const settings = page.getByTestId('settings.dialog');
  await expect(settings).toBeVisible();
  await settings.getByTestId('settings.varietyTypes').fill('0');
  await settings.getByTestId('settings.save').click();
  await expect(settings).toContainText('Must be more than 0.');
  await settings.getByTestId('settings.varietyTypes').fill('4');
  await settings.getByTestId('settings.save').click();

  await expect(how).toBeVisible();
  await expect(how.locator('[data-formula="V"]')).toHaveText('V = min(1, 1 distinct task types / 4) = 0.25');
  await expect(how.getByTestId('how-computed.tunables')).toContainText('default 6');

  await how.getByTestId('how-computed.edit-settings').click();
  await settings.getByTestId('settings.reset').click();
  await expect(settings.getByTestId('settings.varietyTypes')).toHaveValue('6');
  await settings.getByTestId('settings.save').click();
  await expect(how.locator('[data-formula="V"]')).toHaveText('V = min(1, 1 distinct task types / 6) = 0.167');
});
