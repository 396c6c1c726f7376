import { expect, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { EditorPage } from './app';

export const QRM_FIXTURE = fileURLToPath(new URL('../fixtures/qrm.latitude.json', import.meta.url));

export interface SegmentValues {
  name: string;
  kind: 'office' | 'material' | 'workstation' | 'shipping' | 'other';
  touch: string;
  wait: string;
  unit?: 'days' | 'hours';
}

/** The MCT map editor and POLCA loops, in user actions; builds on the editor page object. */
export class QrmPage {
  constructor(readonly editor: EditorPage) {}

  get page(): Page {
    return this.editor.page;
  }

  /** Opens the app and loads the fixture: two cells with workstations and a family with a route. */
  async openFixture(): Promise<void> {
    await this.editor.open();
    await this.editor.importFile(QRM_FIXTURE);
    await expect(this.page.getByTestId('toolbar.project-name')).toHaveText('QRM journey');
    await expect(this.editor.node('unit', 'Cell B')).toBeVisible();
  }

  get dialog(): Locator {
    return this.page.getByTestId('mct.dialog');
  }

  get rows(): Locator {
    return this.dialog.getByTestId('mct.segment-row');
  }

  async openMctEditor(family: string): Promise<void> {
    await this.editor.select('family', family);
    await this.editor.inspector.getByTestId('inspector.edit-mct').click();
    await expect(this.dialog).toBeVisible();
  }

  /** Adds a segment with the editor's button and fills in its row. */
  async addSegment(values: SegmentValues): Promise<void> {
    await this.dialog.getByTestId('mct.add').click();
    const row = this.rows.last();
    await row.getByTestId('mct.name').fill(values.name);
    await row.getByTestId('mct.kind').selectOption(values.kind);
    await row.getByTestId('mct.touch').fill(values.touch);
    await row.getByTestId('mct.wait').fill(values.wait);
    if (values.unit) await row.getByTestId('mct.unit').selectOption(values.unit);
  }

  async saveMct(): Promise<void> {
    await this.dialog.getByTestId('mct.save').click();
    await expect(this.dialog).toBeHidden();
  }

  polcaOut(unit: string): Locator {
    return this.editor.node('unit', unit).getByTestId('polca.handle-out');
  }

  polcaIn(unit: string): Locator {
    return this.editor.node('unit', unit).getByTestId('polca.handle-in');
  }

  /** Drags from one cell's POLCA point to the other's, as a user adds a loop. */
  async connectPolca(from: string, to: string): Promise<void> {
    await this.editor.connect(this.polcaOut(from), this.polcaIn(to));
  }

  /**
   * Drags a loop from a cell's POLCA point onto the left end of another unit's header,
   * where its POLCA point appears during the drag (hidden on units that are not cells).
   */
  async dragPolcaOnto(from: string, unit: string, whileDragging?: () => Promise<void>): Promise<void> {
    const start = await this.polcaOut(from).boundingBox();
    const box = await this.editor.node('unit', unit).boundingBox();
    if (!start || !box) throw new Error('POLCA point or unit not visible');
    await this.page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x - 40, box.y + 40, { steps: 5 });
    const target = await this.polcaIn(unit).boundingBox();
    if (!target) throw new Error('the unit shows no POLCA point while a loop is dragged');
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 5 });
    await whileDragging?.();
    await this.page.mouse.up();
  }

  get edgeLabels(): Locator {
    return this.page.getByTestId('polca.edge-label');
  }

  /** Types a figure into the POLCA panel and commits it with Enter. */
  async setFigure(testId: string, value: string): Promise<void> {
    const field = this.editor.inspector.getByTestId(testId);
    await field.fill(value);
    await field.press('Enter');
  }
}
