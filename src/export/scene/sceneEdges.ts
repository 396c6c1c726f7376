import { routeLinks } from '../../canvas/flowEdges';
import { POLCA_COLOUR } from '../../canvas/polca';
import { routeStyle } from '../../canvas/routeStyles';
import type { Scenario } from '../../model';
import { fitText } from '../pdf/layout/text';
import type { Box, DrawOp, Measure, PathSegment, Stroke } from './ops';
import { KIND_COLOUR } from './sceneNodes';

/**
 * Route, membership and POLCA lines as the canvas draws them: a bezier from the right side
 * of the source to the left side of the target (React Flow's default curve), an arrow at
 * the end, and the family name on longer route lines.
 */

interface XY {
  x: number;
  y: number;
}

const PARALLEL_GAP = 6;
const LABEL_GAP = 20;
const MIN_LABELLED_LENGTH = 110;
const ARROW = 9;

/** React Flow's control offset for a right → left bezier. */
const controlOffset = (distance: number): number => (distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance));

function bezier(from: XY, to: XY): { segments: PathSegment[]; mid: XY } {
  const k = controlOffset(to.x - from.x);
  const c1 = { x: from.x + k, y: from.y };
  const c2 = { x: to.x - k, y: to.y };
  const mid = {
    x: 0.125 * from.x + 0.375 * c1.x + 0.375 * c2.x + 0.125 * to.x,
    y: 0.125 * from.y + 0.375 * c1.y + 0.375 * c2.y + 0.125 * to.y,
  };
  // The line stops at the arrow's base so a thick line does not poke through its tip.
  const end = { x: to.x - ARROW * 0.8, y: to.y };
  return { segments: [{ t: 'M', ...from }, { t: 'C', x1: c1.x, y1: c1.y, x2: c2.x, y2: c2.y, ...end }], mid };
}

/** A closed arrow head pointing right, its tip at `tip` (handles are on the left side). */
const arrow = (tip: XY, colour: string, size = ARROW): DrawOp => ({
  op: 'path',
  segments: [
    { t: 'M', x: tip.x, y: tip.y },
    { t: 'L', x: tip.x - size, y: tip.y - size * 0.5 },
    { t: 'L', x: tip.x - size, y: tip.y + size * 0.5 },
    { t: 'Z' },
  ],
  fill: colour,
});

const rightOf = (b: Box, dy = 0): XY => ({ x: b.x + b.w, y: b.y + b.h / 2 + dy });
const leftOf = (b: Box, dy = 0): XY => ({ x: b.x, y: b.y + b.h / 2 + dy });

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * The family name on a route line, unless it would sit on a node or another label: on
 * paper a half-hidden label reads worse than none (the dash pattern still tells the family).
 */
function label(text: string, at: XY, colour: string, measure: Measure, taken: Box[]): DrawOp[] {
  const shown = fitText(text, 150, measure, { size: 11 });
  const w = measure(shown, 11) + 10;
  const box = { x: at.x - w / 2, y: at.y - 8.5, w, h: 17 };
  if (taken.some((b) => overlaps(b, box))) return [];
  taken.push(box);
  return [
    { op: 'rect', ...box, r: 4, fill: '#ffffff', stroke: { colour, width: 1 } },
    { op: 'text', x: at.x, y: at.y + 4, text: shown, size: 11, colour: '#1d2330', align: 'center' },
  ];
}

function line(segments: PathSegment[], stroke: Stroke): DrawOp {
  return { op: 'path', segments, stroke };
}

/**
 * Route edges of every family whose both ends are in `boxes`; labels come last, above the
 * lines, and only where they cover no node (`obstacles`: the boxes of non-unit nodes).
 */
export function routeEdgeOps(s: Scenario, boxes: ReadonlyMap<string, Box>, measure: Measure, obstacles: readonly Box[] = []): DrawOp[] {
  const taken = [...obstacles];
  const links = Object.values(s.families).flatMap((family, pattern) =>
    routeLinks(family, pattern).filter((l) => boxes.has(l.source) && boxes.has(l.target)),
  );
  const pairs = new Map<string, number>();
  const index = links.map((l) => {
    const key = l.source < l.target ? `${l.source}|${l.target}` : `${l.target}|${l.source}`;
    const i = pairs.get(key) ?? 0;
    pairs.set(key, i + 1);
    return { key, i };
  });
  const lines: DrawOp[] = [];
  const labels: DrawOp[] = [];
  links.forEach((link, n) => {
    const { key, i } = index[n] as { key: string; i: number };
    const centred = i - ((pairs.get(key) ?? 1) - 1) / 2;
    const from = rightOf(boxes.get(link.source) as Box, centred * PARALLEL_GAP);
    const to = leftOf(boxes.get(link.target) as Box, centred * PARALLEL_GAP);
    const { colour, dash } = routeStyle(link.pattern);
    const { segments, mid } = bezier(from, to);
    lines.push(line(segments, { colour, width: 2, ...(dash ? { dash: dash.split(' ').map(Number) } : {}) }), arrow(to, colour));
    if (Math.hypot(to.x - from.x, to.y - from.y) >= MIN_LABELLED_LENGTH)
      labels.push(...label(link.family.name, { x: mid.x, y: mid.y + centred * LABEL_GAP }, colour, measure, taken));
  });
  return [...lines, ...labels];
}

/** Role → team membership: a dotted line in the team colour. */
export function memberEdgeOps(s: Scenario, boxes: ReadonlyMap<string, Box>): DrawOp[] {
  return Object.values(s.roles).flatMap((role) => {
    const from = boxes.get(role.id);
    const to = role.teamId ? boxes.get(role.teamId) : undefined;
    if (!from || !to) return [];
    const end = leftOf(to);
    return [line(bezier(rightOf(from), end).segments, { colour: KIND_COLOUR.team, width: 2, dash: [2, 4] }), arrow(end, KIND_COLOUR.team, 8)];
  });
}

/** POLCA loops between the POLCA points on the cells' headers. */
export function polcaEdgeOps(s: Scenario, boxes: ReadonlyMap<string, Box>): DrawOp[] {
  return Object.values(s.polcaLoops).flatMap((loop) => {
    const a = boxes.get(loop.fromUnitId);
    const b = boxes.get(loop.toUnitId);
    if (!a || !b) return [];
    const from = { x: a.x + a.w, y: a.y + 22 };
    const to = { x: b.x, y: b.y + 22 };
    return [line(bezier(from, to).segments, { colour: POLCA_COLOUR, width: 2.5, dash: [8, 4] }), arrow(to, POLCA_COLOUR)];
  });
}
