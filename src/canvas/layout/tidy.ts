import type { NodeEntityId, RoleId, Scenario, UnitId, WorkstationId } from '../../model';
import { placeNodes } from '../defaultLayout';
import type { ChildKind, Rect, Size } from '../types';
import { arrangeTopLevel } from './topLevel';
import {
  SPACING,
  rectsOverlap,
  routeLinks,
  sizeOf,
  snapDown,
  unitOf,
  type ChildItem,
  type Item,
  type LayoutMove,
  type TidyOptions,
} from './types';
import { layoutUnit, type InteriorContext, type UnitInterior } from './unitLayout';

/** Every workstation, team and role with the unit it is drawn in (null: loose on the canvas). */
function childrenOf(s: Scenario, sizes: TidyOptions['sizes']): { id: NodeEntityId; kind: ChildKind; unitId: UnitId | null; size: Size }[] {
  const entries: [NodeEntityId, ChildKind][] = [
    ...Object.keys(s.workstations).map((id) => [id, 'workstation'] as [NodeEntityId, ChildKind]),
    ...Object.keys(s.teams).map((id) => [id, 'team'] as [NodeEntityId, ChildKind]),
    ...Object.keys(s.roles).map((id) => [id, 'role'] as [NodeEntityId, ChildKind]),
  ];
  return entries.map(([id, kind]) => ({ id, kind, unitId: unitOf(s, id), size: sizeOf(id, kind, sizes) }));
}

const isNode = (s: Scenario, id: string): boolean =>
  [s.units, s.workstations, s.families, s.teams, s.roles].some((r) => Object.hasOwn(r, id));

/**
 * The top-level items to lay out: null for the whole scenario, else the selected nodes
 * (two or more), a selected child standing for its unit since a unit is laid out as a whole.
 */
export function selectedTopLevel(s: Scenario, selection: readonly string[]): Set<NodeEntityId> | null {
  const nodes = selection.filter((id) => isNode(s, id)) as NodeEntityId[];
  if (nodes.length < 2) return null;
  return new Set(nodes.map((id) => unitOf(s, id) ?? id));
}

function makeWorkstationsOf(s: Scenario): Map<RoleId, WorkstationId[]> {
  const out = new Map<RoleId, WorkstationId[]>();
  for (const task of Object.values(s.tasks)) {
    if (task.kind !== 'make') continue;
    for (const roleId of Object.keys(task.assignments) as RoleId[]) out.set(roleId, [...(out.get(roleId) ?? []), ...task.scope]);
  }
  return out;
}

/** The items of the top level, each unit sized by its freshly laid-out interior. */
function topLevelItems(s: Scenario, scope: Set<NodeEntityId> | null, options: TidyOptions) {
  const ctx: InteriorContext = { s, links: routeLinks(s), makeWorkstations: makeWorkstationsOf(s) };
  const children = childrenOf(s, options.sizes);
  const inScope = (id: NodeEntityId) => scope === null || scope.has(id);
  const items: Item[] = [];
  const interiors = new Map<UnitId, UnitInterior>();
  for (const unit of Object.values(s.units)) {
    if (!inScope(unit.id)) continue;
    const mine: ChildItem[] = children.filter((c) => c.unitId === unit.id);
    const interior = layoutUnit(ctx, unit, mine);
    interiors.set(unit.id, interior);
    items.push({ id: unit.id, kind: 'unit', size: interior.size });
  }
  for (const id of Object.keys(s.families) as NodeEntityId[])
    if (inScope(id)) items.push({ id, kind: 'family', size: sizeOf(id, 'family', options.sizes) });
  for (const c of children) if (c.unitId === null && inScope(c.id)) items.push({ id: c.id, kind: c.kind, size: c.size });
  return { items, interiors, links: ctx.links };
}

function topLeft(rects: Iterable<Rect>): { x: number; y: number } | null {
  let x = Infinity;
  let y = Infinity;
  for (const r of rects) {
    x = Math.min(x, r.x);
    y = Math.min(y, r.y);
  }
  return Number.isFinite(x) ? { x, y } : null;
}

const shifted = (rects: Map<string, Rect>, dx: number, dy: number): Map<string, Rect> =>
  new Map([...rects].map(([id, r]) => [id, { ...r, x: snapDown(r.x + dx), y: snapDown(r.y + dy) }]));

/**
 * Puts the laid-out block where the tidied nodes were (top-left on top-left), so the view
 * does not jump; a selection block that would cover other nodes slides down or right to
 * the nearest free place.
 */
function anchor(layout: Map<string, Rect>, before: Map<string, Rect>, others: readonly Rect[]): Map<string, Rect> {
  const from = topLeft(layout.values());
  const to = topLeft(before.values()) ?? { x: 0, y: 0 };
  if (!from) return layout;
  const clear = (m: Map<string, Rect>) => [...m.values()].every((r) => others.every((o) => !rectsOverlap(r, o, SPACING.padding)));
  const step = 2 * SPACING.padding;
  for (let k = 0; k < 2000; k++) {
    const candidate = shifted(layout, to.x - from.x + (k % 2) * Math.ceil(k / 2) * step, to.y - from.y + ((k + 1) % 2) * Math.ceil(k / 2) * step);
    if (clear(candidate)) return candidate;
  }
  const below = Math.max(...others.map((o) => o.y + o.height)) + SPACING.block;
  return shifted(layout, to.x - from.x, below - from.y);
}

/**
 * "Tidy up": lays out the scenario, or only the selected nodes when two or more are
 * selected, and returns the moves for ONE `moveNodes` command. Route order runs left to
 * right, units are laid out as groups (their children inside, their size recomputed),
 * families stand on the left, and no two boxes overlap.
 */
export function tidyLayout(s: Scenario, options: TidyOptions = {}): LayoutMove[] {
  const scope = selectedTopLevel(s, options.selection ?? []);
  const { items, interiors, links } = topLevelItems(s, scope, options);
  if (items.length === 0) return [];
  const current = placeNodes(s);
  const ids = new Set(items.map((i) => i.id as string));
  const before = new Map<string, Rect>();
  const others: Rect[] = [];
  const topLevel = new Set<string>([...Object.keys(s.units), ...Object.keys(s.families)]);
  for (const c of childrenOf(s, undefined)) if (c.unitId === null) topLevel.add(c.id);
  for (const id of topLevel) {
    const rect = current.get(id as NodeEntityId);
    if (!rect) continue;
    if (ids.has(id)) before.set(id, rect);
    else others.push(rect);
  }
  const placed = anchor(arrangeTopLevel(s, items, links), before, others);
  return movesOf(placed, interiors);
}

function movesOf(placed: Map<string, Rect>, interiors: Map<UnitId, UnitInterior>): LayoutMove[] {
  const moves: LayoutMove[] = [];
  for (const [id, r] of placed) {
    const interior = interiors.get(id as UnitId);
    const position = interior ? { x: r.x, y: r.y, width: r.width, height: r.height } : { x: r.x, y: r.y };
    moves.push({ id: id as NodeEntityId, position });
    for (const [childId, c] of interior?.rects ?? []) moves.push({ id: childId, position: { x: c.x, y: c.y } });
  }
  return moves;
}
