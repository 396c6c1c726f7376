import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { EditorPage } from './support/app';
import { PNG_SIGNATURE, PictureDialog, ReportDialog, jobShopPath, pdfPages, pdfText, pngSize, renderPage } from './support/export';

/**
 * The report and picture journeys on the worked example of domain.md §6: a functional job
 * shop whose operators are all in high strain.
 */
test.beforeEach(async ({ page }) => {
  const app = new EditorPage(page);
  await app.open();
  await app.importFile(jobShopPath);
  await expect(page.getByTestId('toolbar.project-name')).toHaveText('Functional job shop');
});

test('downloads a PDF report with every part', async ({ page }, testInfo) => {
  const report = new ReportDialog(page);
  await report.open();
  await expect(report.root.getByTestId('report.section.canvas')).toBeChecked();
  const started = Date.now();
  const download = await report.create();
  console.log(`job-shop report: ${Date.now() - started} ms from Create to download`);
  expect(download.suggestedFilename()).toBe('Functional job shop-As-is.pdf');
  const path = testInfo.outputPath('job-shop.pdf');
  await download.saveAs(path);

  expect(pdfPages(path)).toBeGreaterThanOrEqual(10);
  const text = pdfText(path);
  for (const name of ['Laser operator', 'Press brake operator', 'Welder', 'Painter', 'Quality inspector', 'Cutting', 'F1 welded frames'])
    expect(text).toContain(name);
  expect(text.toLowerCase()).toContain('high strain');
  expect(text).toContain('Contents');
  expect(text).toMatch(/Page 2 of \d+/);

  renderPage(path, 1, testInfo.outputPath('page'));
  expect(readdirSync(testInfo.outputDir).some((f) => /^page-0*1\.png$/.test(f))).toBe(true);
});

test('writes the report in Dutch with Dutch characters', async ({ page }, testInfo) => {
  await page.getByTestId('toolbar.language').selectOption('nl');
  const report = new ReportDialog(page);
  await report.open();
  await report.root.getByTestId('report.section.findings').uncheck();
  await report.root.getByTestId('report.orientation').selectOption('landscape');
  const path = testInfo.outputPath('job-shop-nl.pdf');
  await (await report.create()).saveAs(path);
  const text = pdfText(path);
  expect(text).toContain('Inhoud');
  expect(text).toContain('één');
  expect(text).toContain('Hoge spanning');
  expect(text).not.toContain('Bevindingen');
  renderPage(path, 2, testInfo.outputPath('nl-page'));
});

test('exports the canvas as SVG and PNG', async ({ page }, testInfo) => {
  const picture = new PictureDialog(page);
  await picture.open();
  await picture.choose('format', 'svg');
  const svg = await picture.save();
  expect(svg.download.suggestedFilename()).toBe('Functional job shop-As-is.svg');
  const text = svg.bytes.toString('utf8');
  expect(text.startsWith('<svg')).toBe(true);
  for (const name of ['Cutting', 'Bending', 'Welding', 'Painting', 'Laser 1']) expect(text).toContain(`>${name}<`);
  expect(text).not.toContain('<script');

  await picture.choose('format', 'png');
  await picture.choose('scale', 1);
  await picture.choose('background', 'transparent');
  const png = await picture.save();
  expect(png.bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  const { width, height } = pngSize(png.bytes);
  expect(width).toBeGreaterThan(800);
  expect(width).toBeLessThan(3000);
  expect(height).toBeGreaterThan(500);
  await png.download.saveAs(testInfo.outputPath('canvas.png'));
  await expect(picture.root.getByTestId('picture.status')).toHaveAttribute('data-state', 'done');
});

test('compares a duplicated scenario with the original in the report', async ({ page }, testInfo) => {
  const tabs = page.getByTestId('scenario.tab');
  await page.getByTestId('scenario.duplicate').click();
  await expect(tabs).toHaveCount(2);
  await expect(tabs.last()).toHaveAttribute('aria-selected', 'true');
  const report = new ReportDialog(page);
  await report.open();
  await expect(report.root.getByTestId('report.section.comparison')).toHaveCount(0);
  await report.compareWith('As-is');
  await expect(report.root.getByTestId('report.section.comparison')).toBeChecked();
  await expect(report.root.getByTestId('report.section.impact')).toBeChecked();
  const path = testInfo.outputPath('job-shop-compare.pdf');
  await (await report.create()).saveAs(path);
  const text = pdfText(path);
  expect(text).toContain('Comparison · compared with: As-is');
  expect(text).toContain('Skills and training');
});
