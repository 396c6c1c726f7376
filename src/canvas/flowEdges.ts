import type { Family, PolcaLoop } from '../model';
import { LAYER } from './geometry';
import { POLCA_COLOUR, POLCA_SOURCE_HANDLE, POLCA_TARGET_HANDLE } from './polca';
import type { ReuseCache } from './reuseCache';
import { routeStyle } from './routeStyles';
import type { CanvasRecords, FlowEdge, MemberEdge, PolcaEdge, RouteEdge } from './types';

interface RouteLink {
  id: string;
  source: string;
  target: string;
  family: Family;
  pattern: number;
}

/**
 * A family's route as links: family → every workstation of step 1, then every
 * workstation of step i → every workstation of step i + 1 (a step is "L1 or L2").
 */
export function routeLinks(family: Family, pattern: number): RouteLink[] {
  const links: RouteLink[] = [];
  let previous: readonly string[] = [family.id];
  family.route.forEach((step, i) => {
    for (const source of previous)
      for (const target of step.workstations)
        links.push({ id: `route:${family.id}:${i}:${source}>${target}`, source, target, family, pattern });
    previous = step.workstations;
  });
  return links;
}

/** Numbers the links that share the same two ends, so the edge component can draw them apart. */
function parallelPositions(links: RouteLink[]): Map<string, [number, number]> {
  const byPair = new Map<string, string[]>();
  for (const link of links) {
    const key = link.source < link.target ? `${link.source}|${link.target}` : `${link.target}|${link.source}`;
    const list = byPair.get(key);
    if (list) list.push(link.id);
    else byPair.set(key, [link.id]);
  }
  const out = new Map<string, [number, number]>();
  for (const ids of byPair.values()) ids.forEach((id, i) => out.set(id, [i, ids.length]));
  return out;
}

function routeEdge(link: RouteLink, parallelIndex: number, parallelCount: number): RouteEdge {
  const { colour } = routeStyle(link.pattern);
  return {
    id: link.id,
    type: 'route',
    zIndex: LAYER.edge,
    source: link.source,
    target: link.target,
    markerEnd: { type: 'arrowclosed', color: colour, width: 16, height: 16 },
    ariaLabel: link.family.name,
    data: {
      familyId: link.family.id,
      familyName: link.family.name,
      pattern: link.pattern,
      parallelIndex,
      parallelCount,
    },
  };
}

function memberEdge(roleId: string, teamId: string): MemberEdge {
  return {
    id: `member:${roleId}>${teamId}`,
    type: 'member',
    zIndex: LAYER.edge,
    source: roleId,
    target: teamId,
    // Marker colours are SVG attributes, where CSS variables do not resolve: --kind-team.
    markerEnd: { type: 'arrowclosed', color: '#009e73', width: 14, height: 14 },
    data: {},
  };
}

/** Route edges of every family (colour/dash by family order) and role → team membership edges. */
export function deriveEdges(s: CanvasRecords, cache: ReuseCache<FlowEdge>): FlowEdge[] {
  const links: RouteLink[] = [];
  Object.values(s.families).forEach((family, pattern) => {
    for (const link of routeLinks(family, pattern)) if (link.target in s.workstations) links.push(link);
  });
  const parallel = parallelPositions(links);
  const edges: FlowEdge[] = links.map((link) => {
    const [index, count] = parallel.get(link.id) ?? [0, 1];
    return cache.get(link.id, [link.family, link.pattern, index, count], () => routeEdge(link, index, count));
  });
  for (const role of Object.values(s.roles)) {
    const team = role.teamId ? s.teams[role.teamId] : undefined;
    if (!team) continue;
    const id = `member:${role.id}>${team.id}`;
    edges.push(cache.get(id, [], () => memberEdge(role.id, team.id)));
  }
  return edges;
}

function polcaEdge(loop: PolcaLoop, fromName: string, toName: string, selected: boolean): PolcaEdge {
  return {
    id: loop.id,
    type: 'polca',
    zIndex: LAYER.edge,
    source: loop.fromUnitId,
    target: loop.toUnitId,
    sourceHandle: POLCA_SOURCE_HANDLE,
    targetHandle: POLCA_TARGET_HANDLE,
    selected,
    markerEnd: { type: 'arrowclosed', color: POLCA_COLOUR, width: 14, height: 14 },
    ariaLabel: `POLCA: ${fromName} → ${toName}`,
    data: { loopId: loop.id, fromName, toName },
  };
}

/**
 * One edge per POLCA loop between the two cells' POLCA points. Unlike route edges these
 * are selected through the store (the loop is a document entity the inspector edits), so
 * their selection comes from `selected`. Loops whose units are gone are skipped.
 */
export function derivePolcaEdges(
  s: CanvasRecords,
  selected: ReadonlySet<string>,
  cache: ReuseCache<FlowEdge>,
): FlowEdge[] {
  const edges: FlowEdge[] = [];
  for (const loop of Object.values(s.polcaLoops)) {
    const from = s.units[loop.fromUnitId];
    const to = s.units[loop.toUnitId];
    if (!from || !to) continue;
    const isSelected = selected.has(loop.id);
    edges.push(
      cache.get(loop.id, [loop, from.name, to.name, isSelected], () => polcaEdge(loop, from.name, to.name, isSelected)),
    );
  }
  return edges;
}
