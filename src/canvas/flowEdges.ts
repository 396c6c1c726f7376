import type { Family, Scenario } from '../model';
import { LAYER } from './geometry';
import type { ReuseCache } from './reuseCache';
import { routeStyle } from './routeStyles';
import type { FlowEdge, MemberEdge, RouteEdge } from './types';

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
export function deriveEdges(s: Scenario, cache: ReuseCache<FlowEdge>): FlowEdge[] {
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
