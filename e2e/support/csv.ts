import { expect, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { EditorPage } from './app';

/** The worked example of domain.md §6, shared with the unit tests. */
export const JOB_SHOP = fileURLToPath(new URL('../../tests/fixtures/job-shop.latitude.json', import.meta.url));

export type CsvKind = 'roles' | 'tasks' | 'skills';

/** Opens the app and imports the job shop as a new project. */
export async function openJobShop(app: EditorPage): Promise<void> {
  await app.open();
  await app.importFile(JOB_SHOP);
  await expect(app.page.getByTestId('toolbar.project-name')).toHaveText('Functional job shop');
}

/** The CSV dialog (top bar → CSV) and its import preview, spoken in user actions. */
export class CsvPage {
  constructor(readonly page: Page) {}

  get hub(): Locator {
    return this.page.getByTestId('csv.dialog');
  }

  get preview(): Locator {
    return this.page.getByTestId('csv.import-dialog');
  }

  get summary(): Locator {
    return this.preview.getByTestId('csv.summary');
  }

  get issues(): Locator {
    return this.preview.getByTestId('csv.issue');
  }

  get changes(): Locator {
    return this.preview.getByTestId('csv.change');
  }

  get applyButton(): Locator {
    return this.preview.getByTestId('csv.apply');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('menu.csv').click();
    await expect(this.hub).toBeVisible();
  }

  /** Exports one file from the open dialog; returns its name and raw text (BOM included). */
  async export(kind: CsvKind): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.hub.getByTestId(`csv.export.${kind}`).click(),
    ]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  /** Picks a file for one import from the open dialog and waits for the preview. */
  async import(kind: CsvKind, name: string, text: string): Promise<void> {
    const [chooser] = await Promise.all([
      this.page.waitForEvent('filechooser'),
      this.hub.getByTestId(`csv.import.${kind}`).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    await expect(this.preview).toBeVisible();
  }

  async expectSummary(counts: { add: number; update: number; unchanged: number; errors: number }): Promise<void> {
    for (const [key, value] of Object.entries(counts))
      await expect(this.summary).toHaveAttribute(`data-${key}`, String(value));
  }

  issue(row: number, column: string): Locator {
    return this.preview.locator(`[data-testid="csv.issue"][data-row="${row}"][data-column="${column}"]`);
  }

  async apply(): Promise<void> {
    await this.applyButton.click();
    await expect(this.preview).toHaveCount(0);
  }
}
