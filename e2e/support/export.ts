import { expect, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Helpers for the export journeys: the two dialogs as page objects, and reading a PDF with poppler. */

export const jobShopPath = fileURLToPath(new URL('../../tests/fixtures/job-shop.latitude.json', import.meta.url));

export class ReportDialog {
  constructor(readonly page: Page) {}

  get root() {
    return this.page.getByTestId('report-dialog');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('menu.export-pdf').click();
    await expect(this.root).toBeVisible();
  }

  /** Chooses the scenario (before the change) to compare the open one with. */
  async compareWith(scenario: string): Promise<void> {
    await this.root.getByTestId('report.compare-with').selectOption({ label: scenario });
  }

  /** Creates the PDF and waits for its download. */
  async create(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 60_000 }), this.root.getByTestId('report.create').click()]);
    await expect(this.root.getByTestId('report.status')).toHaveAttribute('data-state', 'done');
    return download;
  }
}

export class PictureDialog {
  constructor(readonly page: Page) {}

  get root() {
    return this.page.getByTestId('picture-dialog');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('menu.export-picture').click();
    await expect(this.root).toBeVisible();
  }

  async choose(name: 'format' | 'scope' | 'background' | 'scale', value: string | number): Promise<void> {
    await this.root.getByTestId(`picture.${name}-${value}`).check();
  }

  async save(): Promise<{ download: Download; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.root.getByTestId('picture.save').click()]);
    const bytes = await readFile(await download.path());
    return { download, bytes };
  }
}

export const pdfText = (path: string): string => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Renders one page to `<prefix>-<n>.png` (pdftoppm's naming) for a person to look at. */
export function renderPage(path: string, page: number, prefix: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), path, prefix]);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
