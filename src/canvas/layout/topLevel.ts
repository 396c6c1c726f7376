import { UNIT_KINDS, type NodeEntityId, type Scenario, type UnitId } from '../../model';
import type { Rect } from '../types';
import { dagreBlock, weighEdges } from './dagreBlock';
import { SHELF_MIN_WIDTH, SPACING, unitOf, type Item, type RouteLink } from './types';

/** Where a route link ends on the top level: the workstation's unit, else the workstation itself. */
const containerOf = (s: Scenario, id: string): string => (id.startsWith('ws:') ? (unitOf(s, id as NodeEntityId) ?? id) : id);

/** Route links between top-level items: family → unit → unit, each pair weighted by the steps it carries. */
export function topLevelLinks(s: Scenario, links: readonly RouteLink[], ids: ReadonlySet<string>) {
  const lifted = links
    .map((l) => ({ from: containerOf(s, l.from), to: containerOf(s, l.to) }))
    .filter((l) => l.from !== l.to && ids.has(l.from) && ids.has(l.to));
  return weighEdges(lifted);
}

const KIND_RANK: Record<string, number> = { workstation: 1, team: 2, role: 3 };

function nameOf(s: Scenario, id: string): string {
  const records = [s.units, s.families, s.workstations, s.teams, s.roles] as Record<string, { name: string }>[];
  return records.find((r) => Object.hasOwn(r, id))?.[id]?.name ?? '';
}

/** Units first (by kind: cells to management), then loose workstations, teams and roles, each by name. */
function shelfOrder(s: Scenario) {
  const rank = (item: Item) =>
    item.kind === 'unit' ? UNIT_KINDS.indexOf(s.units[item.id as UnitId]?.kind ?? 'functional') : 10 + (KIND_RANK[item.kind] ?? 0);
  return (a: Item, b: Item) => rank(a) - rank(b) || nameOf(s, a.id).localeCompare(nameOf(s, b.id)) || (a.id < b.id ? -1 : 1);
}

/** Rows of items left to right, wrapping at `maxWidth`, starting at `top`. */
function shelf(items: readonly Item[], top: number, maxWidth: number, out: Map<string, Rect>): void {
  let x = 0;
  let y = top;
  let rowHeight = 0;
  for (const item of items) {
    if (x > 0 && x + item.size.width > maxWidth) {
      x = 0;
      y += rowHeight + SPACING.block;
      rowHeight = 0;
    }
    out.set(item.id, { x, y, ...item.size });
    x += item.size.width + SPACING.block;
    rowHeight = Math.max(rowHeight, item.size.height);
  }
}

/**
 * Families in one column left of the flow, each as close to its dagre height as the
 * column allows, so route lines start on the left and run right.
 */
function familiesColumn(families: readonly Item[], flow: Map<string, Rect>, s: Scenario): void {
  const others = [...flow.entries()].filter(([id]) => !id.startsWith('family:')).map(([, r]) => r);
  const left = others.length ? Math.min(...others.map((r) => r.x)) : 0;
  const width = Math.max(...families.map((f) => f.size.width));
  const x = others.length ? left - SPACING.block - width : 0;
  const dagreY = (f: Item) => flow.get(f.id)?.y ?? Infinity;
  const ordered = [...families].sort((a, b) => dagreY(a) - dagreY(b) || nameOf(s, a.id).localeCompare(nameOf(s, b.id)));
  let next = -Infinity;
  for (const f of ordered) {
    const wanted = Number.isFinite(dagreY(f)) ? dagreY(f) : next;
    const y = Number.isFinite(next) ? Math.max(wanted, next) : Number.isFinite(wanted) ? wanted : 0;
    flow.set(f.id, { x, y, ...f.size });
    next = y + f.size.height + SPACING.node;
  }
}

const bottomOf = (rects: readonly Rect[]): number => Math.max(0, ...rects.map((r) => r.y + r.height));
/** Right edge of the families column plus the gap: where the rest starts when nothing is on a route. */
const familiesRight = (rects: Map<string, Rect>): number =>
  Math.max(...[...rects].filter(([id]) => id.startsWith('family:')).map(([, r]) => r.x + r.width)) + SPACING.block;
const boundsOf = (rects: Iterable<Rect>) => {
  const list = [...rects];
  const left = Math.min(...list.map((r) => r.x));
  return { left, width: Math.max(...list.map((r) => r.x + r.width)) - left };
};

/**
 * The top level: items on a route flow left to right with dagre (families in a column on
 * the left), items off every route on a shelf below. Boxes relative to an arbitrary origin.
 */
export function arrangeTopLevel(s: Scenario, items: readonly Item[], links: readonly RouteLink[]): Map<string, Rect> {
  const ids = new Set(items.map((i) => i.id as string));
  const edges = topLevelLinks(s, links, ids);
  const onFlow = new Set(edges.flatMap((e) => [e.from, e.to]));
  const ordered = [...items].sort(shelfOrder(s));
  const families = ordered.filter((i) => i.kind === 'family');
  const flowItems = ordered.filter((i) => onFlow.has(i.id));
  const out = flowItems.length ? dagreBlock(flowItems, edges, SPACING) : new Map<string, Rect>();
  if (families.length) familiesColumn(families, out, s);
  // The shelf lines up with the flow, right of the families column, so families stay leftmost.
  const rest = ordered.filter((i) => !out.has(i.id));
  const flow = [...out].filter(([id]) => !id.startsWith('family:')).map(([, r]) => r);
  const top = flow.length ? bottomOf(flow) + SPACING.block : 0;
  const bounds = flow.length ? boundsOf(flow) : { left: families.length ? familiesRight(out) : 0, width: 0 };
  const shelved = new Map<string, Rect>();
  shelf(rest, top, Math.max(bounds.width, SHELF_MIN_WIDTH), shelved);
  for (const [id, r] of shelved) out.set(id, { ...r, x: r.x + bounds.left });
  return out;
}
