import { describe, expect, it } from 'vitest';
import { checkProjectInvariants, createRole, createTask, createTeam, createUnit, type Project } from '../../src/model';
import { buildSmallProject } from '../helpers/buildProject';

const scenario = (p: Project, id: string) => p.scenarios[id as keyof Project['scenarios']]!;

describe('building a scenario with commands', () => {
  it('keeps every invariant and records a route through the workstations', () => {
    const { store, scenarioId, family, cut, bend } = buildSmallProject();
    const project = store.getState().project;
    expect(checkProjectInvariants(project)).toEqual([]);
    expect(scenario(project, scenarioId).families[family.id]!.route.map((s) => s.workstations)).toEqual([[cut.id], [bend.id]]);
  });

  it('inserts a step after the workstation it is connected from', () => {
    const { store, scenarioId, family, cut, bend } = buildSmallProject();
    store.dispatch('connectRoute', { scenarioId, familyId: family.id, from: cut.id, to: cut.id });
    const route = scenario(store.getState().project, scenarioId).families[family.id]!.route;
    expect(route.map((s) => s.workstations)).toEqual([[cut.id], [cut.id], [bend.id]]);
  });

  it('lets a step be done on either of several workstations', () => {
    const { store, scenarioId, family, cut, bend } = buildSmallProject();
    const step = scenario(store.getState().project, scenarioId).families[family.id]!.route[0]!;
    expect(store.dispatch('setRouteStepWorkstations', { scenarioId, familyId: family.id, stepId: step.id, workstations: [cut.id, bend.id] }).ok).toBe(true);
    expect(scenario(store.getState().project, scenarioId).families[family.id]!.route[0]!.workstations).toEqual([cut.id, bend.id]);
  });
});

describe('refusals leave the document untouched', () => {
  it('refuses shares that do not sum to 100 %', () => {
    const { store, scenarioId, plan, operator, planner } = buildSmallProject();
    const before = store.getState().project;
    const result = store.dispatch('setAssignments', { scenarioId, id: plan.id, assignments: { [operator.id]: 0.5, [planner.id]: 0.4 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'shares-not-100', params: { percent: 90 } } });
    expect(store.getState().project).toBe(before);
  });

  it('refuses a negative load and an empty name with the field named', () => {
    const { store, scenarioId, make, operator } = buildSmallProject();
    expect(store.dispatch('updateTask', { scenarioId, id: make.id, patch: { load: -1 } })).toMatchObject({ ok: false, error: { code: 'invalid-field', params: { field: 'load' } } });
    expect(store.dispatch('updateRole', { scenarioId, id: operator.id, patch: { name: '  ' } })).toMatchObject({ ok: false, error: { code: 'invalid-field', params: { field: 'name' } } });
    expect(store.dispatch('updateRole', { scenarioId, id: operator.id, patch: { headcount: 0 } })).toMatchObject({ ok: false, error: { code: 'invalid-field', params: { field: 'headcount' } } });
  });

  it('refuses a reference to something that does not exist', () => {
    const { store, scenarioId, operator } = buildSmallProject();
    expect(store.dispatch('updateRole', { scenarioId, id: operator.id, patch: { unitId: 'unit:nowhere' } })).toMatchObject({ ok: false, error: { code: 'unknown-entity' } });
    const task = createTask({ name: 'Ghost', assignments: { 'role:ghost': 1 } });
    expect(store.dispatch('addTask', { scenarioId, entity: task })).toMatchObject({ ok: false, error: { code: 'unknown-entity' } });
  });

  it('refuses to delete the last scenario', () => {
    const { store, scenarioId } = buildSmallProject();
    expect(store.dispatch('deleteScenario', { scenarioId })).toMatchObject({ ok: false, error: { code: 'last-scenario' } });
  });

  it('keeps a control task and its level and aspect together', () => {
    const { store, scenarioId, make } = buildSmallProject();
    store.dispatch('updateTask', { scenarioId, id: make.id, patch: { kind: 'control' } });
    expect(scenario(store.getState().project, scenarioId).tasks[make.id]!.control).toEqual({ level: 'op', aspect: 'general' });
    store.dispatch('updateTask', { scenarioId, id: make.id, patch: { kind: 'support' } });
    expect(scenario(store.getState().project, scenarioId).tasks[make.id]!.control).toBeNull();
  });
});

describe('a role’s team lies in the role’s unit', () => {
  it('moves a role into the unit of the team it joins', () => {
    const { store, scenarioId, planner, team, unit } = buildSmallProject();
    store.dispatch('updateRole', { scenarioId, id: planner.id, patch: { teamId: team.id } });
    expect(scenario(store.getState().project, scenarioId).roles[planner.id]).toMatchObject({ teamId: team.id, unitId: unit.id });
  });

  it('drops the team when the role moves to another unit', () => {
    const { store, scenarioId, operator } = buildSmallProject();
    const other = createUnit({ name: 'Office', kind: 'staff' });
    store.dispatch('addUnit', { scenarioId, entity: other });
    store.dispatch('moveToUnit', { scenarioId, id: operator.id, unitId: other.id, position: { x: 10, y: 10 } });
    expect(scenario(store.getState().project, scenarioId).roles[operator.id]).toMatchObject({ teamId: null, unitId: other.id });
    expect(checkProjectInvariants(store.getState().project)).toEqual([]);
  });

  it('takes the members along when a team moves', () => {
    const { store, scenarioId, operator, team } = buildSmallProject();
    const other = createUnit({ name: 'Cell B', kind: 'cell' });
    store.dispatch('addUnit', { scenarioId, entity: other });
    store.dispatch('updateTeam', { scenarioId, id: team.id, patch: { unitId: other.id } });
    expect(scenario(store.getState().project, scenarioId).roles[operator.id]!.unitId).toBe(other.id);
  });

  it('refuses a team and a unit that do not match in one edit', () => {
    const { store, scenarioId, planner, team } = buildSmallProject();
    const other = createUnit({ name: 'Office' });
    store.dispatch('addUnit', { scenarioId, entity: other });
    expect(store.dispatch('updateRole', { scenarioId, id: planner.id, patch: { teamId: team.id, unitId: other.id } })).toMatchObject({ ok: false, error: { code: 'team-in-other-unit' } });
  });
});

describe('deleting', () => {
  it('spreads a deleted holder’s share over the remaining holders', () => {
    const { store, scenarioId, planner, operator, plan } = buildSmallProject();
    store.dispatch('deleteEntities', { scenarioId, ids: [planner.id] });
    expect(scenario(store.getState().project, scenarioId).tasks[plan.id]!.assignments).toEqual({ [operator.id]: 1 });
    expect(checkProjectInvariants(store.getState().project)).toEqual([]);
  });

  it('removes a workstation from routes, scopes and qualifications', () => {
    const { store, scenarioId, cut, family, make, operator } = buildSmallProject();
    store.dispatch('setQualification', { scenarioId, roleId: operator.id, workstationId: cut.id, level: 3 });
    store.dispatch('deleteEntities', { scenarioId, ids: [cut.id] });
    const s = scenario(store.getState().project, scenarioId);
    expect(s.families[family.id]!.route).toHaveLength(1);
    expect(s.tasks[make.id]!.scope).not.toContain(cut.id);
    expect(s.roles[operator.id]!.qualifications).toEqual({});
    expect(checkProjectInvariants(store.getState().project)).toEqual([]);
  });

  it('keeps a deleted unit’s contents at their place on the canvas', () => {
    const { store, scenarioId, unit, cut } = buildSmallProject();
    store.dispatch('moveNodes', { scenarioId, moves: [{ id: unit.id, position: { x: 100, y: 50 } }] });
    store.dispatch('deleteEntities', { scenarioId, ids: [unit.id] });
    const s = scenario(store.getState().project, scenarioId);
    expect(s.workstations[cut.id]!.unitId).toBeNull();
    expect(s.layout[cut.id]).toMatchObject({ x: 120, y: 90 });
    expect(Object.values(s.roles).every((r) => r.teamId === null || s.teams[r.teamId]?.unitId === r.unitId)).toBe(true);
  });

  it('makes a deleted team’s members team-less', () => {
    const { store, scenarioId, team, operator } = buildSmallProject();
    store.dispatch('deleteEntities', { scenarioId, ids: [team.id] });
    expect(scenario(store.getState().project, scenarioId).roles[operator.id]!.teamId).toBeNull();
  });
});

describe('scenarios', () => {
  it('duplicates a scenario with new ids and the same structure', () => {
    const { store, scenarioId } = buildSmallProject();
    store.dispatch('duplicateScenario', { scenarioId, name: 'To-be', newId: 'scenario:tobe' });
    const p = store.getState().project;
    const a = scenario(p, scenarioId);
    const b = scenario(p, 'scenario:tobe');
    expect(Object.keys(b.roles)).toHaveLength(Object.keys(a.roles).length);
    expect(Object.keys(b.roles).some((id) => id in a.roles)).toBe(false);
    expect(Object.values(b.tasks).map((t) => t.load).sort()).toEqual(Object.values(a.tasks).map((t) => t.load).sort());
    expect(checkProjectInvariants(p)).toEqual([]);
  });

  it('reorders scenario tabs', () => {
    const { store, scenarioId } = buildSmallProject();
    store.dispatch('addScenario', { name: 'To-be', id: 'scenario:tobe' });
    store.dispatch('reorderScenario', { scenarioId: 'scenario:tobe', toIndex: 0 });
    const p = store.getState().project;
    expect(scenario(p, 'scenario:tobe').order).toBe(0);
    expect(scenario(p, scenarioId).order).toBe(1);
  });
});

describe('new entities', () => {
  it('adds a role straight into a team’s unit', () => {
    const { store, scenarioId, team, unit } = buildSmallProject();
    const role = createRole({ name: 'Senior', teamId: team.id });
    store.dispatch('addRole', { scenarioId, entity: role });
    expect(scenario(store.getState().project, scenarioId).roles[role.id]!.unitId).toBe(unit.id);
    const lone = createTeam({ name: 'Floating' });
    expect(store.dispatch('addTeam', { scenarioId, entity: lone }).ok).toBe(true);
  });
});

describe('scenario cap', () => {
  it('refuses a scenario past the number a file may hold', () => {
    const { store, scenarioId } = buildSmallProject();
    for (let i = 2; i <= 50; i++) expect(store.dispatch('addScenario', { name: `S${i}` }).ok).toBe(true);
    expect(store.dispatch('addScenario', { name: 'S51' })).toMatchObject({ ok: false, error: { code: 'too-many-scenarios' } });
    expect(store.dispatch('duplicateScenario', { scenarioId, name: 'copy' })).toMatchObject({ ok: false, error: { code: 'too-many-scenarios' } });
  });
});
