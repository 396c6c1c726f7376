import { describe, expect, it } from 'vitest';
import { compareScenarios, matchEntities, type RoleDelta, type ScenarioComparison } from '../../src/analysis/compare';
import type { ParameterKey } from '../../src/analysis';
import { createRole, createScenario, createUnit, type Scenario } from '../../src/model';
import { ToBe } from './compareHarness';

const r2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
const role = (c: ScenarioComparison, name: string): RoleDelta => {
  const r = c.roles.find((x) => x.name === name);
  if (!r) throw new Error(`no role ${name}`);
  return r;
};
const param = (c: ScenarioComparison, key: ParameterKey) => c.parameters.find((p) => p.key === key)!;

describe('compareScenarios: an unchanged duplicate', () => {
  const c = new ToBe().compare();

  it('matches every entity by name although every id is new', () => {
    expect(c.entities.every((e) => e.status === 'same')).toBe(true);
    expect(c.entities.every((e) => e.matchedBy === 'name')).toBe(true);
    expect(c.entities.filter((e) => e.kind === 'role')).toHaveLength(11);
    expect(c.entities.filter((e) => e.kind === 'task')).toHaveLength(20);
  });

  it('has no deltas', () => {
    expect(c.parameters.every((p) => p.delta === 0)).toBe(true);
    expect(c.roles.some((r) => r.quadrantMoved)).toBe(false);
    expect(c.families.map((f) => f.handoffs.delta)).toEqual([0, 0, 0]);
    expect(c.coverage.redZones.gained).toEqual([]);
    expect(c.people.headcount).toEqual({ before: 15, after: 15, delta: 0 });
  });

  it('matches a scenario with itself by id', () => {
    const t = new ToBe();
    const m = matchEntities(t.asIs, t.asIs);
    expect(m.toAfter.get('role:LAS')).toBe('role:LAS');
    expect(m.matchedBy.get('role:LAS')).toBe('id');
  });
});

describe('compareScenarios: inspection moves to the laser operators', () => {
  const c = new ToBe().reassign('Inspect', 'Laser operator').compare();

  it('marks the two roles and the task as changed, with what changed', () => {
    const changed = c.entities.filter((e) => e.status !== 'same').map((e) => [e.kind, e.name, e.fields]);
    expect(changed).toEqual([
      ['role', 'Laser operator', ['tasks']],
      ['role', 'Quality inspector', ['tasks']],
      ['task', 'Inspect', ['assignments']],
    ]);
  });

  it('lowers P4 from 0.94 to 0.64 and leaves the other parameters', () => {
    expect([r2(param(c, 'P4').before), r2(param(c, 'P4').after), r2(param(c, 'P4').delta)]).toEqual([0.94, 0.64, -0.3]);
    for (const key of ['P1', 'P2', 'P3', 'P5', 'P6', 'P7'] as const) expect(param(c, key).delta).toBe(0);
  });

  it('raises the laser operators’ decision authority and utilisation', () => {
    const las = role(c, 'Laser operator');
    expect(las.before?.DA).toBe(12);
    expect(las.after?.DA).toBeCloseTo(19.5, 1);
    expect(las.after?.U).toBeCloseTo(1.25, 3);
    expect(las.tasksGained).toEqual(['Inspect']);
    expect(las.newTasks).toEqual(['Inspect']);
    expect(las.webaFailuresLost).toEqual([2, 7]);
  });

  it('moves the quality inspector out of high strain', () => {
    const qci = role(c, 'Quality inspector');
    expect([qci.before?.quadrant, qci.after?.quadrant, qci.quadrantMoved]).toEqual(['high-strain', 'passive', true]);
    expect(qci.tasksLost).toEqual(['Inspect']);
    expect(c.people.highStrainPeople).toEqual({ before: 12, after: 11, delta: -1 });
  });

  it('is antisymmetric: swapping the sides negates the deltas', () => {
    const t = new ToBe().reassign('Inspect', 'Laser operator');
    const back = compareScenarios(t.scenario, t.asIs, t.store.getState().project.settings);
    expect(r2(param(back, 'P4').delta)).toBe(0.3);
    expect(role(back, 'Quality inspector').after?.quadrant).toBe('high-strain');
  });
});

describe('compareScenarios: structural changes', () => {
  it('reports teams formed, roles added and removed, and people', () => {
    const t = new ToBe();
    t.addTeam('Cutting team', 'Cutting', ['Laser operator']);
    t.addRole('Cell coordinator', 'Cutting', 1);
    t.removeRole('Quality inspector');
    const c = t.compare();
    const status = (kind: string, name: string) => c.entities.find((e) => e.kind === kind && e.name === name)?.status;
    expect(status('team', 'Cutting team')).toBe('added');
    expect(status('role', 'Cell coordinator')).toBe('added');
    expect(status('role', 'Quality inspector')).toBe('removed');
    expect(c.entities.find((e) => e.name === 'Laser operator')?.fields).toEqual(['team']);
    expect(c.people.roles).toEqual({ before: 11, after: 11, delta: 0 });
    expect(c.people.teams.delta).toBe(1);
    expect(c.people.headcount).toEqual({ before: 15, after: 15, delta: 0 });
    expect(role(c, 'Quality inspector').after).toBeNull();
    expect(role(c, 'Cell coordinator').before).toBeNull();
  });

  it('counts a renamed entity as removed and added: names are what matches across new ids', () => {
    const t = new ToBe();
    t.ok(t.store.dispatch('updateRole', { scenarioId: t.id, id: t.role('Painter').id, patch: { name: 'Finisher' } }));
    const c = t.compare();
    expect(c.entities.filter((e) => e.kind === 'role' && e.status !== 'same').map((e) => [e.name, e.status])).toEqual([
      ['Painter', 'removed'],
      ['Finisher', 'added'],
    ]);
  });

  it('follows MCT per family and red zones by workstation name', () => {
    const t = new ToBe();
    const f1 = Object.values(t.scenario.families).find((f) => f.name.startsWith('F1'))!;
    const mct = { ...f1.mct!, segments: f1.mct!.segments.map((s) => ({ ...s, wait: s.wait / 2 })) };
    t.ok(t.store.dispatch('setFamilyMct', { scenarioId: t.id, familyId: f1.id, mct }));
    const booth = Object.values(t.scenario.workstations).find((w) => w.name === 'Paint booth')!;
    t.ok(t.store.dispatch('setQualification', { scenarioId: t.id, roleId: t.role('Welder').id, workstationId: booth.id, level: 2 }));
    const c = t.compare();
    const family = c.families.find((f) => f.name.startsWith('F1'))!;
    expect(family.mctDays.before).toBe(26);
    expect(family.mctDays.delta).toBeLessThan(0);
    expect(c.families.find((f) => f.name.startsWith('F2'))?.mctDays).toEqual({ before: null, after: null, delta: null });
    expect(c.coverage.redZones).toMatchObject({ before: ['Paint booth'], after: [], lost: ['Paint booth'], gained: [] });
  });
});

describe('matchEntities', () => {
  function twoOperators(order: 'ab' | 'ba'): Scenario {
    const s = createScenario('S');
    const a = createUnit({ name: 'Cell A', kind: 'cell' });
    const b = createUnit({ name: 'Cell B', kind: 'cell' });
    const inA = createRole({ name: 'Operator', unitId: a.id, headcount: 1 });
    const inB = createRole({ name: 'operator ', unitId: b.id, headcount: 4 });
    Object.assign(s.units, { [a.id]: a, [b.id]: b });
    for (const r of order === 'ab' ? [inA, inB] : [inB, inA]) s.roles[r.id] = r;
    return s;
  }

  it('tells equal names apart by their unit, ignoring case and spacing', () => {
    const before = twoOperators('ab');
    const after = twoOperators('ba');
    const m = matchEntities(before, after);
    for (const r of Object.values(before.roles)) {
      const other = after.roles[m.toAfter.get(r.id) as never]!;
      expect(other.headcount).toBe(r.headcount);
    }
  });
});
