import { expect, test } from '@playwright/test';
import { EditorPage } from './support/app';
import { ComparePage, duplicateScenario, nodeTransform, openJobShop, reassignTask } from './support/compare';

/**
 * A trainer's redesign of the job shop (domain.md §6): duplicate the as-is, give the
 * inspection to the laser operators in the copy, and compare the two. P4 (separation of
 * control from operations) falls, the laser operators gain decision authority, and the
 * impact assessment lists the consequences under its six headings.
 */
test.beforeEach(async ({ page }, testInfo) => {
  const app = new EditorPage(page);
  await openJobShop(app);
  if (testInfo.title.startsWith('with one scenario')) return;
  await duplicateScenario(page);
  await reassignTask(page, 'Inspect', 'Laser operator');
});

test('with one scenario, compare offers to duplicate it', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.open();
  await expect(compare.root.getByTestId('compare.need-two')).toBeVisible();
  await compare.root.getByTestId('compare.duplicate').click();
  await expect(page.getByTestId('scenario.tab')).toHaveCount(2);
  await expect(compare.root.getByTestId('compare.deltas')).toBeVisible();
  await expect(compare.root.getByTestId('compare.entity')).toHaveCount(0);
});

test('compares the as-is with a to-be: deltas, marks and synchronised canvases', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.open();
  await expect(compare.root.getByTestId('compare.left')).toHaveValue('scenario:asis');
  await expect(compare.root.getByTestId('compare.right').locator('option:checked')).toHaveText('As-is (copy)');

  // P4: inspection (30 of 100 h of operational control) now lies with the operators.
  const p4 = compare.parameter('P4');
  await expect(p4.locator('td').nth(0)).toHaveText('0.94');
  await expect(p4.locator('td').nth(1)).toHaveText('0.64');
  await expect(p4.locator('.cmp-delta')).toHaveAttribute('data-direction', 'better');
  await expect(compare.parameter('P1').locator('.cmp-delta')).toHaveAttribute('data-direction', 'same');

  // The laser operators' decision authority rises (12 → 19.5 on the JCQ scale).
  const las = compare.role('Laser operator');
  await expect(las).toHaveAttribute('data-da-before', '12.0');
  await expect(las).toHaveAttribute('data-da-after', '19.5');
  await expect(compare.root.locator('[data-testid="compare.chart-arrow"][data-role="Laser operator"]')).toHaveCount(1);
  await expect(compare.root.getByTestId('compare.chart-summary')).toContainText('leave');

  // Both canvases mark the roles whose tasks changed; matched by name across new ids.
  await expect(compare.roleNode('before', 'Laser operator')).toHaveAttribute('data-change', 'changed');
  await expect(compare.roleNode('after', 'Quality inspector')).toHaveAttribute('data-change', 'changed');
  await expect(compare.roleNode('after', 'Painter')).not.toHaveAttribute('data-change', /.*/);

  // Zooming one canvas moves the other with it.
  const start = await compare.viewportTransform('after');
  await compare.zoom('before', -300);
  await expect.poll(() => compare.viewportTransform('after')).not.toBe(start);
  expect(await compare.viewportTransform('after')).toBe(await compare.viewportTransform('before'));
});

test('shows the change impact assessment under six headings and keeps the notes with the project', async ({ page }) => {
  const app = new EditorPage(page);
  const compare = new ComparePage(page);
  await compare.open();
  await compare.showTab('impact');
  await expect(compare.root.getByTestId('compare.impact.heading')).toHaveCount(6);
  const organisation = compare.impactHeading('workOrganisation');
  await expect(organisation).toHaveAttribute('data-verdict', 'better');
  await expect(organisation).toContainText('P4 Separation of control from operations: 0.94 → 0.64');
  await expect(compare.impactHeading('jobContent')).toContainText('Laser operator takes on Inspect');
  await expect(compare.impactHeading('skills')).toContainText('Laser operator needs to learn Inspect');
  await expect(compare.impactHeading('employment')).toHaveAttribute('data-verdict', 'unchanged');

  const note = organisation.getByTestId('compare.impact.note');
  await note.fill('Operators inspect their own parts from week 12.');
  await compare.showTab('deltas');
  await page.getByTestId('view.canvas').click();
  await app.waitSaved();
  await page.reload();
  await expect(page.getByTestId('session.state')).toHaveAttribute('data-role', 'writer');
  await compare.open();
  await compare.showTab('impact');
  await expect(compare.impactHeading('workOrganisation').getByTestId('compare.impact.note')).toHaveValue('Operators inspect their own parts from week 12.');
});

test('tidies up the canvas in one undoable step', async ({ page }) => {
  const app = new EditorPage(page);
  await app.showView('canvas');
  const cutting = app.node('unit', 'Cutting');
  await expect(cutting).toBeVisible();
  const before = await nodeTransform(cutting);
  await page.getByTestId('canvas.tidy-up').click();
  await expect.poll(() => nodeTransform(cutting)).not.toBe(before);
  // The three families stand in one column on the left.
  const xs = await app.nodes('family').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().x)));
  expect(new Set(xs).size).toBe(1);
  await app.undo();
  await expect.poll(() => nodeTransform(cutting)).toBe(before);
});
