/** Pure geometry of the quadrant chart: scales, point sizes and label placement. */

export const CHART = { width: 560, height: 380, left: 48, right: 14, top: 14, bottom: 46 } as const;
export const PLOT = {
  x0: CHART.left,
  x1: CHART.width - CHART.right,
  y0: CHART.top,
  y1: CHART.height - CHART.bottom,
} as const;

/** The JCQ ranges of domain.md §4: DL on 24–96, PD on 12–48. */
export const DL_RANGE = [24, 96] as const;
export const PD_RANGE = [12, 48] as const;
export const DL_TICKS = [24, 36, 48, 60, 72, 84, 96];
export const PD_TICKS = [12, 18, 24, 30, 36, 42, 48];

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export const xOf = (dl: number): number =>
  PLOT.x0 + ((clamp(dl, DL_RANGE[0], DL_RANGE[1]) - DL_RANGE[0]) / (DL_RANGE[1] - DL_RANGE[0])) * (PLOT.x1 - PLOT.x0);

export const yOf = (pd: number): number =>
  PLOT.y1 - ((clamp(pd, PD_RANGE[0], PD_RANGE[1]) - PD_RANGE[0]) / (PD_RANGE[1] - PD_RANGE[0])) * (PLOT.y1 - PLOT.y0);

/** Area grows with headcount (radius with its square root), within readable bounds. */
export const radiusOf = (headcount: number): number => clamp(4 + 3 * Math.sqrt(Math.max(0, headcount)), 6, 16);

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelInput {
  id: string;
  text: string;
  cx: number;
  cy: number;
  r: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Text anchor point (SVG `x`, `y` of the baseline start, middle or end). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Set when the label sits away from its point and needs a line to it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

const FONT = 11;
const CHAR = 6.1;
export const MAX_LABEL = 22;

export const labelText = (name: string): string =>
  name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name;

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(b: Box): number {
  const dx = Math.max(0, PLOT.x0 - b.x) + Math.max(0, b.x + b.width - PLOT.x1);
  const dy = Math.max(0, PLOT.y0 - b.y) + Math.max(0, b.y + b.height - PLOT.y1);
  return (dx + dy) * 100;
}

interface Candidate {
  box: Box;
  label: Omit<PlacedLabel, 'id' | 'text'>;
}

/** Places around the point first, then further out with a leader line. */
function candidates(p: LabelInput): Candidate[] {
  const w = p.text.length * CHAR + 2;
  const h = FONT + 2;
  const gap = p.r + 4;
  const near = (dx: number, dy: number, anchor: PlacedLabel['anchor']): Candidate => {
    const x = p.cx + dx;
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    const baseline = p.cy + dy + FONT / 2 - 1;
    return {
      box: { x: left, y: baseline - FONT + 1, width: w, height: h },
      label: { x, y: baseline, anchor, leader: null },
    };
  };
  const out = [near(gap, 0, 'start'), near(-gap, 0, 'end'), near(0, -gap - 4, 'middle'), near(0, gap + 4, 'middle')];
  for (const dy of [-16, 16, -28, 28, -40, 40])
    for (const [dx, anchor] of [
      [gap + 10, 'start'],
      [-gap - 10, 'end'],
    ] as const) {
      const c = near(dx, dy, anchor);
      c.label.leader = { x1: p.cx, y1: p.cy, x2: p.cx + dx - Math.sign(dx) * 2, y2: p.cy + dy };
      out.push(c);
    }
  return out;
}

/**
 * Greedy label placement: bigger points first; each label takes the first spot that covers
 * no placed label, no point and stays in the plot, else the least-bad spot.
 */
export function placeLabels(points: readonly LabelInput[], obstacles: readonly Box[] = []): PlacedLabel[] {
  const taken: Box[] = [
    ...obstacles,
    ...points.map((p) => ({ x: p.cx - p.r, y: p.cy - p.r, width: 2 * p.r, height: 2 * p.r })),
  ];
  const order = [...points].sort((a, b) => b.r - a.r || a.cy - b.cy || a.cx - b.cx || (a.id < b.id ? -1 : 1));
  const placed = new Map<string, PlacedLabel>();
  for (const p of order) {
    let best: Candidate | null = null;
    let bestCost = Infinity;
    for (const c of candidates(p)) {
      const cost = taken.reduce((sum, b) => sum + overlap(c.box, b), 0) + outside(c.box);
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
      }
      if (cost === 0) break;
    }
    if (!best) continue;
    taken.push(best.box);
    placed.set(p.id, { id: p.id, text: p.text, ...best.label });
  }
  return points.flatMap((p) => placed.get(p.id) ?? []);
}
