import type { NodeEntityId, Scenario, TeamId, UnitId } from '../model';
import { parentUnitOf, placeNodes, type Placement } from './defaultLayout';
import { LAYER } from './geometry';
import { deriveEdges, derivePolcaEdges } from './flowEdges';
import { ReuseCache, lastValue, reuseArray } from './reuseCache';
import type { CanvasRecords, FlowEdge, FlowGraph, FlowNode, Rect } from './types';

function membersByTeam(s: CanvasRecords): Map<TeamId, number> {
  const out = new Map<TeamId, number>();
  for (const role of Object.values(s.roles)) if (role.teamId) out.set(role.teamId, (out.get(role.teamId) ?? 0) + 1);
  return out;
}

interface Pass {
  s: CanvasRecords;
  placement: Placement;
  selected: ReadonlySet<string>;
  cache: ReuseCache<FlowNode>;
  members: Map<TeamId, number>;
}

/** Position and selection of a node; a child's position is relative to its unit. */
function frame(pass: Pass, id: NodeEntityId, unitId: UnitId | null) {
  const rect = pass.placement.get(id) as Rect;
  const parentId = parentUnitOf(pass.s, unitId);
  return { rect, parentId, selected: pass.selected.has(id) };
}

function childBase(id: string, rect: Rect, parentId: UnitId | null, selected: boolean) {
  const zIndex = selected ? LAYER.selected : LAYER.node;
  return { id, position: { x: rect.x, y: rect.y }, selected, zIndex, ...(parentId ? { parentId } : {}) };
}

function deriveNodes(pass: Pass): FlowNode[] {
  const { s, cache } = pass;
  const nodes: FlowNode[] = [];
  // Units first: React Flow needs a parent before its children in the array.
  for (const unit of Object.values(s.units)) {
    const { rect, selected } = frame(pass, unit.id, null);
    const deps = [unit, rect.x, rect.y, rect.width, rect.height, selected];
    nodes.push(
      cache.get(unit.id, deps, () => ({
        id: unit.id,
        type: 'unit',
        position: { x: rect.x, y: rect.y },
        width: rect.width,
        height: rect.height,
        selected,
        zIndex: LAYER.unit,
        data: { unit },
      })),
    );
  }
  Object.values(s.families).forEach((family, pattern) => {
    const { rect, selected } = frame(pass, family.id, null);
    const deps = [family, pattern, rect.x, rect.y, selected];
    const data = { family, pattern, stepCount: family.route.length };
    nodes.push(
      cache.get(family.id, deps, () => ({ ...childBase(family.id, rect, null, selected), type: 'family', data })),
    );
  });
  for (const ws of Object.values(s.workstations)) {
    const { rect, parentId, selected } = frame(pass, ws.id, ws.unitId);
    const deps = [ws, rect.x, rect.y, parentId, selected];
    const node = () => ({
      ...childBase(ws.id, rect, parentId, selected),
      type: 'workstation' as const,
      data: { workstation: ws },
    });
    nodes.push(cache.get(ws.id, deps, node));
  }
  deriveTeamsAndRoles(pass, nodes);
  return nodes;
}

function deriveTeamsAndRoles(pass: Pass, nodes: FlowNode[]): void {
  const { s, cache, members } = pass;
  for (const team of Object.values(s.teams)) {
    const { rect, parentId, selected } = frame(pass, team.id, team.unitId);
    const memberCount = members.get(team.id) ?? 0;
    const deps = [team, rect.x, rect.y, parentId, selected, memberCount];
    const data = { team, memberCount };
    nodes.push(
      cache.get(team.id, deps, () => ({ ...childBase(team.id, rect, parentId, selected), type: 'team', data })),
    );
  }
  for (const role of Object.values(s.roles)) {
    const { rect, parentId, selected } = frame(pass, role.id, role.unitId);
    const teamName = (role.teamId && s.teams[role.teamId]?.name) || null;
    // The task chips are not node data: the card reads them itself (roleChips.ts).
    const deps = [role, rect.x, rect.y, parentId, selected, teamName];
    nodes.push(
      cache.get(role.id, deps, () => ({
        ...childBase(role.id, rect, parentId, selected),
        type: 'role',
        data: { role, teamName },
      })),
    );
  }
}

/**
 * Returns a memoising scenario → React Flow graph function. Nodes and edges whose inputs
 * are unchanged keep their identity between calls, and an unchanged graph is returned as
 * the same object, so an edit re-renders only what it touched.
 */
export function createFlowDeriver(): (scenario: CanvasRecords, selection?: readonly string[]) => FlowGraph {
  const nodeCache = new ReuseCache<FlowNode>();
  const edgeCache = new ReuseCache<FlowEdge>();
  const polcaCache = new ReuseCache<FlowEdge>();
  // Each part is rebuilt only when the records it reads changed: a selection change or a
  // task edit does not re-place nodes or re-route edges.
  const placementOf = lastValue<Placement>();
  const membersOf = lastValue<Map<TeamId, number>>();
  const edgesOf = lastValue<FlowEdge[]>();
  const polcaEdgesOf = lastValue<FlowEdge[]>();
  let last: FlowGraph | null = null;
  return (s, selection = []) => {
    const placement = placementOf([s.units, s.workstations, s.families, s.teams, s.roles, s.layout], () =>
      placeNodes(s),
    );
    const members = membersOf([s.roles], () => membersByTeam(s));
    const selected = new Set(selection);
    const nodes = deriveNodes({ s, placement, selected, cache: nodeCache, members });
    nodeCache.commit();
    const edges = edgesOf([s.families, s.workstations, s.roles, s.teams], () => {
      const derived = deriveEdges(s, edgeCache);
      edgeCache.commit();
      return derived;
    });
    const polcaEdges = polcaEdgesOf([s.polcaLoops, s.units, selection], () => {
      const derived = derivePolcaEdges(s, selected, polcaCache);
      polcaCache.commit();
      return derived;
    });
    const allEdges = polcaEdges.length > 0 ? [...edges, ...polcaEdges] : edges;
    const graph = { nodes: reuseArray(last?.nodes, nodes), edges: reuseArray(last?.edges, allEdges) };
    if (last && graph.nodes === last.nodes && graph.edges === last.edges) return last;
    last = graph;
    return graph;
  };
}

/** Pure scenario → nodes and edges (no memo across calls); `selection` marks nodes selected. */
export function toFlow(scenario: Scenario, selection: readonly string[] = []): FlowGraph {
  return createFlowDeriver()(scenario, selection);
}
