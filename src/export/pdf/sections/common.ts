import type { Quadrant } from '../../../analysis';
import { formatNumber } from '../../../ui/format';
import type { Colour, DrawOp } from '../../scene/ops';

/** Colours of analysis states, as in ui/analysis/visuals.css (Okabe–Ito). */
export const QUADRANT_COLOUR: Record<Quadrant, { strong: Colour; text: Colour; weak: Colour }> = {
  'high-strain': { strong: '#d55e00', text: '#a3420a', weak: '#fbe9dd' },
  active: { strong: '#0072b2', text: '#005a8c', weak: '#e2eff8' },
  'low-strain': { strong: '#009e73', text: '#00664a', weak: '#e0f4ee' },
  passive: { strong: '#e69f00', text: '#7d5200', weak: '#fcf1d9' },
};

export const SEVERITY_COLOUR = { critical: '#b3261e', warning: '#9a6700', info: '#2456c9' } as const;

/** A number with fixed decimals in the report's language ("0,940" in Dutch). */
export function fixed(value: number, language: string, digits: number): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(value);
}

export const num = (value: number, language: string, digits = 1): string => formatNumber(value, language, digits);

/**
 * The quadrant's shape (as in the analysis view): triangle warns, square is still,
 * diamond is lively, circle is at ease; colour is never the only cue.
 */
export function quadrantGlyph(q: Quadrant, cx: number, cy: number, r: number): DrawOp {
  const fill = QUADRANT_COLOUR[q].strong;
  const poly = (pts: [number, number][]): DrawOp => ({
    op: 'path',
    segments: [...pts.map(([x, y], i) => ({ t: i === 0 ? ('M' as const) : ('L' as const), x: cx + x * r, y: cy + y * r })), { t: 'Z' }],
    fill,
    stroke: { colour: '#ffffff', width: 0.6 },
  });
  switch (q) {
    case 'high-strain':
      return poly([[0, -1.15], [1.1, 0.8], [-1.1, 0.8]]);
    case 'active':
      return poly([[0, -1.2], [1.2, 0], [0, 1.2], [-1.2, 0]]);
    case 'passive':
      return poly([[-0.85, -0.85], [0.85, -0.85], [0.85, 0.85], [-0.85, 0.85]]);
    case 'low-strain':
      return { op: 'circle', cx, cy, r, fill, stroke: { colour: '#ffffff', width: 0.6 } };
  }
}

export const hline = (x1: number, x2: number, y: number, colour: Colour, width = 0.6, dash?: number[]): DrawOp => ({
  op: 'path',
  segments: [{ t: 'M', x: x1, y }, { t: 'L', x: x2, y }],
  stroke: { colour, width, ...(dash ? { dash } : {}) },
});

export const vline = (x: number, y1: number, y2: number, colour: Colour, width = 0.6, dash?: number[]): DrawOp => ({
  op: 'path',
  segments: [{ t: 'M', x, y: y1 }, { t: 'L', x, y: y2 }],
  stroke: { colour, width, ...(dash ? { dash } : {}) },
});
