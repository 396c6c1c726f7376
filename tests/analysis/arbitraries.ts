import fc from 'fast-check';
import type { RoleId, TeamId, UnitId, WorkstationId } from '../../src/model/ids';
import {
  createFamily,
  createRole,
  createScenario,
  createTask,
  createTeam,
  createUnit,
  createWorkstation,
} from '../../src/model/factories';
import {
  CONTROL_ASPECTS,
  CONTROL_LEVELS,
  TASK_KINDS,
  UNIT_KINDS,
  type Difficulty,
  type QualificationLevel,
  type Scenario,
} from '../../src/model/types';

/** A compact random description of a scenario; `buildScenario` turns it into a valid one. */
const spec = fc.record({
  units: fc.array(fc.constantFrom(...UNIT_KINDS), { maxLength: 4 }),
  workstations: fc.array(
    fc.record({
      type: fc.constantFrom('a', 'b', 'c', ''),
      unit: fc.option(fc.nat(), { nil: null }),
      monument: fc.boolean(),
    }),
    { maxLength: 8 },
  ),
  families: fc.array(
    fc.record({
      steps: fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), { maxLength: 5 }),
      ftms: fc.constantFrom('', 'x', 'y'),
    }),
    { maxLength: 4 },
  ),
  teams: fc.array(fc.option(fc.nat(), { nil: null }), { maxLength: 3 }),
  roles: fc.array(
    fc.record({
      unit: fc.option(fc.nat(), { nil: null }),
      team: fc.option(fc.nat(), { nil: null }),
      headcount: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.double({ min: 0.25, max: 10, noNaN: true })),
      hours: fc.integer({ min: 1, max: 60 }),
      quals: fc.array(fc.tuple(fc.nat(), fc.constantFrom<QualificationLevel>(0, 1, 2, 3, 4)), { maxLength: 4 }),
    }),
    { maxLength: 8 },
  ),
  tasks: fc.array(
    fc.record({
      kind: fc.constantFrom(...TASK_KINDS),
      level: fc.constantFrom(...CONTROL_LEVELS),
      aspect: fc.constantFrom(...CONTROL_ASPECTS),
      typeLabel: fc.constantFrom('', 'x', 'y', 'z'),
      scope: fc.array(fc.nat(), { maxLength: 4 }),
      load: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 200, noNaN: true })),
      cycle: fc.option(fc.double({ min: 0.1, max: 100, noNaN: true }), { nil: null }),
      dist: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 50, noNaN: true })),
      difficulty: fc.option(fc.constantFrom<Difficulty>(1, 2, 3), { nil: null }),
      holders: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 10 })), { maxLength: 3 }),
    }),
    { maxLength: 15 },
  ),
});
export type ScenarioSpec = typeof spec extends fc.Arbitrary<infer T> ? T : never;

const at = <T>(xs: readonly T[], i: number | null): T | null =>
  i === null || xs.length === 0 ? null : (xs[i % xs.length] ?? null);
const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** Builds a valid scenario with the model's factories; ids are readable and deterministic. */
export function buildScenario(s: ScenarioSpec): Scenario {
  const sc = createScenario('Random', 0, 'scenario:random');
  const units = s.units.map((kind, i) => ({ ...createUnit({ kind, name: `U${i}` }), id: `unit:u${i}` as UnitId }));
  for (const u of units) sc.units[u.id] = u;
  const ws = s.workstations.map((w, i) => ({
    ...createWorkstation({
      name: `W${i}`,
      processType: w.type,
      unitId: at(units, w.unit)?.id ?? null,
      monument: w.monument,
    }),
    id: `ws:w${i}` as WorkstationId,
  }));
  for (const w of ws) sc.workstations[w.id] = w;
  const wsIds = ws.map((w) => w.id);
  s.families.forEach((f, i) => {
    const route = wsIds.length
      ? f.steps.map((step, j) => ({
          id: `step:f${i}-${j}` as const,
          workstations: unique(step.map((k) => at(wsIds, k) as WorkstationId)),
        }))
      : [];
    const fam = { ...createFamily({ name: `F${i}`, route, ftms: f.ftms }), id: `family:f${i}` as const };
    sc.families[fam.id] = fam;
  });
  const teams = s.teams.map((u, i) => ({
    ...createTeam({ name: `T${i}`, unitId: at(units, u)?.id ?? null }),
    id: `team:t${i}` as TeamId,
  }));
  for (const t of teams) sc.teams[t.id] = t;
  const roleIds = s.roles.map((r, i) => {
    const team = at(teams, r.team);
    const qualifications: Partial<Record<WorkstationId, QualificationLevel>> = {};
    for (const [k, level] of r.quals) {
      const w = at(wsIds, k);
      if (w) qualifications[w] = level;
    }
    const role = {
      ...createRole({
        name: `R${i}`,
        teamId: team?.id ?? null,
        unitId: team ? team.unitId : (at(units, r.unit)?.id ?? null),
        headcount: r.headcount,
        hoursPerWeek: r.hours,
        qualifications,
      }),
      id: `role:r${i}` as RoleId,
    };
    sc.roles[role.id] = role;
    return role.id;
  });
  s.tasks.forEach((t, i) => {
    const weights = new Map<RoleId, number>();
    if (roleIds.length)
      for (const [k, w] of t.holders)
        weights.set(at(roleIds, k) as RoleId, (weights.get(at(roleIds, k) as RoleId) ?? 0) + w);
    const total = [...weights.values()].reduce((a, b) => a + b, 0);
    const assignments: Partial<Record<RoleId, number>> = {};
    for (const [r, w] of weights) assignments[r] = w / total;
    const task = {
      ...createTask({
        name: `K${i}`,
        kind: t.kind,
        control: t.kind === 'control' ? { level: t.level, aspect: t.aspect } : null,
        typeLabel: t.typeLabel,
        scope: wsIds.length ? unique(t.scope.map((k) => at(wsIds, k) as WorkstationId)) : [],
        load: t.load,
        cycleMin: t.kind === 'make' ? t.cycle : null,
        disturbancesPerDay: t.dist,
        difficulty: t.difficulty,
        assignments,
      }),
      id: `task:k${i}` as const,
    };
    sc.tasks[task.id] = task;
  });
  return sc;
}

export const arbScenario: fc.Arbitrary<Scenario> = spec.map(buildScenario);
