import type { NodeEntityId, Scenario, UnitId } from '../model';
import {
  LOOSE_PER_ROW,
  LOOSE_SLOT,
  NODE_SIZE,
  SLOT,
  UNIT_DEFAULT_SIZE,
  UNIT_GAP,
  UNIT_HEADER,
  UNIT_PADDING,
  UNITS_PER_ROW,
  overlaps,
  slotColumns,
  slotPosition,
} from './geometry';
import type { ChildKind, Rect, Size } from './types';

interface Child {
  id: NodeEntityId;
  kind: ChildKind;
}

/** A node still to be placed on the bare canvas, with its size. */
interface Loose {
  id: NodeEntityId;
  size: Size;
}

/** The records the layout reads. */
type LaidOut = Pick<Scenario, 'units' | 'workstations' | 'families' | 'teams' | 'roles' | 'layout'>;

/** Where every node goes: its stored layout, else a deterministic default. Children relative to their unit. */
export type Placement = Map<NodeEntityId, Rect>;

/** The unit a child is drawn in: its unit when that unit exists (a dangling id is drawn loose). */
export function parentUnitOf(s: Pick<Scenario, 'units'>, unitId: UnitId | null): UnitId | null {
  return unitId && s.units[unitId] ? unitId : null;
}

function childrenByUnit(s: LaidOut): { inUnit: Map<UnitId, Child[]>; loose: Child[] } {
  const inUnit = new Map<UnitId, Child[]>();
  const loose: Child[] = [];
  const add = (id: NodeEntityId, kind: ChildKind, unitId: UnitId | null) => {
    const parent = parentUnitOf(s, unitId);
    if (!parent) return loose.push({ id, kind });
    const list = inUnit.get(parent);
    if (list) list.push({ id, kind });
    else inUnit.set(parent, [{ id, kind }]);
  };
  for (const w of Object.values(s.workstations)) add(w.id, 'workstation', w.unitId);
  for (const t of Object.values(s.teams)) add(t.id, 'team', t.unitId);
  for (const r of Object.values(s.roles)) add(r.id, 'role', r.unitId);
  return { inUnit, loose };
}

function rectOf(s: LaidOut, child: Child): Rect | null {
  const pos = s.layout[child.id];
  return pos ? { x: pos.x, y: pos.y, ...NODE_SIZE[child.kind] } : null;
}

/** A unit without a stored size grows to hold its unplaced children in a near-square grid. */
function unitSize(s: LaidOut, id: UnitId, unplaced: number): { width: number; height: number } {
  const stored = s.layout[id];
  const columns = Math.max(2, Math.min(4, Math.ceil(Math.sqrt(unplaced))));
  const width =
    stored?.width ??
    Math.max(
      UNIT_DEFAULT_SIZE.width,
      2 * UNIT_PADDING + columns * SLOT.width - (SLOT.width - NODE_SIZE.workstation.width),
    );
  const rows = Math.ceil(unplaced / slotColumns(width));
  const needed = UNIT_HEADER + 2 * UNIT_PADDING + rows * SLOT.height - (SLOT.height - NODE_SIZE.role.height);
  return { width, height: stored?.height ?? Math.max(UNIT_DEFAULT_SIZE.height, needed) };
}

/** Unplaced children fill the free slots row by row; a cursor keeps this linear in the slots used. */
function placeChildren(s: LaidOut, children: Child[], unitWidth: number, out: Placement): void {
  const placed: Rect[] = [];
  const unplaced: Child[] = [];
  for (const child of children) {
    const rect = rectOf(s, child);
    if (rect) {
      placed.push(rect);
      out.set(child.id, rect);
    } else unplaced.push(child);
  }
  const columns = slotColumns(unitWidth);
  let cursor = 0;
  for (const child of sortByKind(unplaced)) {
    const size = NODE_SIZE[child.kind];
    let rect: Rect;
    do rect = { ...slotPosition(cursor++, columns), ...size };
    while (placed.length > 0 && placed.some((r) => overlaps(r, rect)));
    out.set(child.id, rect);
  }
}

const KIND_ORDER: Record<ChildKind, number> = { workstation: 0, team: 1, role: 2 };
const sortByKind = (children: Child[]): Child[] =>
  [...children].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);

/** Resolves the position (and unit size) of every node of a scenario. */
export function placeNodes(s: LaidOut): Placement {
  const out: Placement = new Map();
  const { inUnit, loose } = childrenByUnit(s);
  const topPlaced: Rect[] = [];
  const unplacedUnits: Loose[] = [];
  for (const unit of Object.values(s.units)) {
    const children = inUnit.get(unit.id) ?? [];
    const size = unitSize(s, unit.id, children.filter((c) => !s.layout[c.id]).length);
    placeChildren(s, children, size.width, out);
    const pos = s.layout[unit.id];
    if (pos) {
      const rect = { x: pos.x, y: pos.y, ...size };
      topPlaced.push(rect);
      out.set(unit.id, rect);
    } else unplacedUnits.push({ id: unit.id, size });
  }
  const looseNodes = [
    ...Object.keys(s.families).map((id) => ({ id: id as NodeEntityId, kind: 'family' as const })),
    ...sortByKind(loose),
  ];
  const unplacedLoose: Loose[] = [];
  for (const node of looseNodes) {
    const pos = s.layout[node.id];
    const size = NODE_SIZE[node.kind];
    if (!pos) unplacedLoose.push({ id: node.id, size });
    else {
      topPlaced.push({ x: pos.x, y: pos.y, ...size });
      out.set(node.id, { x: pos.x, y: pos.y, ...size });
    }
  }
  placeTopLevel(topPlaced, unplacedUnits, unplacedLoose, out);
  return out;
}

/** Unplaced units go in rows below everything placed; unplaced loose nodes in a band below those. */
function placeTopLevel(placed: Rect[], units: Loose[], loose: Loose[], out: Placement): void {
  if (units.length === 0 && loose.length === 0) return;
  // Loops rather than Math.min(...spread): thousands of arguments would strain the call stack.
  let left = placed.length ? Infinity : 0;
  let y = placed.length ? -Infinity : 0;
  for (const r of placed) {
    left = Math.min(left, r.x);
    y = Math.max(y, r.y + r.height + 2 * UNIT_GAP);
  }
  for (let row = 0; row * UNITS_PER_ROW < units.length; row++) {
    let x = left;
    let rowHeight = 0;
    for (const { id, size } of units.slice(row * UNITS_PER_ROW, (row + 1) * UNITS_PER_ROW)) {
      out.set(id, { x, y, ...size });
      x += size.width + UNIT_GAP;
      rowHeight = Math.max(rowHeight, size.height);
    }
    y += rowHeight + UNIT_GAP;
  }
  loose.forEach(({ id, size }, i) => {
    out.set(id, {
      x: left + (i % LOOSE_PER_ROW) * LOOSE_SLOT.width,
      y: y + Math.floor(i / LOOSE_PER_ROW) * LOOSE_SLOT.height,
      ...size,
    });
  });
}
