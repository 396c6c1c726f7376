import { parentUnitOf, placeNodes } from '../../canvas/defaultLayout';
import { heldTasksByRole } from '../../canvas/roleChips';
import type { NodeEntityId, RoleId, Scenario } from '../../model';
import type { Box, DrawOp, Measure } from './ops';
import { memberEdgeOps, polcaEdgeOps, routeEdgeOps } from './sceneEdges';
import {
  familyOps,
  roleHeight,
  roleOps,
  teamOps,
  unitOps,
  workstationOps,
  type NodeDrawContext,
  type RoleCard,
  type Translate,
} from './sceneNodes';

/**
 * The organisation canvas as a drawing, computed from the model's layout alone (the same
 * placement the editor uses), so the report and the pictures work without the canvas
 * being on screen. Pure: the texts and the text widths are passed in.
 */

export interface SceneOptions {
  measure: Measure;
  t: Translate;
  /** Draw only these nodes (a unit brings what lies in it); everything when null. */
  only?: ReadonlySet<string> | null;
  /** Empty space around the drawing, in canvas pixels. */
  padding?: number;
}

export interface CanvasScene {
  /** What the drawing covers, padding included (canvas pixels). */
  bounds: Box;
  ops: DrawOp[];
  /** Node boxes in canvas pixels, by id. */
  boxes: Map<string, Box>;
}

type Kind = 'unit' | 'workstation' | 'family' | 'team' | 'role';

function absoluteBoxes(s: Scenario): Map<NodeEntityId, { box: Box; kind: Kind; parent: string | null }> {
  const placement = placeNodes(s);
  const out = new Map<NodeEntityId, { box: Box; kind: Kind; parent: string | null }>();
  const put = (id: NodeEntityId, kind: Kind, unitId: string | null) => {
    const rect = placement.get(id);
    if (!rect) return;
    const parent = kind === 'unit' || kind === 'family' ? null : parentUnitOf(s, unitId as never);
    const origin = parent ? placement.get(parent) : undefined;
    out.set(id, { kind, parent, box: { x: rect.x + (origin?.x ?? 0), y: rect.y + (origin?.y ?? 0), w: rect.width, h: rect.height } });
  };
  for (const u of Object.values(s.units)) put(u.id, 'unit', null);
  for (const f of Object.values(s.families)) put(f.id, 'family', null);
  for (const w of Object.values(s.workstations)) put(w.id, 'workstation', w.unitId);
  for (const t of Object.values(s.teams)) put(t.id, 'team', t.unitId);
  for (const r of Object.values(s.roles)) put(r.id, 'role', r.unitId);
  return out;
}

function roleCards(s: Scenario, t: Translate): Map<RoleId, RoleCard> {
  const held = heldTasksByRole(s.tasks);
  const cards = new Map<RoleId, RoleCard>();
  for (const role of Object.values(s.roles)) {
    const tasks = held.get(role.id) ?? [];
    const chips = tasks.map((task) => ({
      kind: task.kind,
      label: `${t(`model.taskKindShort.${task.kind}`)}${task.control ? `·${t(`model.controlLevelShort.${task.control.level}`)}` : ''}`,
    }));
    cards.set(role.id, { role, teamName: (role.teamId && s.teams[role.teamId]?.name) || null, chips });
  }
  return cards;
}

function included(all: ReturnType<typeof absoluteBoxes>, only: ReadonlySet<string> | null | undefined): Set<string> {
  if (!only) return new Set(all.keys());
  const out = new Set<string>();
  for (const [id, node] of all) if (only.has(id) || (node.parent !== null && only.has(node.parent))) out.add(id);
  return out;
}

function union(boxes: Iterable<Box>, padding: number): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  if (x0 === Infinity) return { x: 0, y: 0, w: 2 * padding, h: 2 * padding };
  return { x: x0 - padding, y: y0 - padding, w: x1 - x0 + 2 * padding, h: y1 - y0 + 2 * padding };
}

function nodeOps(s: Scenario, id: string, kind: Kind, box: Box, c: NodeDrawContext, extra: Extra): DrawOp[] {
  switch (kind) {
    case 'unit':
      return unitOps(s.units[id as never]!, box, c);
    case 'workstation':
      return workstationOps(s.workstations[id as never]!, box, c);
    case 'family':
      return familyOps(s.families[id as never]!, extra.patterns.get(id) ?? 0, box, c);
    case 'team':
      return teamOps(s.teams[id as never]!, extra.members.get(id) ?? 0, box, c);
    case 'role':
      return roleOps(extra.cards.get(id as RoleId)!, box, c);
  }
}

interface Extra {
  patterns: Map<string, number>;
  members: Map<string, number>;
  cards: Map<RoleId, RoleCard>;
}

/** Units at the bottom, then lines, then every other node: the canvas's stacking. */
export function buildCanvasScene(s: Scenario, o: SceneOptions): CanvasScene {
  const c: NodeDrawContext = { measure: o.measure, t: o.t };
  const all = absoluteBoxes(s);
  const keep = included(all, o.only);
  const extra: Extra = {
    patterns: new Map(Object.keys(s.families).map((id, i) => [id, i])),
    members: new Map(),
    cards: roleCards(s, o.t),
  };
  for (const r of Object.values(s.roles)) if (r.teamId) extra.members.set(r.teamId, (extra.members.get(r.teamId) ?? 0) + 1);
  const boxes = new Map<string, Box>();
  for (const [id, node] of all) {
    if (!keep.has(id)) continue;
    const role = node.kind === 'role' ? s.roles[id as RoleId] : undefined;
    boxes.set(id, role ? { ...node.box, h: roleHeight(role, node.box.w, node.box.h, c) } : node.box);
  }
  const units: DrawOp[] = [];
  const others: DrawOp[] = [];
  for (const [id, box] of boxes) {
    const kind = (all.get(id as NodeEntityId) as { kind: Kind }).kind;
    (kind === 'unit' ? units : others).push(...nodeOps(s, id, kind, box, c, extra));
  }
  const obstacles = [...boxes].filter(([id]) => all.get(id as NodeEntityId)?.kind !== 'unit').map(([, b]) => b);
  const edges = [...memberEdgeOps(s, boxes), ...routeEdgeOps(s, boxes, o.measure, obstacles), ...polcaEdgeOps(s, boxes)];
  return { bounds: union(boxes.values(), o.padding ?? 24), ops: [...units, ...edges, ...others], boxes };
}
