import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** Page object for the editor: the journeys speak in user actions, not selectors. */
export class EditorPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByTestId('editor')).toBeVisible();
  }

  get canvas(): Locator {
    return this.page.getByTestId('canvas');
  }

  get inspector(): Locator {
    return this.page.getByTestId('inspector');
  }

  /** A canvas node of a kind whose name is shown on it. */
  node(kind: 'unit' | 'workstation' | 'family' | 'team' | 'role', name: string): Locator {
    return this.page.locator('.react-flow__node').filter({ has: this.page.getByTestId(`node.${kind}`) }).filter({ hasText: name }).first();
  }

  nodes(kind: 'unit' | 'workstation' | 'family' | 'team' | 'role'): Locator {
    return this.page.getByTestId(`node.${kind}`);
  }

  async add(kind: 'unit' | 'workstation' | 'family' | 'team' | 'role'): Promise<void> {
    await this.page.getByTestId(`palette.add-${kind}`).click();
  }

  /** Renames the selected item through the inspector's name field. */
  async renameSelected(name: string): Promise<void> {
    const field = this.inspector.getByTestId('inspector.name');
    await field.fill(name);
    await field.press('Enter');
  }

  async select(kind: 'unit' | 'workstation' | 'family' | 'team' | 'role', name: string): Promise<void> {
    await this.node(kind, name).click({ position: { x: 30, y: 12 } });
  }

  /** Drags from one handle to another with the mouse, as a user connects two nodes. */
  async connect(from: Locator, to: Locator): Promise<void> {
    const a = await from.boundingBox();
    const b = await to.boundingBox();
    if (!a || !b) throw new Error('handle not visible');
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  sourceHandle(node: Locator): Locator {
    return node.locator('.react-flow__handle.source').first();
  }

  targetHandle(node: Locator): Locator {
    return node.locator('.react-flow__handle.target').first();
  }

  async showView(view: 'canvas' | 'tasks'): Promise<void> {
    await this.page.getByTestId(`view.${view}`).click();
  }

  async undo(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }

  async redo(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+z');
  }

  /** Waits until autosave has written the latest change. */
  async waitSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-status')).toHaveAttribute('data-status', /saved|idle/);
  }

  async exportProject(): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('toolbar.export').click()]);
    const path = await download.path();
    return { download, text: await readFile(path, 'utf8') };
  }

  async importFile(file: { name: string; mimeType: string; buffer: Buffer } | string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByTestId('toolbar.import').click()]);
    await chooser.setFiles(file);
  }

  async projectName(): Promise<string> {
    return (await this.page.getByTestId('toolbar.project-name').textContent()) ?? '';
  }
}

/** The zoom of the (first) canvas on the page, from its viewport's transform. */
export async function canvasZoom(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').first().getAttribute('style');
  const match = /scale\(([\d.]+)\)/.exec(transform ?? '');
  return match ? Number(match[1]) : NaN;
}
