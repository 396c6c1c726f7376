/**
 * A display list: what a page or a picture shows, as plain data. Layout functions produce
 * it without any drawing library, the PDF renderer replays it through jsPDF and the picture
 * exporter turns it into SVG, so both draw the canvas with the same code.
 */

/** `#rrggbb`. */
export type Colour = string;

export interface Stroke {
  colour: Colour;
  width: number;
  /** Dash and gap lengths; absent or empty for a solid line. */
  dash?: readonly number[];
}

export type PathSegment =
  | { t: 'M' | 'L'; x: number; y: number }
  | { t: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { t: 'Z' };

export type TextAlign = 'left' | 'center' | 'right';

export type DrawOp =
  | { op: 'rect'; x: number; y: number; w: number; h: number; r?: number; fill?: Colour; stroke?: Stroke }
  | { op: 'path'; segments: PathSegment[]; fill?: Colour; stroke?: Stroke }
  | { op: 'circle'; cx: number; cy: number; r: number; fill?: Colour; stroke?: Stroke }
  /** `y` is the baseline. */
  | { op: 'text'; x: number; y: number; text: string; size: number; bold?: boolean; colour?: Colour; align?: TextAlign }
  /** Everything until the matching `unclip` is clipped to the rectangle. */
  | { op: 'clip'; x: number; y: number; w: number; h: number }
  | { op: 'unclip' }
  /** A clickable area that jumps to a page (1-based, final numbering). */
  | { op: 'link'; x: number; y: number; w: number; h: number; page: number };

/** Width of a text in the units of `size` (points in the PDF, pixels in a picture). */
export type Measure = (text: string, size: number, bold?: boolean) => number;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Maps a point: `scale` then shift. */
export interface Transform {
  scale: number;
  dx: number;
  dy: number;
}

const mapStroke = (s: Stroke | undefined, k: number): Stroke | undefined =>
  s && { colour: s.colour, width: s.width * k, ...(s.dash?.length ? { dash: s.dash.map((d) => d * k) } : {}) };

function mapSegment(s: PathSegment, m: Transform): PathSegment {
  const X = (x: number) => x * m.scale + m.dx;
  const Y = (y: number) => y * m.scale + m.dy;
  if (s.t === 'Z') return s;
  if (s.t === 'C') return { t: 'C', x1: X(s.x1), y1: Y(s.y1), x2: X(s.x2), y2: Y(s.y2), x: X(s.x), y: Y(s.y) };
  return { t: s.t, x: X(s.x), y: Y(s.y) };
}

/** The same drawing, scaled and moved: line widths, dashes and font sizes scale too. */
export function transformOp(op: DrawOp, m: Transform): DrawOp {
  const k = m.scale;
  const X = (x: number) => x * k + m.dx;
  const Y = (y: number) => y * k + m.dy;
  switch (op.op) {
    case 'rect':
      return { ...op, x: X(op.x), y: Y(op.y), w: op.w * k, h: op.h * k, r: (op.r ?? 0) * k, stroke: mapStroke(op.stroke, k) };
    case 'path':
      return { ...op, segments: op.segments.map((s) => mapSegment(s, m)), stroke: mapStroke(op.stroke, k) };
    case 'circle':
      return { ...op, cx: X(op.cx), cy: Y(op.cy), r: op.r * k, stroke: mapStroke(op.stroke, k) };
    case 'text':
      return { ...op, x: X(op.x), y: Y(op.y), size: op.size * k };
    case 'clip':
    case 'link':
      return { ...op, x: X(op.x), y: Y(op.y), w: op.w * k, h: op.h * k };
    case 'unclip':
      return op;
  }
}

export const transformOps = (ops: readonly DrawOp[], m: Transform): DrawOp[] => ops.map((op) => transformOp(op, m));

/** A generous box around an op (text is estimated), for leaving out what a page does not show. */
export function opBox(op: DrawOp): Box | null {
  switch (op.op) {
    case 'rect':
    case 'clip':
    case 'link':
      return { x: op.x, y: op.y, w: op.w, h: op.h };
    case 'circle':
      return { x: op.cx - op.r, y: op.cy - op.r, w: 2 * op.r, h: 2 * op.r };
    case 'text': {
      const w = op.text.length * op.size * 0.7;
      const left = op.align === 'center' ? op.x - w / 2 : op.align === 'right' ? op.x - w : op.x;
      return { x: left, y: op.y - op.size, w, h: op.size * 1.4 };
    }
    case 'path':
      return pathBox(op.segments);
    case 'unclip':
      return null;
  }
}

function pathBox(segments: readonly PathSegment[]): Box | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const s of segments) {
    if (s.t === 'Z') continue;
    xs.push(s.x);
    ys.push(s.y);
    if (s.t === 'C') {
      xs.push(s.x1, s.x2);
      ys.push(s.y1, s.y2);
    }
  }
  if (xs.length === 0) return null;
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

export const intersects = (a: Box, b: Box): boolean =>
  a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;

/** The ops that can show inside `view` (clip pairs are kept). */
export const opsInView = (ops: readonly DrawOp[], view: Box): DrawOp[] =>
  ops.filter((op) => {
    if (op.op === 'clip') return true;
    const box = opBox(op);
    return box === null || intersects(box, view);
  });
