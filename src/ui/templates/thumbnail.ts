import type { NodeEntityId, Scenario, UnitKind } from '../../model';

/**
 * A scenario's canvas layout reduced to a small picture: unit boxes, the nodes inside them and
 * the families' routes, in absolute canvas coordinates with a viewBox around them. Pure, so the
 * gallery can draw it as SVG and tests can check it without a browser.
 */

export type ThumbnailNodeKind = 'workstation' | 'team' | 'role' | 'family';

export interface ThumbnailRect {
  id: NodeEntityId;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Thumbnail {
  viewBox: { x: number; y: number; width: number; height: number };
  units: (ThumbnailRect & { kind: UnitKind })[];
  nodes: (ThumbnailRect & { kind: ThumbnailNodeKind })[];
  /** Per family: the family node, then the first workstation of each route step (centres). */
  routes: { x: number; y: number }[][];
}

/** The canvas's nominal node sizes (src/canvas/geometry.ts), so the picture matches the canvas. */
const SIZE: Record<ThumbnailNodeKind, { width: number; height: number }> = {
  workstation: { width: 160, height: 60 },
  family: { width: 176, height: 64 },
  team: { width: 160, height: 40 },
  role: { width: 160, height: 88 },
};
const UNIT_FALLBACK = { width: 360, height: 240 };
const MARGIN = 24;

export function scenarioThumbnail(s: Scenario): Thumbnail {
  const units: Thumbnail['units'] = [];
  const origin = new Map<string, { x: number; y: number }>();
  for (const u of Object.values(s.units)) {
    const pos = s.layout[u.id];
    if (!pos) continue;
    const rect = {
      id: u.id,
      kind: u.kind,
      x: pos.x,
      y: pos.y,
      width: pos.width ?? UNIT_FALLBACK.width,
      height: pos.height ?? UNIT_FALLBACK.height,
    };
    units.push(rect);
    origin.set(u.id, rect);
  }
  const nodes: Thumbnail['nodes'] = [];
  const place = (id: NodeEntityId, kind: ThumbnailNodeKind, unitId: string | null) => {
    const pos = s.layout[id];
    if (!pos) return;
    // Children are stored relative to their unit; a child of a unit that is not drawn is left out.
    const base = unitId ? origin.get(unitId) : { x: 0, y: 0 };
    if (!base) return;
    nodes.push({ id, kind, x: base.x + pos.x, y: base.y + pos.y, ...SIZE[kind] });
  };
  for (const f of Object.values(s.families)) place(f.id, 'family', null);
  for (const w of Object.values(s.workstations)) place(w.id, 'workstation', w.unitId);
  for (const t of Object.values(s.teams)) place(t.id, 'team', t.unitId);
  for (const r of Object.values(s.roles)) place(r.id, 'role', r.unitId);

  const byId = new Map(nodes.map((n) => [n.id as string, n]));
  const centre = (id: string) => {
    const n = byId.get(id);
    return n ? { x: n.x + n.width / 2, y: n.y + n.height / 2 } : null;
  };
  const routes = Object.values(s.families)
    .map((f) => [centre(f.id), ...f.route.map((step) => (step.workstations[0] ? centre(step.workstations[0]) : null))])
    .map((points) => points.filter((p): p is { x: number; y: number } => p !== null))
    .filter((points) => points.length > 1);

  return { viewBox: bounds([...units, ...nodes]), units, nodes, routes };
}

function bounds(rects: { x: number; y: number; width: number; height: number }[]): Thumbnail['viewBox'] {
  if (rects.length === 0) return { x: 0, y: 0, width: 100, height: 60 };
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rects) {
    left = Math.min(left, r.x);
    top = Math.min(top, r.y);
    right = Math.max(right, r.x + r.width);
    bottom = Math.max(bottom, r.y + r.height);
  }
  return { x: left - MARGIN, y: top - MARGIN, width: right - left + 2 * MARGIN, height: bottom - top + 2 * MARGIN };
}

/** The `viewBox` attribute for a thumbnail. */
export const viewBoxOf = (t: Thumbnail): string =>
  `${t.viewBox.x} ${t.viewBox.y} ${t.viewBox.width} ${t.viewBox.height}`;
