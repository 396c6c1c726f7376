import type { FamilyId, NodeEntityId, RoleId, TaskId, TeamId, UnitId, WorkstationId } from '../ids';
import { familySchema, roleSchema, taskSchema, teamSchema, unitSchema, workstationSchema } from '../schema';
import type { Family, NodeLayout, Role, Scenario, Task, Team, Unit, Workstation } from '../types';
import { CommandError } from './errors';
import { entityOf, patchEntity, scenarioOf, validated, type ScenarioArgs } from './shared';
import type { Project } from '../types';

interface AddArgs<T> extends ScenarioArgs {
  entity: T;
  position?: NodeLayout;
}

function placeNode(s: Scenario, id: NodeEntityId, position: NodeLayout | undefined): void {
  if (position) s.layout[id] = { ...position };
}

export function addUnit(draft: Project, args: AddArgs<Unit>): void {
  const s = scenarioOf(draft, args.scenarioId);
  const unit = validated(unitSchema, args.entity);
  s.units[unit.id] = unit;
  placeNode(s, unit.id, args.position ?? { x: 0, y: 0, width: 360, height: 240 });
}

export function addWorkstation(draft: Project, args: AddArgs<Workstation>): void {
  const s = scenarioOf(draft, args.scenarioId);
  const ws = validated(workstationSchema, args.entity);
  if (ws.unitId) entityOf(s.units, ws.unitId);
  s.workstations[ws.id] = ws;
  placeNode(s, ws.id, args.position);
}

export function addFamily(draft: Project, args: AddArgs<Family>): void {
  const s = scenarioOf(draft, args.scenarioId);
  const family = validated(familySchema, args.entity);
  for (const step of family.route) for (const w of step.workstations) entityOf(s.workstations, w);
  s.families[family.id] = family;
  placeNode(s, family.id, args.position);
}

export function addTeam(draft: Project, args: AddArgs<Team>): void {
  const s = scenarioOf(draft, args.scenarioId);
  const team = validated(teamSchema, args.entity);
  if (team.unitId) entityOf(s.units, team.unitId);
  s.teams[team.id] = team;
  placeNode(s, team.id, args.position);
}

export function addRole(draft: Project, args: AddArgs<Role>): void {
  const s = scenarioOf(draft, args.scenarioId);
  const role = validated(roleSchema, args.entity);
  if (role.unitId) entityOf(s.units, role.unitId);
  if (role.teamId) {
    const team = entityOf(s.teams, role.teamId);
    if (team.unitId !== role.unitId) role.unitId = team.unitId;
  }
  s.roles[role.id] = role;
  placeNode(s, role.id, args.position);
}

export function updateUnit(draft: Project, args: ScenarioArgs & { id: UnitId; patch: Partial<Omit<Unit, 'id'>> }): void {
  const s = scenarioOf(draft, args.scenarioId);
  patchEntity(entityOf(s.units, args.id), args.patch, unitSchema);
}

export function updateWorkstation(
  draft: Project,
  args: ScenarioArgs & { id: WorkstationId; patch: Partial<Omit<Workstation, 'id'>> },
): void {
  const s = scenarioOf(draft, args.scenarioId);
  if (args.patch.unitId) entityOf(s.units, args.patch.unitId);
  patchEntity(entityOf(s.workstations, args.id), args.patch, workstationSchema);
}

export function updateFamily(draft: Project, args: ScenarioArgs & { id: FamilyId; patch: Partial<Omit<Family, 'id'>> }): void {
  const s = scenarioOf(draft, args.scenarioId);
  for (const step of args.patch.route ?? []) for (const w of step.workstations) entityOf(s.workstations, w);
  patchEntity(entityOf(s.families, args.id), args.patch, familySchema);
}

/** Renames a team or moves it to another unit; its members move with it. */
export function updateTeam(draft: Project, args: ScenarioArgs & { id: TeamId; patch: Partial<Omit<Team, 'id'>> }): void {
  const s = scenarioOf(draft, args.scenarioId);
  if (args.patch.unitId) entityOf(s.units, args.patch.unitId);
  const team = entityOf(s.teams, args.id);
  patchEntity(team, args.patch, teamSchema);
  for (const role of Object.values(s.roles)) if (role.teamId === team.id && role.unitId !== team.unitId) role.unitId = team.unitId;
}

/**
 * Edits a role. Joining a team moves the role into the team's unit; leaving for another
 * unit drops a team that stays behind, so a role's team always lies in its unit.
 */
export function updateRole(draft: Project, args: ScenarioArgs & { id: RoleId; patch: Partial<Omit<Role, 'id'>> }): void {
  const s = scenarioOf(draft, args.scenarioId);
  const role = entityOf(s.roles, args.id);
  const patch = { ...args.patch };
  if (patch.unitId) entityOf(s.units, patch.unitId);
  if (patch.teamId) {
    const team = entityOf(s.teams, patch.teamId);
    if ('unitId' in patch && patch.unitId !== team.unitId)
      throw new CommandError('team-in-other-unit', 'the team lies in another unit', { team: team.name });
    patch.unitId = team.unitId;
  } else if ('unitId' in patch && role.teamId && !('teamId' in patch)) {
    if (s.teams[role.teamId]?.unitId !== patch.unitId) patch.teamId = null;
  }
  for (const w of Object.keys(patch.qualifications ?? {})) entityOf(s.workstations, w as WorkstationId);
  patchEntity(role, patch, roleSchema);
}

export function updateTask(draft: Project, args: ScenarioArgs & { id: TaskId; patch: Partial<Omit<Task, 'id'>> }): void {
  const s = scenarioOf(draft, args.scenarioId);
  const task = entityOf(s.tasks, args.id);
  const patch = { ...args.patch };
  if (patch.kind && patch.kind !== task.kind && !('control' in patch)) {
    patch.control = patch.kind === 'control' ? { level: 'op', aspect: 'general' } : null;
  }
  for (const w of patch.scope ?? []) entityOf(s.workstations, w);
  if (patch.assignments) checkAssignments(s, patch.assignments);
  patchEntity(task, patch, taskSchema);
}

function checkAssignments(s: Scenario, assignments: Task['assignments']): void {
  let sum = 0;
  for (const [r, share] of Object.entries(assignments)) {
    entityOf(s.roles, r as RoleId);
    sum += share ?? 0;
  }
  if (Object.keys(assignments).length > 0 && Math.abs(sum - 1) > 1e-6)
    throw new CommandError('shares-not-100', `shares sum to ${Math.round(sum * 1000) / 10} %`, {
      percent: Math.round(sum * 1000) / 10,
    });
}

export function addTask(draft: Project, args: ScenarioArgs & { entity: Task }): void {
  const s = scenarioOf(draft, args.scenarioId);
  const task = validated(taskSchema, args.entity);
  for (const w of task.scope) entityOf(s.workstations, w);
  checkAssignments(s, task.assignments);
  s.tasks[task.id] = task;
}

/** Replaces who holds a task; the shares must sum to 100 % (or be empty). */
export function setAssignments(draft: Project, args: ScenarioArgs & { id: TaskId; assignments: Task['assignments'] }): void {
  const s = scenarioOf(draft, args.scenarioId);
  const task = entityOf(s.tasks, args.id);
  checkAssignments(s, args.assignments);
  task.assignments = validated(taskSchema, { ...task, assignments: args.assignments }).assignments;
}

export function setQualification(
  draft: Project,
  args: ScenarioArgs & { roleId: RoleId; workstationId: WorkstationId; level: 0 | 1 | 2 | 3 | 4 },
): void {
  const s = scenarioOf(draft, args.scenarioId);
  const role = entityOf(s.roles, args.roleId);
  entityOf(s.workstations, args.workstationId);
  if (![0, 1, 2, 3, 4].includes(args.level))
    throw new CommandError('invalid-field', 'level must be 0 to 4', { field: 'level', message: '0–4' });
  if (args.level === 0) delete role.qualifications[args.workstationId];
  else role.qualifications[args.workstationId] = args.level;
}
