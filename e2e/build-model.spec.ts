import { expect, test } from '@playwright/test';
import { EditorPage } from './support/app';
import { TaskTablePage } from './support/tasks';

test('a process engineer builds a small cell by mouse and keyboard, undoes, redoes and finds it intact after a reload', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();

  await editor.add('unit');
  await editor.renameSelected('Cell A');
  await editor.add('workstation');
  await editor.renameSelected('Laser');
  await editor.add('workstation');
  await editor.renameSelected('Press brake');
  const cell = editor.node('unit', 'Cell A');
  await expect(cell).toBeVisible();
  // both workstations went into the selected unit
  await expect(page.locator('.react-flow__node-workstation')).toHaveCount(2);

  await editor.add('family');
  await editor.renameSelected('Brackets');
  await editor.connect(editor.sourceHandle(editor.node('family', 'Brackets')), editor.targetHandle(editor.node('workstation', 'Laser')));
  await expect(page.getByTestId('canvas.route-family')).toHaveValue(/family:/);
  await editor.connect(editor.sourceHandle(editor.node('workstation', 'Laser')), editor.targetHandle(editor.node('workstation', 'Press brake')));
  await editor.select('family', 'Brackets');
  await expect(editor.inspector.getByTestId('inspector.route').locator('li')).toHaveCount(2);

  await editor.select('unit', 'Cell A');
  await editor.add('team');
  await editor.renameSelected('Team A');
  await editor.add('role');
  await editor.renameSelected('Operator');
  await editor.connect(editor.sourceHandle(editor.node('role', 'Operator')), editor.targetHandle(editor.node('team', 'Team A')));
  await editor.select('role', 'Operator');
  await expect(editor.inspector.getByTestId('inspector.team')).toHaveValue(/team:/);
  await editor.add('role');
  await editor.renameSelected('Planner');
  const headcount = editor.inspector.getByTestId('inspector.headcount');
  await headcount.fill('2');
  await headcount.press('Enter');

  await editor.showView('tasks');
  const table = new TaskTablePage(page);
  await table.addTask({ name: 'Cut and bend', load: '60', cycleMin: '4' });
  await (await table.setShares('Cut and bend', { Operator: '100' })).getByTestId('assignments.save').click();
  await table.addTask({ name: 'Plan orders', kind: 'control', load: '10' });
  const refused = await table.setShares('Plan orders', { Operator: '50', Planner: '40' });
  await refused.getByTestId('assignments.save').click();
  await expect(refused.getByTestId('assignments.error')).toContainText('90');
  await refused.getByTestId('assignments.rows').locator('li').filter({ hasText: 'Planner' }).getByTestId('assignments.share').fill('50');
  await refused.getByTestId('assignments.save').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await table.addTask({ name: 'Set up', kind: 'prepare', load: '6' });
  await (await table.setShares('Set up', { Planner: '100' })).getByTestId('assignments.save').click();
  await expect(table.rows()).toHaveCount(3);
  await expect(table.row('Plan orders')).toContainText('Planner');

  // undo the last assignment and redo it, with the keyboard
  await page.getByTestId('task-table').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await page.locator('body').press('Control+z');
  await expect(table.row('Set up')).not.toContainText('Planner');
  await page.locator('body').press('Control+Shift+z');
  await expect(table.row('Set up')).toContainText('Planner');

  await editor.showView('canvas');
  await expect(editor.node('role', 'Operator')).toContainText('C·op');
  // the cards follow task edits while the canvas is open: undo takes the set-up chip off
  const plannerChips = editor.node('role', 'Planner').locator('.task-chip');
  await expect(plannerChips).toHaveText(['P', 'C·op']);
  await page.locator('body').press('Control+z');
  await expect(plannerChips).toHaveText(['C·op']);
  await expect(plannerChips).toHaveAttribute('title', /Plan orders.*50/);
  await page.locator('body').press('Control+Shift+z');
  await expect(plannerChips).toHaveText(['P', 'C·op']);
  await editor.waitSaved();
  await page.reload();
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(editor.node('unit', 'Cell A')).toBeVisible();
  await expect(page.locator('.react-flow__node-workstation')).toHaveCount(2);
  await expect(page.locator('.react-flow__node-role')).toHaveCount(2);
  await expect(editor.node('role', 'Operator')).toContainText('C·op');
  await page.screenshot({ path: 'test-results/after-reload.png' });
  await editor.select('family', 'Brackets');
  await expect(editor.inspector.getByTestId('inspector.route').locator('li')).toHaveCount(2);
  await editor.showView('tasks');
  await expect(table.rows()).toHaveCount(3);
  await expect(table.row('Plan orders')).toContainText('50');
});
