import type { DrawOp, Measure } from '../../scene/ops';
import { INK, TYPE, type TocEntry } from './composer';
import type { PageFrame } from './page';
import { fitText } from './text';

/**
 * The table of contents and the page footers. The contents come after the front pages
 * and before the body, so body page numbers shift by however many pages the contents
 * take: that count is computed first, from the entries alone.
 */

const HEADER = 44;
const ROW: Record<TocEntry['level'], number> = { 1: 21, 2: 16 };

/** Entries per contents page, in order. */
export function paginateToc(entries: readonly TocEntry[], frame: PageFrame): TocEntry[][] {
  const pages: TocEntry[][] = [[]];
  let left = frame.content.height - HEADER;
  for (const e of entries) {
    if (ROW[e.level] > left) {
      pages.push([]);
      left = frame.content.height - HEADER;
    }
    (pages[pages.length - 1] as TocEntry[]).push(e);
    left -= ROW[e.level];
  }
  return pages;
}

/** Final page number (1-based) of a body page, given the pages in front of the body. */
export const bodyPageNumber = (bodyIndex: number, pagesBefore: number): number => pagesBefore + bodyIndex + 1;

function entryOps(e: TocEntry, page: number, frame: PageFrame, y: number, measure: Measure): DrawOp[] {
  const size = e.level === 1 ? 10.5 : TYPE.body;
  const bold = e.level === 1;
  const indent = e.level === 1 ? 0 : 14;
  const x = frame.content.x + indent;
  const right = frame.content.x + frame.content.width;
  const number = String(page);
  const numberWidth = measure(number, size, bold);
  const title = fitText(e.title, right - x - numberWidth - 40, measure, { size, bold });
  const titleEnd = x + measure(title, size, bold);
  return [
    { op: 'text', x, y, text: title, size, bold, colour: INK.text },
    {
      op: 'path',
      segments: [
        { t: 'M', x: titleEnd + 6, y: y - 1 },
        { t: 'L', x: right - numberWidth - 6, y: y - 1 },
      ],
      stroke: { colour: '#9aa3b2', width: 0.7, dash: [0.7, 2.6] },
    },
    { op: 'text', x: right, y, text: number, size, bold, colour: INK.text, align: 'right' },
    { op: 'link', x: frame.content.x, y: y - size, w: frame.content.width, h: size + 4, page },
  ];
}

/** Ops of each contents page; `pagesBefore` = front pages + contents pages. */
export function tocPages(
  pages: readonly TocEntry[][],
  frame: PageFrame,
  measure: Measure,
  title: string,
  pagesBefore: number,
): DrawOp[][] {
  return pages.map((entries) => {
    let y = frame.content.y + TYPE.h1;
    const ops: DrawOp[] = [
      { op: 'text', x: frame.content.x, y, text: title, size: TYPE.h1, bold: true, colour: INK.text },
      { op: 'rect', x: frame.content.x, y: y + 7, w: 36, h: 2.2, fill: INK.accent },
    ];
    y = frame.content.y + HEADER;
    for (const e of entries) {
      y += ROW[e.level];
      ops.push(...entryOps(e, bodyPageNumber(e.page, pagesBefore), frame, y - 5, measure));
    }
    return ops;
  });
}

/** A rule, the report's name on the left and "page n of N" on the right. */
export function footerOps(frame: PageFrame, label: string, pageText: string, measure: Measure): DrawOp[] {
  const y = frame.height - frame.margins.bottom + 26;
  const x = frame.content.x;
  const right = x + frame.content.width;
  const pageWidth = measure(pageText, TYPE.small);
  return [
    { op: 'path', segments: [{ t: 'M', x, y: y - 12 }, { t: 'L', x: right, y: y - 12 }], stroke: { colour: INK.rule, width: 0.6 } },
    { op: 'text', x, y, text: fitText(label, frame.content.width - pageWidth - 24, measure, { size: TYPE.small }), size: TYPE.small, colour: INK.muted },
    { op: 'text', x: right, y, text: pageText, size: TYPE.small, colour: INK.muted, align: 'right' },
  ];
}
