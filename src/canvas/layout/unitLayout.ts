import type { NodeEntityId, RoleId, Scenario, Unit, WorkstationId } from '../../model';
import { GRID, NODE_SIZE, UNIT_HEADER, UNIT_MIN_SIZE } from '../geometry';
import type { Rect, Size } from '../types';
import { dagreBlock, normalise, weighEdges } from './dagreBlock';
import { SPACING, snapDown, snapUp, type ChildItem, type RouteLink } from './types';

/** A unit's children placed relative to the unit, and the size that holds them. */
export interface UnitInterior {
  rects: Map<NodeEntityId, Rect>;
  size: Size;
}

/** What the interior layout reads besides the unit's own children. */
export interface InteriorContext {
  s: Scenario;
  links: readonly RouteLink[];
  /** Workstations each role has make work on: roles sit below their machines. */
  makeWorkstations: ReadonlyMap<RoleId, readonly WorkstationId[]>;
}

/** Rough width of the unit's title bar (icon, name, kind label), so the name is not cut short. */
const headerWidth = (unit: Unit): number => Math.max(UNIT_MIN_SIZE.width, 200 + unit.name.length * 7.5);

const byName = (s: Scenario) => (a: ChildItem, b: ChildItem) => nameOf(s, a).localeCompare(nameOf(s, b)) || (a.id < b.id ? -1 : 1);
const nameOf = (s: Scenario, c: ChildItem): string =>
  (s.workstations[c.id as WorkstationId] ?? s.teams[c.id as never] ?? s.roles[c.id as never])?.name ?? '';

/** Rows laid out as a grid of equal columns; each row starts on a new line and wraps at `columns`. */
function gridBlock(rows: readonly ChildItem[][], columns: number): Map<string, Rect> {
  const out = new Map<string, Rect>();
  const items = rows.flat();
  const column = Math.max(...items.map((c) => c.size.width));
  let y = 0;
  for (const row of rows)
    for (let start = 0; start < row.length; start += columns) {
      const line = row.slice(start, start + columns);
      line.forEach((c, i) => out.set(c.id, { x: i * (column + SPACING.child), y, ...c.size }));
      y += Math.max(...line.map((c) => c.size.height)) + SPACING.child;
    }
  return out;
}

const widthOf = (block: Map<string, Rect>): number => Math.max(0, ...[...block.values()].map((r) => r.x + r.width));

/** Teams each start a row followed by their members; team-less roles follow, under their machines. */
function peopleRows(ctx: InteriorContext, children: readonly ChildItem[], wsCentre: Map<string, number>): ChildItem[][] {
  const { s } = ctx;
  const anchor = (c: ChildItem): number => {
    const xs = (ctx.makeWorkstations.get(c.id as RoleId) ?? []).flatMap((w) => wsCentre.get(w) ?? []);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Infinity;
  };
  const roles = children
    .filter((c) => c.kind === 'role')
    .sort((a, b) => anchor(a) - anchor(b) || byName(s)(a, b));
  const teams = children.filter((c) => c.kind === 'team').sort(byName(s));
  const teamIds = new Set<string>(teams.map((t) => t.id));
  const rows = teams.map((team) => [team, ...roles.filter((r) => s.roles[r.id as RoleId]?.teamId === team.id)]);
  rows.push(roles.filter((r) => !teamIds.has(s.roles[r.id as RoleId]?.teamId ?? '')));
  return rows.filter((row) => row.length > 0);
}

/** Workstations on a route, left to right along the route links inside the unit; the others in a row below. */
function workstationBlocks(ctx: InteriorContext, children: readonly ChildItem[]): Map<string, Rect>[] {
  const ids = new Set(children.map((c) => c.id as string));
  const onRoute = new Set(ctx.links.flatMap((l) => [l.from, l.to]));
  const ws = children.filter((c) => c.kind === 'workstation').sort(byName(ctx.s));
  const routed = ws.filter((w) => onRoute.has(w.id as WorkstationId));
  const unrouted = ws.filter((w) => !onRoute.has(w.id as WorkstationId));
  const blocks: Map<string, Rect>[] = [];
  if (routed.length > 0) {
    const inside = ctx.links.filter((l) => ids.has(l.from) && ids.has(l.to));
    blocks.push(dagreBlock(routed, weighEdges(inside), { node: SPACING.child, rank: 4 * GRID }));
  }
  const columns = Math.max(2, Math.floor((widthOf(blocks[0] ?? new Map()) + SPACING.child) / (NODE_SIZE.workstation.width + SPACING.child)));
  if (unrouted.length > 0) blocks.push(gridBlock([unrouted], columns));
  return blocks;
}

/**
 * Lays out the inside of a unit: its workstations in route order left to right, then its
 * teams and roles below them; the unit's size is recomputed to hold them all.
 */
export function layoutUnit(ctx: InteriorContext, unit: Unit, children: readonly ChildItem[]): UnitInterior {
  const blocks = workstationBlocks(ctx, children);
  const wsCentre = new Map<string, number>();
  for (const r of blocks[0]?.entries() ?? []) wsCentre.set(r[0], r[1].x + r[1].width / 2);
  const rows = peopleRows(ctx, children, wsCentre);
  if (rows.length > 0) {
    const longest = Math.max(...rows.map((r) => r.length));
    const column = Math.max(...rows.flat().map((c) => c.size.width)) + SPACING.child;
    const fit = Math.floor((Math.max(0, ...blocks.map(widthOf)) + SPACING.child) / column);
    blocks.push(gridBlock(rows, Math.max(1, Math.min(longest, Math.max(fit, 3)))));
  }
  return stackBlocks(unit, blocks);
}

/** Stacks the blocks below the unit's title bar, snapped to the grid, and sizes the unit around them. */
function stackBlocks(unit: Unit, blocks: Map<string, Rect>[]): UnitInterior {
  const rects = new Map<NodeEntityId, Rect>();
  let y = UNIT_HEADER + SPACING.padding;
  let right = 0;
  for (const block of blocks) {
    normalise(block);
    let bottom = y;
    for (const [id, r] of block) {
      const placed = { ...r, x: snapDown(SPACING.padding + r.x), y: snapDown(y + r.y) };
      rects.set(id as NodeEntityId, placed);
      bottom = Math.max(bottom, placed.y + placed.height);
      right = Math.max(right, placed.x + placed.width);
    }
    y = bottom + SPACING.child;
  }
  const height = rects.size > 0 ? y - SPACING.child + SPACING.padding : UNIT_MIN_SIZE.height;
  return {
    rects,
    size: { width: snapUp(Math.max(right + SPACING.padding, headerWidth(unit))), height: snapUp(Math.max(height, UNIT_MIN_SIZE.height)) },
  };
}
