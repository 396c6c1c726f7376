import type { jsPDF } from 'jspdf';
import type { DrawOp, Measure, Stroke } from '../../scene/ops';
import type { FontFiles } from '../types';

/** The embedded family: DejaVu Sans Condensed covers every Dutch letter, quotes and arrows. */
export const FONT = 'DejaVuSansCondensed';

export function registerFonts(doc: jsPDF, fonts: FontFiles): void {
  doc.addFileToVFS(`${FONT}.ttf`, fonts.regular);
  doc.addFont(`${FONT}.ttf`, FONT, 'normal');
  doc.addFileToVFS(`${FONT}-Bold.ttf`, fonts.bold);
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
  doc.setFont(FONT, 'normal');
}

/** Text widths from the embedded font's metrics, cached per string at size 1. */
export function jspdfMeasure(doc: jsPDF): Measure {
  const cache = new Map<string, number>();
  return (text, size, bold) => {
    const key = `${bold ? 'b' : 'n'}${text}`;
    let unit = cache.get(key);
    if (unit === undefined) {
      doc.setFont(FONT, bold ? 'bold' : 'normal');
      unit = doc.getStringUnitWidth(text);
      cache.set(key, unit);
    }
    return unit * size;
  };
}

function applyStroke(doc: jsPDF, s: Stroke): void {
  doc.setDrawColor(s.colour);
  doc.setLineWidth(s.width);
  doc.setLineDashPattern(s.dash ? [...s.dash] : [], 0);
}

/** jsPDF's paint style: fill, stroke or both; null when the shape shows neither. */
function paint(doc: jsPDF, fill: string | undefined, stroke: Stroke | undefined): 'F' | 'S' | 'FD' | null {
  if (fill) doc.setFillColor(fill);
  if (stroke) applyStroke(doc, stroke);
  return fill && stroke ? 'FD' : fill ? 'F' : stroke ? 'S' : null;
}

function drawPath(doc: jsPDF, op: Extract<DrawOp, { op: 'path' }>): void {
  const style = paint(doc, op.fill, op.stroke);
  if (!style) return;
  for (const s of op.segments) {
    if (s.t === 'M') doc.moveTo(s.x, s.y);
    else if (s.t === 'L') doc.lineTo(s.x, s.y);
    else if (s.t === 'C') doc.curveTo(s.x1, s.y1, s.x2, s.y2, s.x, s.y);
    else doc.close();
  }
  if (style === 'FD') doc.fillStroke();
  else if (style === 'F') doc.fill();
  else doc.stroke();
}

function drawText(doc: jsPDF, op: Extract<DrawOp, { op: 'text' }>): void {
  if (!op.text) return;
  doc.setFont(FONT, op.bold ? 'bold' : 'normal');
  doc.setFontSize(op.size);
  doc.setTextColor(op.colour ?? '#1d2330');
  doc.text(op.text, op.x, op.y, { align: op.align ?? 'left' });
}

/** Replays a page's display list onto the current jsPDF page. */
export function drawOps(doc: jsPDF, ops: readonly DrawOp[]): void {
  for (const op of ops) {
    switch (op.op) {
      case 'rect': {
        const style = paint(doc, op.fill, op.stroke);
        if (!style || op.w <= 0 || op.h <= 0) break;
        if (op.r) doc.roundedRect(op.x, op.y, op.w, op.h, Math.min(op.r, op.w / 2, op.h / 2), Math.min(op.r, op.w / 2, op.h / 2), style);
        else doc.rect(op.x, op.y, op.w, op.h, style);
        break;
      }
      case 'circle': {
        const style = paint(doc, op.fill, op.stroke);
        if (style) doc.circle(op.cx, op.cy, op.r, style);
        break;
      }
      case 'path':
        drawPath(doc, op);
        break;
      case 'text':
        drawText(doc, op);
        break;
      case 'clip':
        doc.saveGraphicsState();
        doc.rect(op.x, op.y, op.w, op.h, null);
        doc.clip();
        doc.discardPath();
        break;
      case 'unclip':
        doc.restoreGraphicsState();
        break;
      case 'link':
        doc.link(op.x, op.y, op.w, op.h, { pageNumber: op.page });
        break;
    }
  }
}
