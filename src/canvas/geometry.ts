import type { ChildKind, NodeKind, Rect, Size, XY } from './types';

/** Snap grid of the canvas; drags and new nodes land on it. */
export const GRID = 16;

export const UNIT_DEFAULT_SIZE: Size = { width: 360, height: 240 };
export const UNIT_MIN_SIZE: Size = { width: 200, height: 120 };
/** Height of a unit's title bar; children are placed below it. */
export const UNIT_HEADER = 44;
export const UNIT_PADDING = 12;

/** Nominal node sizes (the CSS widths); used to lay out and to find free room before measuring. */
export const NODE_SIZE: Record<Exclude<NodeKind, 'unit'>, Size> = {
  workstation: { width: 160, height: 60 },
  family: { width: 176, height: 64 },
  team: { width: 160, height: 40 },
  role: { width: 160, height: 88 },
};

/** Cell of the default grid inside a unit: a node plus the gap to its neighbours. */
export const SLOT: Size = { width: 176, height: 104 };
/** Cell of the default grid for loose nodes on the bare canvas. */
export const LOOSE_SLOT: Size = { width: 208, height: 128 };
export const UNIT_GAP = 48;
export const UNITS_PER_ROW = 4;
export const LOOSE_PER_ROW = 6;

/**
 * Stacking, set by hand (React Flow's zIndexMode 'manual'): edges above unit boxes but
 * below every other node, so a line never covers a node it passes and steals its clicks;
 * a selected node rises above the rest, e.g. while it is dragged across another unit.
 */
export const LAYER = { unit: 0, edge: 1, node: 2, selected: 1000 } as const;

export const CHILD_KINDS: readonly ChildKind[] = ['workstation', 'team', 'role'];

export const sizeOf = (kind: NodeKind): Size => (kind === 'unit' ? UNIT_DEFAULT_SIZE : NODE_SIZE[kind]);

/** How many slot columns fit in a unit of this width (at least one). */
export const slotColumns = (unitWidth: number): number =>
  Math.max(1, Math.floor((unitWidth - 2 * UNIT_PADDING + (SLOT.width - NODE_SIZE.workstation.width)) / SLOT.width));

/** Top-left of slot `index` inside a unit, relative to the unit. */
export function slotPosition(index: number, columns: number): XY {
  return {
    x: UNIT_PADDING + (index % columns) * SLOT.width,
    y: UNIT_HEADER + UNIT_PADDING + Math.floor(index / columns) * SLOT.height,
  };
}

export const snap = (value: number): number => Math.round(value / GRID) * GRID;

export const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const contains = (r: Rect, p: XY): boolean =>
  p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

/** First slot inside a unit (row by row) where a node of `size` overlaps none of `occupied`. */
export function freeSlotInUnit(occupied: readonly Rect[], unitWidth: number, size: Size): XY {
  const columns = slotColumns(unitWidth);
  for (let i = 0; ; i++) {
    const pos = slotPosition(i, columns);
    if (!occupied.some((r) => overlaps(r, { ...pos, ...size }))) return pos;
  }
}

/** Grid offsets around a point, nearest first: the search order for free room. */
const SPIRAL: readonly XY[] = (() => {
  const out: XY[] = [];
  for (let dx = -12; dx <= 12; dx++)
    for (let dy = -12; dy <= 12; dy++) out.push({ x: dx * 2 * GRID, y: dy * 2 * GRID });
  return out.sort((a, b) => a.x * a.x + a.y * a.y - (b.x * b.x + b.y * b.y));
})();

/**
 * The free spot nearest to `wanted` (the node centred there if possible), so repeated
 * adds at the view centre settle beside each other instead of stacking on one point.
 */
export function freeSpotNear(occupied: readonly Rect[], wanted: XY, size: Size): XY {
  const start = { x: snap(wanted.x - size.width / 2), y: snap(wanted.y - size.height / 2) };
  const margin = GRID;
  for (const offset of SPIRAL) {
    const pos = { x: start.x + offset.x, y: start.y + offset.y };
    const padded = {
      x: pos.x - margin,
      y: pos.y - margin,
      width: size.width + 2 * margin,
      height: size.height + 2 * margin,
    };
    if (!occupied.some((r) => overlaps(r, padded))) return pos;
  }
  return start;
}
