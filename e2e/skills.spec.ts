import { expect, test } from '@playwright/test';
import { EditorPage } from './support/app';
import { SkillsMatrix, openFixture } from './support/skills';

/**
 * The skills matrix of a small cell and a bending department (e2e/fixtures/skills):
 * Anna and Bram in Team A on A1/A2, Piet and Kees in Bending on B1/B2. With k = 3, A2
 * (only Anna) and B2 (only Piet) are red zones.
 */
test.beforeEach(async ({ page }) => {
  await openFixture(new EditorPage(page), 'skills.latitude.json', 'Skills fixture');
});

test('shows roles × workstations with levels, coverage and red zones', async ({ page }) => {
  const matrix = new SkillsMatrix(page);
  await matrix.open();
  await expect(matrix.root.getByTestId('skills.cell')).toHaveCount(16);
  await matrix.expectLevel('role:piet', 'ws:B2', 4);
  await matrix.expectLevel('role:kees', 'ws:B2', 0);
  // The level is text too, not only the pie.
  await expect(matrix.cell('role:anna', 'ws:A1')).toContainText('3');

  await expect(matrix.root.getByTestId('skills.redzone')).toHaveCount(2);
  await expect(matrix.redZone('ws:B2')).toContainText('Red zone');
  await expect(matrix.workstationCoverage('ws:B2')).toContainText('1/3');
  await expect(matrix.workstationCoverage('ws:A1')).toContainText('2/3');
  await expect(matrix.root.locator('[data-testid="skills.row"][data-role-id="role:bram"] [data-testid="skills.role-coverage"]')).toContainText(
    '1/3',
  );

  const needs = matrix.trainingNeeds;
  const b2 = needs.locator('[data-testid="skills.need"][data-workstation-id="ws:B2"]');
  await expect(b2).toContainText('Train 2 more people on Press B2');
  await expect(b2).toContainText('Only Piet is qualified');
});

test('sets levels by menu and keyboard, one undo step each', async ({ page }) => {
  const app = new EditorPage(page);
  const matrix = new SkillsMatrix(page);
  await matrix.open();

  await matrix.pickLevel('role:kees', 'ws:B2', 2);
  await matrix.expectLevel('role:kees', 'ws:B2', 2);
  await expect(matrix.redZone('ws:B2')).toHaveCount(0);
  await expect(matrix.workstationCoverage('ws:B2')).toContainText('2/3');

  // Keyboard: the focused cell moves with the arrows, digits set the level. Rows are
  // Bending (Kees, Piet) then Cell A; columns Press B1, Press B2, Saw A1, Weld A2.
  await matrix.cell('role:kees', 'ws:B2').focus();
  await page.keyboard.press('ArrowDown');
  await expect(matrix.cell('role:piet', 'ws:B2')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(matrix.cell('role:piet', 'ws:A2')).toBeFocused();
  await page.keyboard.press('1');
  await matrix.expectLevel('role:piet', 'ws:A2', 1);
  await page.keyboard.press('Delete');
  await matrix.expectLevel('role:piet', 'ws:A2', 0);

  await app.undo();
  await matrix.expectLevel('role:piet', 'ws:A2', 1);
  await app.undo();
  await matrix.expectLevel('role:piet', 'ws:A2', 0);
  await app.undo();
  await matrix.expectLevel('role:kees', 'ws:B2', 0);
  await expect(matrix.redZone('ws:B2')).toBeVisible();
  await app.redo();
  await matrix.expectLevel('role:kees', 'ws:B2', 2);
});

test('k is configurable both ways and validated', async ({ page }) => {
  const matrix = new SkillsMatrix(page);
  await matrix.open();
  await matrix.setK('people', '2');
  await expect(matrix.workstationCoverage('ws:A1')).toContainText('2/2');
  await expect(matrix.workstationCoverage('ws:B2')).toContainText('1/2');
  // One qualified person is a red zone whatever k is.
  await expect(matrix.redZone('ws:B2')).toBeVisible();

  await matrix.setK('workstations', '1');
  await expect(matrix.root.locator('[data-testid="skills.row"][data-role-id="role:bram"] [data-testid="skills.role-coverage"]')).toContainText(
    '1/1',
  );

  const people = matrix.root.getByTestId('skills.k-people');
  await people.fill('0');
  await people.press('Enter');
  await expect(people).toHaveAttribute('aria-invalid', 'true');
  await expect(matrix.root.getByRole('alert')).toContainText('at least 1');
  await people.press('Escape');
  await expect(people).toHaveValue('2');

  // Stored in the project settings: one undo step back to the default.
  await page.getByTestId('toolbar.undo').click();
  await page.getByTestId('toolbar.undo').click();
  await expect(people).toHaveValue('3');
});

test('a suggested training starts with one click', async ({ page }) => {
  const matrix = new SkillsMatrix(page);
  await matrix.open();
  const b2 = matrix.trainingNeeds.locator('[data-testid="skills.need"][data-workstation-id="ws:B2"]');
  const train = b2.locator('[data-testid="skills.train"][data-role-id="role:kees"]');
  await expect(train).toBeVisible();
  await train.click();
  await matrix.expectLevel('role:kees', 'ws:B2', 1);
  // Now in training: the suggestion stays, without the button.
  await expect(b2.locator('[data-testid="skills.train"][data-role-id="role:kees"]')).toHaveCount(0);
  await expect(b2).toContainText('already in training');
});
