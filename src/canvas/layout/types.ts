import type { FamilyId, NodeEntityId, NodeLayout, Scenario, UnitId, WorkstationId } from '../../model';
import { GRID, NODE_SIZE } from '../geometry';
import type { ChildKind, NodeKind, Rect, Size } from '../types';

/** What "Tidy up" is asked to do. */
export interface TidyOptions {
  /** The editor's selection; with two or more node ids only those nodes are laid out. */
  selection?: readonly string[];
  /** Sizes React Flow measured (role cards grow with their task chips); nominal sizes otherwise. */
  sizes?: ReadonlyMap<string, Size>;
}

/** One entry of the single `moveNodes` command the layout is applied with. */
export interface LayoutMove {
  id: NodeEntityId;
  position: NodeLayout;
}

/** A node placed by the layout: children relative to their unit, top-level nodes absolute. */
export interface Item {
  id: NodeEntityId;
  kind: NodeKind;
  size: Size;
}

/** A child of a unit with its kind, as the unit interior layout needs it. */
export interface ChildItem extends Item {
  kind: ChildKind;
}

/** One step of a family's route drawn as a link: family → first step, then step → next step. */
export interface RouteLink {
  familyId: FamilyId;
  from: WorkstationId | FamilyId;
  to: WorkstationId;
}

/** Spacing of the layout, all multiples of the snap grid so snapping never closes a gap. */
export const SPACING = {
  /** Between nodes in one column of the flow (dagre nodesep). */
  node: 3 * GRID,
  /** Between the columns of the flow: room for the family labels on the route lines. */
  rank: 10 * GRID,
  /** Between the flow, the families column and the shelf of units off the routes. */
  block: 6 * GRID,
  /** Between children inside a unit. */
  child: 2 * GRID,
  /** Inside a unit, around its children. */
  padding: GRID,
} as const;

/** Widest row of the shelf below the flow before it wraps. */
export const SHELF_MIN_WIDTH = 1200;

export const snapDown = (v: number): number => Math.round(v / GRID) * GRID || 0;
export const snapUp = (v: number): number => Math.ceil(v / GRID) * GRID || 0;

/** A node's size: as measured when known, else the nominal size of its kind. */
export function sizeOf(id: string, kind: Exclude<NodeKind, 'unit'>, sizes: ReadonlyMap<string, Size> | undefined): Size {
  const measured = sizes?.get(id);
  if (measured && measured.width > 0 && measured.height > 0) return measured;
  return NODE_SIZE[kind];
}

/** Every link of every family's route between existing workstations. */
export function routeLinks(s: Scenario): RouteLink[] {
  const links: RouteLink[] = [];
  for (const family of Object.values(s.families)) {
    let previous: (WorkstationId | FamilyId)[] = [family.id];
    for (const step of family.route) {
      const current = step.workstations.filter((w) => s.workstations[w]);
      if (current.length === 0) continue;
      for (const from of previous) for (const to of current) if (from !== to) links.push({ familyId: family.id, from, to });
      previous = current;
    }
  }
  return links;
}

/** The unit a workstation, team or role is drawn in, or null when it is loose on the canvas. */
export function unitOf(s: Scenario, id: NodeEntityId): UnitId | null {
  const entity = s.workstations[id as WorkstationId] ?? s.teams[id as never] ?? s.roles[id as never];
  const unitId = entity && 'unitId' in entity ? entity.unitId : null;
  return unitId && s.units[unitId] ? unitId : null;
}

export const rectsOverlap = (a: Rect, b: Rect, margin = 0): boolean =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin;
