import { expect, test } from '@playwright/test';
import { EditorPage } from './support/app';
import { CsvPage, openJobShop } from './support/csv';
import { SkillsMatrix } from './support/skills';

test.beforeEach(async ({ page }) => {
  await openJobShop(new EditorPage(page));
});

test('a changed level in the exported skills matrix imports as one change, undone in one step', async ({ page }) => {
  const app = new EditorPage(page);
  const csv = new CsvPage(page);
  const matrix = new SkillsMatrix(page);

  await csv.open();
  const { name, text } = await csv.export('skills');
  expect(name).toBe('functional-job-shop-as-is-skills.csv');
  expect(text.startsWith('\uFEFFrole,')).toBe(true);
  expect(text).toContain('\r\nWelder,0,0,0,0,0,2,1\r\n');

  await csv.import('skills', 'skills.csv', text.replace('Welder,0,0,0,0,0,2,1', 'Welder,0,0,0,0,0,3,1'));
  await csv.expectSummary({ add: 0, update: 1, unchanged: 10, errors: 0 });
  await expect(csv.changes).toHaveCount(1);
  await expect(csv.changes.first()).toContainText('Welder');
  await expect(csv.changes.first()).toContainText('Welding station 1');
  await expect(csv.applyButton).toBeEnabled();
  await expect(csv.applyButton).toHaveText('Apply 1 change(s)');
  await csv.apply();
  await expect(page.getByTestId('notice.info').filter({ hasText: 'Imported skills matrix' })).toBeVisible();

  await matrix.open();
  await matrix.expectLevel('role:WLD', 'ws:W1', 3);
  await matrix.expectLevel('role:WLD', 'ws:W2', 1);

  await app.undo();
  await matrix.expectLevel('role:WLD', 'ws:W1', 2);
  // The import was the only step since the project was opened: one undo took all of it.
  await expect(page.getByTestId('toolbar.undo')).toBeDisabled();
  await app.redo();
  await matrix.expectLevel('role:WLD', 'ws:W1', 3);
});

test('a CSV with bad rows reports each one by row and column and changes nothing', async ({ page }) => {
  const csv = new CsvPage(page);
  await csv.open();
  const before = await csv.export('roles');
  const bad = [
    'name;unit;team;headcount;hours_per_week',
    'Welder;Welding;;3;40',
    'Painter;Painting;;0;40',
    'Setter;Nowhere;;1;40',
    'Planner;Logistics;;1;twelve',
    'Night welder;Welding;;1;36',
  ].join('\r\n');
  await csv.import('roles', 'bad-roles.csv', bad);

  await csv.expectSummary({ add: 1, update: 1, unchanged: 0, errors: 3 });
  await expect(csv.issues).toHaveCount(3);
  await expect(csv.issue(3, 'headcount')).toContainText('Must be more than 0.');
  await expect(csv.issue(4, 'unit')).toContainText('No unit called “Nowhere” in this scenario.');
  await expect(csv.issue(5, 'hours_per_week')).toContainText('“twelve” is not a number.');
  await expect(csv.issue(3, 'headcount')).toContainText('headcount (D)');
  await expect(csv.applyButton).toBeDisabled();
  await expect(csv.preview.getByTestId('csv.apply-reason')).toHaveText(
    'The file has errors, so nothing can be applied.',
  );

  await csv.preview.getByTestId('csv.back').click();
  const after = await csv.export('roles');
  expect(after.text).toBe(before.text);
  await expect(page.getByTestId('toolbar.undo')).toBeDisabled();
});

test('in Dutch the files use semicolons and decimal commas, and import reads them back unchanged', async ({ page }) => {
  const csv = new CsvPage(page);
  await page.getByTestId('toolbar.language').selectOption('nl');
  await csv.open();
  const { text } = await csv.export('tasks');
  expect(text.startsWith('\uFEFFname;kind;control_level;')).toBe(true);
  expect(text).toContain('Paint;make;;;make:paint;Paint booth;36;1,2;3;;Painter: 100 %\r\n');

  await csv.import('tasks', 'taken.csv', text);
  await csv.expectSummary({ add: 0, update: 0, unchanged: 20, errors: 0 });
  await expect(csv.applyButton).toBeDisabled();
  await expect(csv.preview.getByTestId('csv.apply-reason')).toHaveText(
    'Het bestand komt overeen met het scenario: er valt niets te wijzigen.',
  );
});
