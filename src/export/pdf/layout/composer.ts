import type { DrawOp, Measure } from '../../scene/ops';
import { contentBottom, type PageFrame } from './page';
import { measureTable, paginateRows, rowLineCounts, tablePageOps, type TableCell, type TableColumn } from './table';
import { wrapText } from './text';

/** One entry of the table of contents; `page` counts the body pages from 0. */
export interface TocEntry {
  title: string;
  level: 1 | 2;
  page: number;
}

export const INK = { text: '#1d2330', muted: '#5b6475', accent: '#2456c9', rule: '#d5d9e0' } as const;

export const TYPE = {
  h1: 17,
  h2: 11.5,
  body: 9.5,
  small: 8,
  bodyLine: 13,
} as const;

/**
 * Lays content out on pages from top to bottom: headings, paragraphs, tables and drawn
 * blocks, breaking pages where the next thing does not fit. Produces the display list of
 * each page and the table of contents; knows nothing of jsPDF.
 */
export class PageComposer {
  readonly pages: DrawOp[][] = [];
  readonly toc: TocEntry[] = [];
  y = 0;

  constructor(
    readonly frame: PageFrame,
    readonly measure: Measure,
  ) {}

  get left(): number {
    return this.frame.content.x;
  }

  get width(): number {
    return this.frame.content.width;
  }

  get page(): DrawOp[] {
    if (this.pages.length === 0) this.newPage();
    return this.pages[this.pages.length - 1] as DrawOp[];
  }

  /** Height left on the current page. */
  get remaining(): number {
    return this.pages.length === 0 ? 0 : contentBottom(this.frame) - this.y;
  }

  get atTop(): boolean {
    return this.pages.length > 0 && this.y <= this.frame.content.y + 0.5;
  }

  newPage(): void {
    this.pages.push([]);
    this.y = this.frame.content.y;
  }

  /** Starts a new page unless `height` still fits (or the page is still empty). */
  ensure(height: number): void {
    if (this.pages.length === 0 || (height > this.remaining && !this.atTop)) this.newPage();
  }

  add(ops: readonly DrawOp[]): void {
    this.page.push(...ops);
  }

  space(height: number): void {
    this.y = Math.min(this.y + height, contentBottom(this.frame));
  }

  /** A section title on a fresh page, listed in the table of contents. */
  section(title: string): void {
    this.newPage();
    this.toc.push({ title, level: 1, page: this.pages.length - 1 });
    this.y += TYPE.h1;
    this.add([{ op: 'text', x: this.left, y: this.y, text: title, size: TYPE.h1, bold: true, colour: INK.text }]);
    this.y += 7;
    this.add([{ op: 'rect', x: this.left, y: this.y, w: 36, h: 2.2, fill: INK.accent }]);
    this.y += 14;
  }

  /** A sub-heading kept together with at least `keepWith` points of what follows. */
  heading(title: string, keepWith = 40, inToc = false): void {
    this.ensure(TYPE.h2 + 10 + keepWith);
    if (!this.atTop) this.y += 8;
    if (inToc) this.toc.push({ title, level: 2, page: this.pages.length - 1 });
    this.y += TYPE.h2;
    this.add([{ op: 'text', x: this.left, y: this.y, text: title, size: TYPE.h2, bold: true, colour: INK.text }]);
    this.y += 7;
  }

  /** A wrapped paragraph; breaks between lines when it runs off the page. */
  paragraph(text: string, o: { size?: number; colour?: string; bold?: boolean; indent?: number; after?: number } = {}): void {
    const size = o.size ?? TYPE.body;
    const line = size * 1.38;
    const indent = o.indent ?? 0;
    for (const l of wrapText(text, this.width - indent, this.measure, { size, bold: o.bold })) {
      this.ensure(line);
      this.y += line;
      this.add([{ op: 'text', x: this.left + indent, y: this.y - line * 0.28, text: l, size, bold: o.bold, colour: o.colour ?? INK.text }]);
    }
    this.y += o.after ?? 4;
  }

  /** A drawn block of known height: `draw` gets its top-left and returns its ops. */
  block(height: number, draw: (x: number, y: number) => DrawOp[]): void {
    this.ensure(height);
    this.add(draw(this.left, this.y));
    this.y += height;
  }

  /** A table over as many pages as it needs, header repeated on each. */
  table(columns: TableColumn[], rows: TableCell[][]): void {
    const layout = measureTable(columns, rows, this.measure);
    const s = layout.style;
    const plan = paginateRows({
      rowLines: rowLineCounts(layout),
      lineHeight: s.lineHeight,
      padY: s.padY,
      headerHeight: layout.headerHeight,
      firstSpace: this.pages.length === 0 ? 0 : this.remaining,
      pageSpace: this.frame.content.height,
    });
    if (plan.startOnNewPage) this.newPage();
    plan.pages.forEach((slices, i) => {
      if (i > 0) this.newPage();
      const { ops, height } = tablePageOps(layout, slices, this.left, this.y);
      this.add(ops);
      this.y += height;
    });
    this.y += 10;
  }
}
