import type { Colour, DrawOp, Measure, TextAlign } from '../../scene/ops';
import { wrapText } from './text';

/**
 * Tables that run over pages: rows never split unless one is taller than a whole page
 * (then its lines continue on the next page), and the header repeats on every page.
 */

export interface TableColumn {
  header: string;
  /** Points. */
  width: number;
  align?: TextAlign;
}

export interface TableCell {
  text: string;
  bold?: boolean;
  colour?: Colour;
  /** Background of the cell, e.g. a red-zone warning. */
  fill?: Colour;
}

export interface TableStyle {
  size: number;
  lineHeight: number;
  /** Space above and below the lines of a row. */
  padY: number;
  padX: number;
  headerFill: Colour;
  rule: Colour;
  stripe: Colour | null;
}

export const TABLE_STYLE: TableStyle = {
  size: 8.5,
  lineHeight: 11,
  padY: 3.5,
  padX: 4,
  headerFill: '#eef1f5',
  rule: '#d5d9e0',
  stripe: '#f8f9fb',
};

/** A part of one row on one page: lines `from` (inclusive) to `to` (exclusive). */
export interface RowSlice {
  row: number;
  from: number;
  to: number;
}

export interface RowPagination {
  /** True when not even the header and one line fit in the space left on the first page. */
  startOnNewPage: boolean;
  pages: RowSlice[][];
}

export interface PaginationInput {
  /** Wrapped line count per row (at least 1). */
  rowLines: readonly number[];
  lineHeight: number;
  padY: number;
  headerHeight: number;
  /** Height left on the page the table starts on, and on a fresh page. */
  firstSpace: number;
  pageSpace: number;
}

const rowHeight = (lines: number, p: PaginationInput) => lines * p.lineHeight + 2 * p.padY;

/** Splits rows over pages; pure arithmetic so page breaks are tested without a PDF. */
export function paginateRows(p: PaginationInput): RowPagination {
  const minimum = p.headerHeight + rowHeight(1, p);
  const startOnNewPage = p.firstSpace < minimum && p.rowLines.length > 0;
  const pages: RowSlice[][] = [[]];
  let left = (startOnNewPage ? p.pageSpace : p.firstSpace) - p.headerHeight;
  const breakPage = () => {
    pages.push([]);
    left = p.pageSpace - p.headerHeight;
  };
  p.rowLines.forEach((count, row) => {
    const lines = Math.max(1, count);
    const current = pages[pages.length - 1] as RowSlice[];
    if (rowHeight(lines, p) > left && current.length > 0 && rowHeight(lines, p) <= p.pageSpace - p.headerHeight) breakPage();
    let from = 0;
    while (from < lines) {
      const empty = (pages[pages.length - 1] as RowSlice[]).length === 0 && left >= p.pageSpace - p.headerHeight;
      // A page too short for even one line still takes one, or the loop would never end.
      const fit = Math.max(empty ? 1 : 0, Math.floor((left - 2 * p.padY) / p.lineHeight));
      if (fit === 0) {
        breakPage();
        continue;
      }
      const to = Math.min(lines, from + fit);
      (pages[pages.length - 1] as RowSlice[]).push({ row, from, to });
      left -= rowHeight(to - from, p);
      from = to;
      if (from < lines) breakPage();
    }
  });
  return { startOnNewPage, pages };
}

export interface TableLayout {
  columns: TableColumn[];
  headerLines: string[][];
  cells: { lines: string[]; cell: TableCell }[][];
  headerHeight: number;
  style: TableStyle;
}

/** Wraps every cell to its column; the header is bold. */
export function measureTable(columns: TableColumn[], rows: TableCell[][], measure: Measure, style: TableStyle = TABLE_STYLE): TableLayout {
  const inner = (c: TableColumn) => Math.max(4, c.width - 2 * style.padX);
  const headerLines = columns.map((c) => wrapText(c.header, inner(c), measure, { size: style.size, bold: true }));
  const cells = rows.map((row) =>
    columns.map((c, i) => {
      const cell = row[i] ?? { text: '' };
      return { cell, lines: wrapText(cell.text, inner(c), measure, { size: style.size, bold: cell.bold }) };
    }),
  );
  const headerHeight = Math.max(1, ...headerLines.map((l) => l.length)) * style.lineHeight + 2 * style.padY;
  return { columns, headerLines, cells, headerHeight, style };
}

export const rowLineCounts = (t: TableLayout): number[] => t.cells.map((row) => Math.max(1, ...row.map((c) => c.lines.length)));

function cellText(lines: string[], col: TableColumn, x: number, top: number, s: TableStyle, cell?: TableCell): DrawOp[] {
  const align = col.align ?? 'left';
  const tx = align === 'right' ? x + col.width - s.padX : align === 'center' ? x + col.width / 2 : x + s.padX;
  return lines.map((text, i) => ({
    op: 'text' as const,
    x: tx,
    y: top + s.padY + (i + 1) * s.lineHeight - (s.lineHeight - s.size) / 2 - 1.5,
    text,
    size: s.size,
    bold: cell ? cell.bold : true,
    colour: cell?.colour ?? '#1d2330',
    align,
  }));
}

/** Ops for the header and the given row slices, from `top` at `left`; returns the height used. */
export function tablePageOps(t: TableLayout, slices: readonly RowSlice[], left: number, top: number): { ops: DrawOp[]; height: number } {
  const s = t.style;
  const width = t.columns.reduce((sum, c) => sum + c.width, 0);
  const ops: DrawOp[] = [{ op: 'rect', x: left, y: top, w: width, h: t.headerHeight, fill: s.headerFill }];
  let x = left;
  t.columns.forEach((col, i) => {
    ops.push(...cellText(t.headerLines[i] ?? [], col, x, top, s));
    x += col.width;
  });
  let y = top + t.headerHeight;
  ops.push({ op: 'path', segments: [{ t: 'M', x: left, y }, { t: 'L', x: left + width, y }], stroke: { colour: '#9aa3b2', width: 0.8 } });
  for (const slice of slices) {
    const h = (slice.to - slice.from) * s.lineHeight + 2 * s.padY;
    if (s.stripe && slice.row % 2 === 1) ops.push({ op: 'rect', x: left, y, w: width, h, fill: s.stripe });
    x = left;
    t.columns.forEach((col, i) => {
      const c = t.cells[slice.row]?.[i];
      if (c?.cell.fill) ops.push({ op: 'rect', x, y, w: col.width, h, fill: c.cell.fill });
      ops.push(...cellText((c?.lines ?? []).slice(slice.from, slice.to), col, x, y, s, c?.cell ?? { text: '' }));
      x += col.width;
    });
    y += h;
    ops.push({ op: 'path', segments: [{ t: 'M', x: left, y }, { t: 'L', x: left + width, y }], stroke: { colour: s.rule, width: 0.5 } });
  }
  return { ops, height: y - top };
}

/** Column widths from weights, filling `total`; fixed widths are taken first. */
export function columnWidths(specs: readonly ({ fixed: number } | { weight: number })[], total: number): number[] {
  const fixed = specs.reduce((sum, s) => sum + ('fixed' in s ? s.fixed : 0), 0);
  const weights = specs.reduce((sum, s) => sum + ('weight' in s ? s.weight : 0), 0);
  const free = Math.max(0, total - fixed);
  return specs.map((s) => ('fixed' in s ? s.fixed : weights > 0 ? (free * s.weight) / weights : 0));
}
