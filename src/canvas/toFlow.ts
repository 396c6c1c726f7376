import {
  TASK_KINDS,
  type NodeEntityId,
  type RoleId,
  type Scenario,
  type Task,
  type TaskKind,
  type TeamId,
  type UnitId,
} from '../model';
import { parentUnitOf, placeNodes, type Placement } from './defaultLayout';
import { LAYER } from './geometry';
import { deriveEdges, derivePolcaEdges } from './flowEdges';
import { ReuseCache, lastValue, reuseArray } from './reuseCache';
import type { FlowEdge, FlowGraph, FlowNode, Rect, TaskChip } from './types';

const KIND_RANK = Object.fromEntries(TASK_KINDS.map((k, i) => [k, i])) as Record<TaskKind, number>;

/** Tasks each role holds, in kind order then by name: the chips on the role card. */
function tasksByRole(s: Scenario): Map<RoleId, Task[]> {
  const out = new Map<RoleId, Task[]>();
  for (const task of Object.values(s.tasks)) {
    for (const roleId of Object.keys(task.assignments) as RoleId[]) {
      const list = out.get(roleId);
      if (list) list.push(task);
      else out.set(roleId, [task]);
    }
  }
  for (const list of out.values())
    list.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.name.localeCompare(b.name));
  return out;
}

const toChip = (task: Task, roleId: RoleId): TaskChip => ({
  taskId: task.id,
  name: task.name,
  kind: task.kind,
  level: task.control?.level ?? null,
  share: task.assignments[roleId] ?? 0,
});

function membersByTeam(s: Scenario): Map<TeamId, number> {
  const out = new Map<TeamId, number>();
  for (const role of Object.values(s.roles)) if (role.teamId) out.set(role.teamId, (out.get(role.teamId) ?? 0) + 1);
  return out;
}

interface Pass {
  s: Scenario;
  placement: Placement;
  selected: ReadonlySet<string>;
  cache: ReuseCache<FlowNode>;
  members: Map<TeamId, number>;
  held: Map<RoleId, Task[]>;
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
  const { s, cache, members, held } = pass;
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
    const tasks = held.get(role.id) ?? [];
    // The task objects are deps: a chip changes exactly when its task does.
    const deps = [role, rect.x, rect.y, parentId, selected, teamName, ...tasks];
    nodes.push(
      cache.get(role.id, deps, () => ({
        ...childBase(role.id, rect, parentId, selected),
        type: 'role',
        data: { role, teamName, chips: tasks.map((task) => toChip(task, role.id)) },
      })),
    );
  }
}

/**
 * Returns a memoising scenario → React Flow graph function. Nodes and edges whose inputs
 * are unchanged keep their identity between calls, and an unchanged graph is returned as
 * the same object, so an edit re-renders only what it touched.
 */
export function createFlowDeriver(): (scenario: Scenario, selection?: readonly string[]) => FlowGraph {
  const nodeCache = new ReuseCache<FlowNode>();
  const edgeCache = new ReuseCache<FlowEdge>();
  const polcaCache = new ReuseCache<FlowEdge>();
  // Each part is rebuilt only when the records it reads changed: a selection change or a
  // task edit does not re-place nodes or re-route edges.
  const placementOf = lastValue<Placement>();
  const membersOf = lastValue<Map<TeamId, number>>();
  const heldOf = lastValue<Map<RoleId, Task[]>>();
  const edgesOf = lastValue<FlowEdge[]>();
  const polcaEdgesOf = lastValue<FlowEdge[]>();
  let last: FlowGraph | null = null;
  return (s, selection = []) => {
    const placement = placementOf([s.units, s.workstations, s.families, s.teams, s.roles, s.layout], () =>
      placeNodes(s),
    );
    const members = membersOf([s.roles], () => membersByTeam(s));
    const held = heldOf([s.tasks], () => tasksByRole(s));
    const selected = new Set(selection);
    const nodes = deriveNodes({ s, placement, selected, cache: nodeCache, members, held });
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
