import { describe, expect, it } from 'vitest';
import { PageComposer } from '../../src/export/pdf/layout/composer';
import { pageFrame } from '../../src/export/pdf/layout/page';
import { measureTable, paginateRows, tablePageOps } from '../../src/export/pdf/layout/table';
import { clampLines, fitText, wrapText } from '../../src/export/pdf/layout/text';
import { columnLetter, planCanvas } from '../../src/export/pdf/layout/tiling';
import { bodyPageNumber, paginateToc } from '../../src/export/pdf/layout/toc';
import type { DrawOp } from '../../src/export/scene/ops';
import { fakeMeasure } from './reportHelpers';

const texts = (ops: readonly DrawOp[]) => ops.flatMap((op) => (op.op === 'text' ? [op.text] : []));

describe('page frames', () => {
  it('swaps width and height for landscape and keeps the margins', () => {
    const portrait = pageFrame({ paper: 'a4', orientation: 'portrait' });
    const landscape = pageFrame({ paper: 'a4', orientation: 'landscape' });
    expect(portrait.width).toBeCloseTo(595.28);
    expect(landscape.width).toBeCloseTo(841.89);
    expect(landscape.content.width).toBeCloseTo(841.89 - 102);
    expect(pageFrame({ paper: 'a3', orientation: 'portrait' }).height).toBeCloseTo(1190.55);
  });
});

describe('text wrapping with measured widths', () => {
  // 10 pt text is 5 pt per character with the stand-in metrics.
  const style = { size: 10 };

  it('breaks at spaces so no line is wider than the column', () => {
    const lines = wrapText('the quick brown fox jumps over the lazy dog', 60, fakeMeasure, style);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over', 'the lazy dog']);
    for (const l of lines) expect(fakeMeasure(l, 10)).toBeLessThanOrEqual(60);
  });

  it('splits a word longer than the line and keeps explicit newlines', () => {
    expect(wrapText('abcdefghijklmnop', 40, fakeMeasure, style)).toEqual(['abcdefgh', 'ijklmnop']);
    expect(wrapText('one\ntwo', 400, fakeMeasure, style)).toEqual(['one', 'two']);
    expect(wrapText('', 40, fakeMeasure, style)).toEqual(['']);
  });

  it('cuts with an ellipsis when a text must fit one line or a few', () => {
    expect(fitText('Functional department', 50, fakeMeasure, style)).toBe('Functiona…');
    expect(fitText('short', 50, fakeMeasure, style)).toBe('short');
    const lines = clampLines('one two three four five six seven', 40, 2, fakeMeasure, style);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
});

describe('table pagination', () => {
  const base = { lineHeight: 10, padY: 2, headerHeight: 20 };

  it('moves a row that does not fit to the next page, where the header repeats', () => {
    // Rows of 14 pt: 5 fit under the header on a 100 pt page (20 + 5 × 14 = 90).
    const plan = paginateRows({ ...base, rowLines: Array(12).fill(1), firstSpace: 100, pageSpace: 100 });
    expect(plan.startOnNewPage).toBe(false);
    expect(plan.pages.map((p) => p.map((s) => s.row))).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8, 9],
      [10, 11],
    ]);
  });

  it('starts on a new page when not even the header and one row fit', () => {
    const plan = paginateRows({ ...base, rowLines: [1, 1], firstSpace: 30, pageSpace: 100 });
    expect(plan.startOnNewPage).toBe(true);
    expect(plan.pages).toHaveLength(1);
  });

  it('splits a row taller than a page over pages by its lines', () => {
    const plan = paginateRows({ ...base, rowLines: [1, 20, 1], firstSpace: 100, pageSpace: 100 });
    const slices = plan.pages.flat().filter((s) => s.row === 1);
    expect(slices.length).toBeGreaterThan(1);
    expect(slices[0]!.from).toBe(0);
    expect(slices.at(-1)!.to).toBe(20);
    for (let i = 1; i < slices.length; i++) expect(slices[i]!.from).toBe(slices[i - 1]!.to);
  });

  it('draws the header on every page of a long table', () => {
    const frame = pageFrame({ paper: 'a4', orientation: 'portrait' });
    const c = new PageComposer(frame, fakeMeasure);
    c.newPage();
    const rows = Array.from({ length: 150 }, (_, i) => [{ text: `role ${i}` }, { text: String(i) }]);
    c.table([{ header: 'Role', width: 200 }, { header: 'People', width: 80, align: 'right' }], rows);
    expect(c.pages.length).toBeGreaterThan(2);
    for (const page of c.pages) expect(texts(page).filter((t) => t === 'Role')).toHaveLength(1);
    const all = c.pages.flatMap(texts);
    for (let i = 0; i < 150; i++) expect(all).toContain(`role ${i}`);
  });

  it('wraps cells to their column and sizes the row to its tallest cell', () => {
    const layout = measureTable([{ header: 'Name', width: 48 }, { header: 'N', width: 20 }], [[{ text: 'a long role name' }, { text: '1' }]], fakeMeasure);
    expect(layout.cells[0]![0]!.lines.length).toBeGreaterThan(1);
    const { height } = tablePageOps(layout, [{ row: 0, from: 0, to: layout.cells[0]![0]!.lines.length }], 0, 0);
    expect(height).toBeGreaterThan(layout.headerHeight + 2 * layout.style.lineHeight);
  });
});

describe('page flow', () => {
  it('breaks paragraphs across pages and starts each section on a new page with a contents entry', () => {
    const c = new PageComposer(pageFrame({ paper: 'a4', orientation: 'portrait' }), fakeMeasure);
    c.section('First');
    for (let i = 0; i < 80; i++) c.paragraph(`paragraph ${i}`);
    c.section('Second');
    expect(c.pages.length).toBeGreaterThanOrEqual(3);
    expect(c.toc).toEqual([
      { title: 'First', level: 1, page: 0 },
      { title: 'Second', level: 1, page: c.pages.length - 1 },
    ]);
    for (const page of c.pages)
      for (const op of page) if (op.op === 'text') expect(op.y).toBeLessThanOrEqual(c.frame.content.y + c.frame.content.height + 0.01);
  });
});

describe('table of contents', () => {
  const frame = pageFrame({ paper: 'a4', orientation: 'portrait' });

  it('fits on one page for a short report and numbers pages after the front and contents pages', () => {
    const entries = [
      { title: 'Canvas', level: 1 as const, page: 0 },
      { title: 'Roles', level: 1 as const, page: 3 },
    ];
    expect(paginateToc(entries, frame)).toHaveLength(1);
    // Title page + one contents page in front: body page 0 is page 3.
    expect(bodyPageNumber(0, 2)).toBe(3);
    expect(bodyPageNumber(3, 2)).toBe(6);
  });

  it('runs over more pages when there are many entries, keeping their order', () => {
    const entries = Array.from({ length: 90 }, (_, i) => ({ title: `Section ${i}`, level: 1 as const, page: i }));
    const pages = paginateToc(entries, frame);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flat().map((e) => e.title)).toEqual(entries.map((e) => e.title));
  });
});

describe('canvas tiling', () => {
  const area = { width: 500, height: 700 };

  it('fits a canvas that stays readable on one page', () => {
    const plan = planCanvas({ x: 0, y: 0, w: 800, h: 600 }, area);
    expect(plan.mode).toBe('fit');
    if (plan.mode === 'fit') expect(plan.scale).toBeCloseTo(0.625);
  });

  it('never enlarges a small canvas beyond its own size', () => {
    const plan = planCanvas({ x: 0, y: 0, w: 100, h: 100 }, area);
    expect(plan.mode === 'fit' && plan.scale).toBe(1);
  });

  it('tiles a large canvas with overlap so every part is on some page', () => {
    const bounds = { x: -100, y: -50, w: 4000, h: 3000 };
    const plan = planCanvas(bounds, area, { minScale: 0.5, maxScale: 1, overlap: 48 });
    expect(plan.mode).toBe('tiled');
    if (plan.mode !== 'tiled') return;
    expect(plan.tiles).toHaveLength(plan.rows * plan.columns);
    expect(plan.tiles[0]!.label).toBe('A1');
    for (const t of plan.tiles) {
      expect(t.view.w).toBeCloseTo(area.width / 0.5);
      expect(t.view.x).toBeGreaterThanOrEqual(bounds.x - 1e-9);
      expect(t.view.x + t.view.w).toBeLessThanOrEqual(bounds.x + bounds.w + 1e-9);
    }
    const first = plan.tiles.filter((t) => t.row === 0);
    for (let i = 1; i < first.length; i++) expect(first[i - 1]!.view.x + first[i - 1]!.view.w - first[i]!.view.x).toBeGreaterThanOrEqual(48);
    expect(plan.tiles.at(-1)!.view.y + plan.tiles.at(-1)!.view.h).toBeCloseTo(bounds.y + bounds.h);
    expect(plan.overview.scale).toBeLessThan(0.5);
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
});
