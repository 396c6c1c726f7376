import type { NodeEntityId, RoleId, UnitId, WorkstationId } from '../ids';
import { isFamilyId, isPolcaLoopId, isRoleId, isTeamId, isUnitId, isWorkstationId, type PolcaLoopId, type TaskId } from '../ids';
import type { NodeLayout, Project, Scenario } from '../types';
import { entityOf, scenarioOf, type ScenarioArgs } from './shared';

/** Spreads the shares of the remaining holders back to 100 % after a holder is removed. */
function renormalise(assignments: Partial<Record<RoleId, number>>): void {
  const entries = Object.entries(assignments) as [RoleId, number][];
  const sum = entries.reduce((acc, [, share]) => acc + share, 0);
  if (sum <= 0) return;
  for (const [r, share] of entries) assignments[r] = share / sum;
}

function removeWorkstation(s: Scenario, id: WorkstationId): void {
  delete s.workstations[id];
  delete s.layout[id];
  for (const family of Object.values(s.families)) {
    const before = family.route.length;
    for (const step of family.route) {
      if (step.workstations.includes(id)) step.workstations = step.workstations.filter((w) => w !== id);
    }
    if (family.route.some((step) => step.workstations.length === 0) || family.route.length !== before)
      family.route = family.route.filter((step) => step.workstations.length > 0);
  }
  for (const task of Object.values(s.tasks)) if (task.scope.includes(id)) task.scope = task.scope.filter((w) => w !== id);
  for (const role of Object.values(s.roles)) if (id in role.qualifications) delete role.qualifications[id];
}

function removeRole(s: Scenario, id: RoleId): void {
  delete s.roles[id];
  delete s.layout[id];
  for (const task of Object.values(s.tasks)) {
    if (id in task.assignments) {
      delete task.assignments[id];
      renormalise(task.assignments);
    }
  }
}

/**
 * Deletes entities and everything that only makes sense with them: a unit's contents
 * leave the unit (they are kept, at their place on the canvas), a team's members become
 * team-less, a removed holder's share is spread over the remaining holders.
 */
export function deleteEntities(draft: Project, args: ScenarioArgs & { ids: (NodeEntityId | TaskId | PolcaLoopId)[] }): void {
  const s = scenarioOf(draft, args.scenarioId);
  for (const id of args.ids) {
    if (isRoleId(id) && s.roles[id]) removeRole(s, id);
    else if (isWorkstationId(id) && s.workstations[id]) removeWorkstation(s, id);
    else if (isFamilyId(id) && s.families[id]) {
      delete s.families[id];
      delete s.layout[id];
    } else if (isTeamId(id) && s.teams[id]) {
      delete s.teams[id];
      delete s.layout[id];
      for (const role of Object.values(s.roles)) if (role.teamId === id) role.teamId = null;
    } else if (id.startsWith('task:') && s.tasks[id as TaskId]) {
      delete s.tasks[id as TaskId];
    } else if (isPolcaLoopId(id) && s.polcaLoops[id]) {
      delete s.polcaLoops[id];
    }
  }
  for (const id of args.ids) {
    if (isUnitId(id) && s.units[id]) removeUnit(s, id);
  }
}

function removeUnit(s: Scenario, id: UnitId): void {
  const origin = s.layout[id] ?? { x: 0, y: 0 };
  const release = (childId: NodeEntityId) => {
    const pos = s.layout[childId];
    if (pos) s.layout[childId] = { ...pos, x: pos.x + origin.x, y: pos.y + origin.y };
  };
  for (const ws of Object.values(s.workstations)) if (ws.unitId === id) { ws.unitId = null; release(ws.id); }
  for (const team of Object.values(s.teams)) if (team.unitId === id) { team.unitId = null; release(team.id); }
  for (const role of Object.values(s.roles)) if (role.unitId === id) { role.unitId = null; release(role.id); }
  for (const loop of Object.values(s.polcaLoops))
    if (loop.fromUnitId === id || loop.toUnitId === id) delete s.polcaLoops[loop.id];
  delete s.units[id];
  delete s.layout[id];
}

/** Sets node positions (and sizes); a whole drag arrives here once, on drag end. */
export function moveNodes(
  draft: Project,
  args: ScenarioArgs & { moves: { id: NodeEntityId; position: NodeLayout }[] },
): void {
  const s = scenarioOf(draft, args.scenarioId);
  for (const { id, position } of args.moves) {
    if (!nodeExists(s, id)) continue;
    const current = s.layout[id];
    const next: NodeLayout = { ...current, ...position };
    if (!current || current.x !== next.x || current.y !== next.y || current.width !== next.width || current.height !== next.height)
      s.layout[id] = next;
  }
}

export function nodeExists(s: Scenario, id: string): boolean {
  return [s.units, s.workstations, s.families, s.teams, s.roles].some((r) => Object.hasOwn(r, id));
}

/**
 * Drops a workstation, team or role into a unit (or onto the bare canvas with null),
 * at a position relative to the new parent. A role follows the rule that its team lies
 * in its unit; a team takes its members along.
 */
export function moveToUnit(
  draft: Project,
  args: ScenarioArgs & { id: WorkstationId | RoleId | `team:${string}`; unitId: UnitId | null; position: NodeLayout },
): void {
  const s = scenarioOf(draft, args.scenarioId);
  if (args.unitId) entityOf(s.units, args.unitId);
  if (isWorkstationId(args.id)) entityOf(s.workstations, args.id).unitId = args.unitId;
  else if (isRoleId(args.id)) {
    const role = entityOf(s.roles, args.id);
    role.unitId = args.unitId;
    if (role.teamId && s.teams[role.teamId]?.unitId !== args.unitId) role.teamId = null;
  } else if (isTeamId(args.id)) {
    const team = entityOf(s.teams, args.id);
    team.unitId = args.unitId;
    for (const role of Object.values(s.roles)) if (role.teamId === team.id) role.unitId = args.unitId;
  }
  s.layout[args.id] = { ...s.layout[args.id], x: args.position.x, y: args.position.y };
}
