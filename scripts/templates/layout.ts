import type { NodeLayout, Scenario } from '../../src/model/types';
import type { NodeEntityId, RoleId, TeamId, UnitId, WorkstationId } from '../../src/model/ids';

/**
 * A tidy, deterministic canvas layout for the templates: families in a column on the left,
 * units as group boxes in rows the template names, and inside each unit its workstations,
 * then each team (its roles with the team pill to their right, where membership edges end),
 * then the team-less roles. Sizes are the canvas's nominal node sizes (src/canvas/geometry).
 */

const NODE = {
  workstation: { w: 160, h: 60 },
  family: { w: 176, h: 64 },
  team: { w: 160, h: 40 },
  // Taller than the canvas's nominal 88: a card with a flag badge and wide control chips grows.
  role: { w: 160, h: 104 },
};
const HEADER = 44;
const PAD = 16;
const GAP_X = 24;
const GAP_Y = 24;
const UNIT_GAP = 64;
/** Right of a stack the gap is wider: POLCA loops leave the stacked cells there, with their labels. */
const STACK_GAP = 128;
/** Units start right of the family column, with room for the route edges to fan out. */
const UNITS_LEFT = NODE.family.w + 120;

export interface LayoutPlan {
  /**
   * Rows of units, left to right; an entry that is a list is a stack of units drawn one above
   * the other with one width (e.g. two cells both feeding a shared unit on their right).
   */
  rows: (string | string[])[][];
  /** Node columns inside a unit (default: its workstations, 2–4). */
  columns?: Record<string, number>;
}

const colX = (col: number) => PAD + col * (NODE.role.w + GAP_X);
const unitWidth = (cols: number) => 2 * PAD + cols * NODE.role.w + (cols - 1) * GAP_X;

interface UnitBox {
  width: number;
  height: number;
  children: Map<NodeEntityId, NodeLayout>;
}

function gridRows(count: number, cols: number): number {
  return Math.ceil(count / Math.max(1, cols));
}

/** Places one unit's children relative to the unit and returns the unit's size. */
function layoutUnit(s: Scenario, unitId: UnitId, cols: number): UnitBox {
  const children = new Map<NodeEntityId, NodeLayout>();
  let y = HEADER + PAD;
  const ws = Object.values(s.workstations).filter((w) => w.unitId === unitId);
  ws.forEach((w, i) =>
    children.set(w.id, { x: colX(i % cols), y: y + Math.floor(i / cols) * (NODE.workstation.h + GAP_Y) }),
  );
  if (ws.length > 0) y += gridRows(ws.length, cols) * (NODE.workstation.h + GAP_Y);
  const roleStep = NODE.role.h + GAP_Y;
  for (const team of Object.values(s.teams).filter((t) => t.unitId === unitId)) {
    const members = Object.values(s.roles).filter((r) => r.teamId === team.id);
    const roleCols = Math.max(1, cols - 1);
    members.forEach((r, i) =>
      children.set(r.id, { x: colX(i % roleCols), y: y + Math.floor(i / roleCols) * roleStep }),
    );
    const rows = Math.max(1, gridRows(members.length, roleCols));
    const blockHeight = rows * roleStep - GAP_Y;
    const teamCol = Math.min(roleCols, Math.max(1, members.length));
    children.set(team.id as TeamId, { x: colX(teamCol), y: y + Math.round((blockHeight - NODE.team.h) / 2) });
    y += rows * roleStep;
  }
  const loose = Object.values(s.roles).filter((r) => r.unitId === unitId && r.teamId === null);
  loose.forEach((r, i) => children.set(r.id as RoleId, { x: colX(i % cols), y: y + Math.floor(i / cols) * roleStep }));
  if (loose.length > 0) y += gridRows(loose.length, cols) * roleStep;
  return { width: unitWidth(cols), height: Math.max(y - GAP_Y + PAD, HEADER + 2 * PAD + NODE.team.h), children };
}

/** Fills `s.layout` from the plan; every unit of the scenario must appear in exactly one place. */
export function applyLayout(s: Scenario, plan: LayoutPlan): void {
  const listed = plan.rows.flat(2);
  const units = Object.keys(s.units).map((id) => id.slice('unit:'.length));
  const missing = units.filter((u) => !listed.includes(u));
  const unknown = listed.filter((u) => !units.includes(u));
  if (missing.length || unknown.length || new Set(listed).size !== listed.length)
    throw new Error(
      `${s.id}: layout rows must list every unit once (missing ${missing.join()}, unknown ${unknown.join()})`,
    );
  const layout: Scenario['layout'] = {};
  const boxOf = (key: string) => {
    const unitId = `unit:${key}` as UnitId;
    const wsCount = Object.values(s.workstations).filter((w) => w.unitId === unitId).length;
    const cols = plan.columns?.[key] ?? Math.min(4, Math.max(2, wsCount));
    return { unitId, box: layoutUnit(s, unitId, cols) };
  };
  let top = 0;
  for (const row of plan.rows) {
    const entries = row.map((entry) => (typeof entry === 'string' ? [entry] : entry).map(boxOf));
    const heightOf = (stack: ReturnType<typeof boxOf>[]) =>
      stack.reduce((h, b) => h + b.box.height, 0) + (stack.length - 1) * UNIT_GAP;
    // One height per row keeps the boxes aligned like a floor plan; a stack keeps its own heights.
    const rowHeight = Math.max(...entries.map(heightOf));
    let x = UNITS_LEFT;
    for (const stack of entries) {
      const width = Math.max(...stack.map((b) => b.box.width));
      let y = top;
      for (const { unitId, box } of stack) {
        const height = stack.length === 1 ? rowHeight : box.height;
        layout[unitId] = { x, y, width, height };
        for (const [id, pos] of box.children) layout[id] = pos;
        y += height + UNIT_GAP;
      }
      x += width + (stack.length > 1 ? STACK_GAP : UNIT_GAP);
    }
    top += rowHeight + UNIT_GAP;
  }
  for (const w of Object.values(s.workstations))
    if (!w.unitId) throw new Error(`${s.id}: workstation ${w.id as WorkstationId} has no unit`);
  placeFamilies(s, layout);
  s.layout = layout;
}

/**
 * Families in the left column, each level with the first workstation of its route so that
 * route lines run across rather than over other units; pushed down where they would touch.
 */
function placeFamilies(s: Scenario, layout: Scenario['layout']): void {
  const wanted = Object.values(s.families).map((f, order) => {
    const first = f.route[0]?.workstations[0];
    const ws = first ? s.workstations[first] : undefined;
    const unit = ws?.unitId ? layout[ws.unitId] : undefined;
    const pos = first ? layout[first] : undefined;
    const y = unit && pos ? unit.y + pos.y + (NODE.workstation.h - NODE.family.h) / 2 : 0;
    return { id: f.id, y, order };
  });
  wanted.sort((a, b) => a.y - b.y || a.order - b.order);
  let next = -Infinity;
  for (const { id, y } of wanted) {
    const top = Math.max(y, next);
    layout[id] = { x: 0, y: top };
    next = top + NODE.family.h + GAP_Y;
  }
}
