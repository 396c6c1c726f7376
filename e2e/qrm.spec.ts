import { expect, test, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './support/app';
import { QrmPage, type SegmentValues } from './support/qrm';

/** domain.md §5: 2 + 1 + 5 + 14 + 4 = 26 days, of which 9 touch (grey) and 17 waiting (white). */
const EXAMPLE: SegmentValues[] = [
  { name: 'Order entry', kind: 'office', touch: '1', wait: '1' },
  { name: 'Material', kind: 'material', touch: '0', wait: '1' },
  { name: 'Cutting', kind: 'workstation', touch: '2', wait: '3' },
  { name: 'Welding', kind: 'workstation', touch: '4', wait: '10' },
  { name: 'Shipping', kind: 'shipping', touch: '2', wait: '2' },
];

/** Set QRM_SHOTS to a folder to keep screenshots of the screens this journey passes. */
const SHOTS = process.env.QRM_SHOTS;
async function shot(page: Page, name: string, locator?: Locator): Promise<void> {
  if (SHOTS) await (locator ?? page).screenshot({ path: `${SHOTS}/${name}.png` });
}
/** A close-up of the canvas around an element. */
async function shotAround(page: Page, name: string, locator: Locator, pad = 220): Promise<void> {
  const box = SHOTS ? await locator.boundingBox() : null;
  if (!box) return;
  const x = Math.max(0, box.x - pad);
  const y = Math.max(0, box.y - pad / 2);
  await page.screenshot({
    path: `${SHOTS}/${name}.png`,
    clip: { x, y, width: box.width + 2 * pad, height: box.height + pad },
  });
}

test('a family’s MCT map is entered in the editor, shows the 26-day bar and is one undo step', async ({ page }) => {
  const qrm = new QrmPage(new EditorPage(page));
  await qrm.openFixture();
  await qrm.openMctEditor('Brackets');
  await expect(qrm.dialog.getByTestId('mct.save')).toBeEnabled();
  await expect(qrm.dialog.getByTestId('mct.add')).toBeFocused();
  await shot(page, 'mct-empty', qrm.dialog);

  for (const segment of EXAMPLE) await qrm.addSegment(segment);
  await expect(qrm.rows).toHaveCount(5);
  // Each new segment starts after the one above it: one chain, 26 days on the critical path.
  await expect(qrm.rows.nth(3).getByTestId('mct.after')).toContainText('Cutting');
  await expect(qrm.dialog.getByTestId('mct.total')).toHaveText('26 days');
  await expect(qrm.dialog.getByTestId('mct.bar')).toContainText('26');
  await shot(page, 'mct-dialog', qrm.dialog);

  // A wrong number is named, with its segment and field, and blocks saving until fixed.
  await qrm.rows.nth(2).getByTestId('mct.touch').fill('-2');
  await expect(qrm.dialog.getByTestId('mct.issues')).toContainText('Cutting, touch time: Must be 0 or more.');
  await expect(qrm.dialog.getByTestId('mct.save')).toBeDisabled();
  await shot(page, 'mct-dialog-error', qrm.dialog);
  await qrm.rows.nth(2).getByTestId('mct.touch').fill('2');

  await qrm.saveMct();
  const summary = qrm.editor.inspector.getByTestId('inspector.mct-summary');
  await expect(summary).toHaveText('MCT 26 days (grey 9 · white 17)');
  await shot(page, 'family-inspector', qrm.editor.inspector);

  await qrm.editor.undo();
  await expect(summary).toBeHidden();
  await expect(qrm.editor.inspector.getByTestId('inspector.edit-mct')).toHaveText('Create MCT map…');
  await qrm.editor.redo();
  await expect(summary).toHaveText('MCT 26 days (grey 9 · white 17)');
});

test('build from route proposes a workstation segment per step, and parallel branches merge', async ({ page }) => {
  const qrm = new QrmPage(new EditorPage(page));
  await qrm.openFixture();
  await qrm.openMctEditor('Brackets');
  await qrm.dialog.getByTestId('mct.from-route').click();
  await expect(qrm.rows).toHaveCount(4);
  for (const [i, name] of ['Laser', 'Press brake', 'Welding robot', 'Paint line'].entries())
    await expect(qrm.rows.nth(i).getByTestId('mct.name')).toHaveValue(name);

  // Painting waits for welding and for a parallel coating order: the longer branch sets the MCT.
  const times = [
    ['1', '2'],
    ['1', '1'],
    ['2', '3'],
    ['1', '1'],
  ];
  for (const [i, [touch, wait]] of times.entries()) {
    await qrm.rows.nth(i).getByTestId('mct.touch').fill(touch!);
    await qrm.rows.nth(i).getByTestId('mct.wait').fill(wait!);
  }
  await qrm.addSegment({ name: 'Coating order', kind: 'office', touch: '1', wait: '12' });
  const coating = qrm.rows.nth(4);
  await coating.getByTestId('mct.after').getByRole('button').click();
  await qrm.rows.nth(3).getByTestId('mct.after-add').selectOption({ label: '5. Coating order' });
  await expect(qrm.dialog.getByTestId('mct.total')).toHaveText('15 days');
  await expect(qrm.dialog.getByTestId('mct.bar')).toContainText(
    'In parallel, not on the critical path: Laser, Press brake, Welding robot',
  );
  await shot(page, 'mct-dialog-branches', qrm.dialog);

  // Moving the merge point above welding would make them wait for each other: named, and not saved.
  await qrm.rows.nth(3).getByTestId('mct.up').click();
  await expect(qrm.dialog.getByTestId('mct.issues')).toContainText(
    'These segments wait for each other in a circle: Paint line → Welding robot → Paint line.',
  );
  await expect(qrm.dialog.getByTestId('mct.save')).toBeDisabled();
  await expect(qrm.dialog.getByTestId('mct.bar')).toHaveText(
    'The map has a circle of segments, so it has no critical path.',
  );
  await shot(page, 'mct-dialog-cycle', qrm.dialog);
  await qrm.rows.nth(2).getByTestId('mct.down').click();
  await expect(qrm.dialog.getByTestId('mct.issues')).toBeHidden();
  await qrm.saveMct();
  await expect(qrm.editor.inspector.getByTestId('inspector.mct-summary')).toHaveText('MCT 15 days (grey 2 · white 13)');
});

test('two cells are joined by a POLCA loop whose card count follows its figures', async ({ page }) => {
  const qrm = new QrmPage(new EditorPage(page));
  await qrm.openFixture();
  await qrm.connectPolca('Cell A', 'Cell B');
  const panel = qrm.editor.inspector.getByTestId('inspector.polca-panel');
  await expect(panel.getByTestId('polca.title')).toHaveText('Cell A → Cell B');
  await expect(qrm.edgeLabels).toHaveCount(1);

  await qrm.setFigure('polca.lead-time-from', '3');
  await qrm.setFigure('polca.transit', '0,25');
  await qrm.setFigure('polca.lead-time-to', '1');
  await qrm.setFigure('polca.return-time', '0.25');
  await qrm.setFigure('polca.jobs', '128');
  await qrm.setFigure('polca.period', '63');
  await qrm.setFigure('polca.safety', '10');
  await expect(panel.getByTestId('polca.cards')).toHaveText('11 cards');
  await expect(panel.getByTestId('polca.formula')).toHaveText('ceil((3 + 0.25 + 1 + 0.25) × 128 / 63 × 1.1) = 11');
  await expect(qrm.edgeLabels).toHaveText('POLCA · 11 cards');
  await shot(page, 'polca-canvas', page.getByTestId('editor'));
  // A click on the empty canvas clears the selection, the loop's included.
  await qrm.editor.canvas.click({ position: { x: 600, y: 40 } });
  await expect(panel).toBeHidden();
  await shotAround(page, 'polca-edge', qrm.edgeLabels);

  // A staff unit is no cell: while a loop is dragged its POLCA point shows, and a drop there is refused.
  await qrm.dragPolcaOnto('Cell A', 'Planning office', () => shot(page, 'polca-drag', qrm.editor.canvas));
  await expect(page.getByText('POLCA loops run between cells; “Planning office” is a staff department.')).toBeVisible();
  await expect(qrm.edgeLabels).toHaveCount(1);

  // A second loop in the same direction is refused with a notice.
  await qrm.connectPolca('Cell A', 'Cell B');
  await expect(page.getByText('There is already a POLCA loop from “Cell A” to “Cell B”.')).toBeVisible();
  await expect(qrm.edgeLabels).toHaveCount(1);

  // Clicking the loop's line selects it as React Flow reports it; a click beside it clears that again.
  const out = await qrm.polcaOut('Cell A').boundingBox();
  if (!out) throw new Error('no POLCA point');
  await page.mouse.click(out.x + out.width + 40, out.y + out.height / 2);
  await expect(panel).toBeVisible();
  await qrm.editor.canvas.click({ position: { x: 600, y: 40 } });
  await expect(panel).toBeHidden();

  // Selecting the loop by its label shows it in the inspector; Delete removes it, undo brings it back.
  await qrm.edgeLabels.click();
  await expect(panel).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(qrm.edgeLabels).toHaveCount(0);
  await qrm.editor.undo();
  await expect(qrm.edgeLabels).toHaveText('POLCA · 11 cards');
});

test('in Dutch the loop and the MCT read with decimal commas', async ({ page }) => {
  const qrm = new QrmPage(new EditorPage(page));
  await qrm.openFixture();
  await page.getByTestId('toolbar.language').selectOption('nl');
  await qrm.connectPolca('Cell A', 'Cell B');
  await qrm.setFigure('polca.lead-time-from', '3');
  await qrm.setFigure('polca.transit', '0,25');
  await qrm.setFigure('polca.lead-time-to', '1');
  await qrm.setFigure('polca.return-time', '0,25');
  await qrm.setFigure('polca.jobs', '128');
  await qrm.setFigure('polca.period', '63');
  await expect(qrm.editor.inspector.getByTestId('polca.formula')).toHaveText(
    'ceil((3 + 0,25 + 1 + 0,25) × 128 / 63 × 1,1) = 11',
  );
  await expect(qrm.edgeLabels).toHaveText('POLCA · 11 kaarten');
  await shot(page, 'polca-nl', qrm.editor.inspector);

  await qrm.openMctEditor('Brackets');
  await qrm.addSegment({ name: 'Orderinvoer', kind: 'office', touch: '4', wait: '12', unit: 'hours' });
  await qrm.addSegment({ name: 'Zagen', kind: 'workstation', touch: '0,5', wait: '2' });
  await expect(qrm.dialog.getByTestId('mct.total')).toHaveText('5,3 dagen');
  await shot(page, 'mct-nl', qrm.dialog);

  // Escape with unsaved segments asks before throwing them away.
  await page.keyboard.press('Escape');
  const confirm = page.getByTestId('dialog.confirm');
  await expect(confirm).toContainText('De MCT-kaart van “Brackets” blijft zoals die het laatst is opgeslagen.');
  await shot(page, 'mct-nl-discard', confirm);
  await confirm.getByTestId('dialog.confirm-button').click();
  await expect(qrm.dialog).toBeHidden();
  await expect(qrm.editor.inspector.getByTestId('inspector.edit-mct')).toHaveText('MCT-kaart maken…');
});
