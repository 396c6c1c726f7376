import { expect, test, type Locator } from '@playwright/test';
import { AnalysisPage, moveTaskTo, openJobShop } from './support/analysis';
import { EditorPage } from './support/app';

/**
 * The job shop of domain.md §6: every operator is in high strain because control sits with
 * staff roles. The analysis says which roles are in trouble, why, and what to move; moving
 * inspection, allocation and dispatch to the laser operators changes their quadrant and P4.
 */
test.beforeEach(async ({ page }) => {
  await openJobShop(new EditorPage(page));
});

async function webaOf(row: Locator): Promise<string[]> {
  return row.getByTestId('analysis.role-weba').locator('abbr').allTextContents();
}

test('the laser operators: high strain, why, and what moving control to them changes', async ({ page }) => {
  const app = new EditorPage(page);
  const analysis = new AnalysisPage(page);

  // On the canvas: the quadrant badge and the risk icons, each with words.
  const lasNode = app.node('role', 'Laser operator');
  await expect(lasNode.getByTestId('node.quadrant')).toHaveText('High strain');
  await expect(lasNode.locator('[data-testid="node.flag"][data-flag="WEBA_LEARNING_RISK"]')).toHaveAttribute(
    'aria-label',
    /learning risk/i,
  );
  await expect(app.node('workstation', 'Paint booth').getByTestId('node.coverage')).toHaveText('1 qualified');

  await analysis.open();
  await expect(analysis.parameterValue('P1')).toHaveText('1.000');
  await expect(analysis.parameterValue('P3')).toHaveText('0.750');
  await expect(analysis.parameterValue('P4')).toHaveText('0.940');
  const las = analysis.roleRow('role:LAS');
  await expect(las.getByTestId('analysis.role-quadrant')).toHaveText('High strain');
  await expect(las).toContainText('31.8');
  await expect(las).toContainText('2.10');
  expect(await webaOf(las)).toEqual(['1', '2', '5', '7']);
  expect(await analysis.flagsOf('role:LAS')).toEqual([
    'ISO_STRAIN',
    'CONTROL_PROBLEM',
    'WEBA_STRESS_RISK',
    'WEBA_LEARNING_RISK',
  ]);
  await expect(analysis.chartPoint('role:LAS')).toHaveAttribute('data-quadrant', 'high-strain');

  // Why, and what to change.
  await analysis.focusFindingsOn('role:LAS');
  const strain = analysis.finding('HIGH_STRAIN', 'role:LAS');
  await expect(strain.getByTestId('analysis.finding-drivers')).toContainText(
    'holds no control task on its workstations',
  );
  await expect(strain.getByTestId('analysis.finding-drivers')).toContainText('utilisation 88 %');
  await expect(strain.getByTestId('analysis.finding-moves')).toContainText(
    'Give Inspect to Laser operator: lowers P4, raises their decision authority (DA)',
  );

  // Inspection into their hands: P4 drops, they gain latitude and lose the learning risk,
  // but the extra work keeps them in high strain.
  await moveTaskTo(page, 'Inspect', 'Laser operator');
  await analysis.open();
  await expect(analysis.parameterValue('P4')).toHaveText('0.640');
  await expect(analysis.chartPoint('role:LAS')).toHaveAttribute('data-dl', '44.3');
  await expect(las.getByTestId('analysis.role-quadrant')).toHaveText('High strain');
  expect(await webaOf(las)).toEqual(['1', '5']);
  expect(await analysis.flagsOf('role:LAS')).not.toContain('WEBA_LEARNING_RISK');

  // The engine's next two moves take them into the active quadrant.
  await moveTaskTo(page, 'Allocate people', 'Laser operator');
  await moveTaskTo(page, 'Dispatch', 'Laser operator');
  await analysis.open();
  await expect(analysis.parameterValue('P4')).toHaveText('0.180');
  await expect(las.getByTestId('analysis.role-quadrant')).toHaveText('Active');
  await expect(analysis.chartPoint('role:LAS')).toHaveAttribute('data-quadrant', 'active');
  expect(await analysis.flagsOf('role:LAS')).toEqual(['CONTROL_PROBLEM']);

  await app.showView('canvas');
  await expect(lasNode.getByTestId('node.quadrant')).toHaveText('Active');
  await expect(lasNode.getByTestId('node.flag')).toHaveCount(1);

  // Undo brings the old picture back at once.
  await app.undo();
  await app.undo();
  await app.undo();
  await expect(lasNode.getByTestId('node.quadrant')).toHaveText('High strain');
});

test('a finding shows its role on the canvas, selected and in view', async ({ page }) => {
  const app = new EditorPage(page);
  const analysis = new AnalysisPage(page);
  await analysis.open();
  await analysis.finding('ISO_STRAIN', 'role:PNT').locator('.finding-head').click();

  await expect(page.getByTestId('view.canvas')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.inspector.getByTestId('inspector.name')).toHaveValue('Painter');
  const painter = app.node('role', 'Painter');
  await expect(painter.getByTestId('node.role')).toHaveClass(/is-selected/);
  // Centred: the node's middle is near the middle of the canvas once the animation ends.
  await expect(async () => {
    const canvas = (await app.canvas.boundingBox())!;
    const node = (await painter.boundingBox())!;
    expect(Math.abs(node.x + node.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(40);
    expect(Math.abs(node.y + node.height / 2 - (canvas.y + canvas.height / 2))).toBeLessThan(40);
  }).toPass();

  // A driver of P4 is a task: the canvas shows the role that holds it.
  await analysis.open();
  await analysis.root
    .locator('[data-testid="analysis.parameter"][data-parameter="P4"] [data-entity-id="task:inspect"]')
    .click();
  await expect(page.getByTestId('view.canvas')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.node('role', 'Quality inspector')).toBeInViewport();
});

test('the role table sorts, the chart selects, and the settings and formulas are one click away', async ({ page }) => {
  const app = new EditorPage(page);
  const analysis = new AnalysisPage(page);
  await analysis.open();
  const rows = analysis.root.getByTestId('analysis.role-row');
  // Worst strain ratio first.
  await expect(rows.first()).toHaveAttribute('data-role-id', 'role:BRK');
  await analysis.root.getByTestId('analysis.sort.role').click();
  await expect(rows.first()).toHaveAttribute('data-role-id', 'role:LAS');
  await analysis.root.getByTestId('analysis.sort.role').click();
  await expect(rows.first()).toHaveAttribute('data-role-id', 'role:WLD');
  await analysis.root.getByTestId('analysis.sort.quadrant').click();
  await expect(rows.last()).toHaveAttribute('data-quadrant', 'active');

  await analysis.chartPoint('role:PM').click();
  await expect(app.inspector.getByTestId('inspector.name')).toHaveValue('Production manager');
  await expect(analysis.roleRow('role:PM')).toHaveAttribute('aria-selected', 'true');
  await expect(analysis.chartPoint('role:PM')).toHaveAttribute('aria-pressed', 'true');

  await analysis.roleRow('role:LAS').getByTestId('analysis.how-computed').click();
  await expect(page.getByTestId('how-computed.dialog')).toBeVisible();
  await page.getByTestId('how-computed.close').click();
  await analysis.root.getByTestId('analysis.settings').click();
  await expect(page.getByTestId('settings.dialog')).toBeVisible();
  await page.getByTestId('settings.cancel').click();
});

test('speaks Dutch', async ({ page }) => {
  const analysis = new AnalysisPage(page);
  await page.getByTestId('toolbar.language').selectOption('nl');
  await analysis.open();
  await expect(analysis.root).toContainText('Functieconcentratie');
  await expect(analysis.roleRow('role:LAS').getByTestId('analysis.role-quadrant')).toHaveText('Hoge spanning');
  await expect(analysis.parameterValue('P3')).toHaveText('0,750');
  await analysis.focusFindingsOn('role:LAS');
  await expect(analysis.finding('HIGH_STRAIN', 'role:LAS').getByTestId('analysis.finding-moves')).toContainText(
    'Geef Inspect aan Laser operator: verlaagt P4',
  );
});
