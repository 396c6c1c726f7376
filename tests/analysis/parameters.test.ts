import { describe, expect, it } from 'vitest';
import { analyseScenarioData, type ParameterKey, type ScenarioAnalysis } from '../../src/analysis';
import { checkScenarioInvariants } from '../../src/model/invariants';
import { createScenario } from '../../src/model/factories';
import { ScenarioBuilder, settings } from './builders';

const analyse = (b: ScenarioBuilder): ScenarioAnalysis => {
  expect(checkScenarioInvariants(b.scenario)).toEqual([]);
  return analyseScenarioData(b.scenario, settings());
};
const value = (b: ScenarioBuilder, key: ParameterKey) => {
  const v = analyse(b).parameters[key].value;
  return v === null ? null : Math.round(v * 1000) / 1000;
};

/** Two process types, a and b; three machines; two operators; one staff member. */
const base = () =>
  new ScenarioBuilder()
    .unit('prod')
    .unit('staff', 'staff')
    .ws('a1', 'a', 'prod')
    .ws('a2', 'a', 'prod')
    .ws('b1', 'b', 'prod')
    .role('opA', { unit: 'prod' })
    .role('opB', { unit: 'prod' })
    .role('staff', { unit: 'staff' });

describe('P1 functional concentration', () => {
  it.each([
    ['two families share the only a-machine', (b: ScenarioBuilder) => b.family('f', [['a1']]).family('g', [['a1']]), 1],
    ['each family has its own a-machine', (b: ScenarioBuilder) => b.family('f', [['a1']]).family('g', [['a2']]), 0],
    ['one family: N ≤ 1', (b: ScenarioBuilder) => b.family('f', [['a1'], ['b1']]), 0],
    [
      'three families, a1 shared by two of them, a2 by one',
      (b: ScenarioBuilder) =>
        b
          .family('f', [['a1']])
          .family('g', [['a1']])
          .family('h', [['a2']]),
      0.25,
    ],
    [
      'a machine no family uses is left out',
      (b: ScenarioBuilder) =>
        b
          .family('f', [['a1']])
          .family('g', [['a1']])
          .ws('idle', 'a'),
      1,
    ],
    ['no families at all', (b: ScenarioBuilder) => b, 0],
  ])('%s → %s', (_, build, expected) => {
    expect(value(build(base()), 'P1')).toBe(expected);
  });

  it('names the shared workstation as its driver', () => {
    const a = analyse(
      base()
        .family('f', [['a1']])
        .family('g', [['a1']]),
    );
    expect(a.parameters.P1.drivers).toMatchObject([
      { entityId: 'ws:a1', reason: 'workstation-shared-by-families', params: { families: 2, familiesOfType: 2 } },
    ]);
  });
});

describe('P2 differentiation of operational functions', () => {
  const withMake = () =>
    base()
      .family('f', [['a1'], ['b1']])
      .task('makeA', { scope: ['a1'], load: 30, holders: { opA: 1 } });
  it.each([
    [
      'setup held by the operator',
      (b: ScenarioBuilder) => b.task('setup', { kind: 'prepare', scope: ['a1'], load: 10, holders: { opA: 1 } }),
      0,
    ],
    [
      'setup held by staff',
      (b: ScenarioBuilder) => b.task('setup', { kind: 'prepare', scope: ['a1'], load: 10, holders: { staff: 1 } }),
      1,
    ],
    [
      'setup shared half/half',
      (b: ScenarioBuilder) =>
        b.task('setup', { kind: 'prepare', scope: ['a1'], load: 10, holders: { opA: 0.5, staff: 0.5 } }),
      0.5,
    ],
    [
      'load-weighted: 30 h separated, 10 h not',
      (b: ScenarioBuilder) =>
        b
          .task('transport', { kind: 'support', scope: ['a1'], load: 30, holders: { staff: 1 } })
          .task('setup', { kind: 'prepare', scope: ['a1'], load: 10, holders: { opA: 1 } }),
      0.75,
    ],
    [
      'zero loads: every task weighs the same',
      (b: ScenarioBuilder) =>
        b
          .task('transport', { kind: 'support', scope: ['a1'], load: 0, holders: { staff: 1 } })
          .task('setup', { kind: 'prepare', scope: ['a1'], load: 0, holders: { opA: 1 } }),
      0.5,
    ],
    [
      'operator of another family counts as separated',
      (b: ScenarioBuilder) =>
        b
          .family('g', [['a2']])
          .task('m2', { scope: ['a2'], holders: { opB: 1 } })
          .task('setup', { kind: 'prepare', scope: ['a1'], load: 5, holders: { opB: 1 } }),
      1,
    ],
    [
      'an unassigned task is left out',
      (b: ScenarioBuilder) => b.task('setup', { kind: 'prepare', scope: ['a1'], load: 10 }),
      0,
    ],
    ['no prepare or support tasks', (b: ScenarioBuilder) => b, 0],
  ])('%s → %s', (_, build, expected) => {
    expect(value(build(withMake()), 'P2')).toBe(expected);
  });
});

describe('P3 specialisation of operations', () => {
  it.each([
    [
      'the operator makes every type of its family',
      (b: ScenarioBuilder) => b.task('m', { scope: ['a1', 'b1'], holders: { opA: 1 } }),
      0,
    ],
    [
      'the operator makes one of two types',
      (b: ScenarioBuilder) => b.task('m', { scope: ['a1'], holders: { opA: 1 } }),
      0.5,
    ],
    [
      'headcount-weighted: 1 person at 1/2, 3 people at 2/2',
      (b: ScenarioBuilder) =>
        b
          .role('crew', { unit: 'prod', headcount: 3 })
          .task('m', { scope: ['a1'], holders: { opA: 1 } })
          .task('m2', { scope: ['a2', 'b1'], holders: { crew: 1 } }),
      0.125,
    ],
    ['no make work', (b: ScenarioBuilder) => b, 0],
  ])('%s → %s', (_, build, expected) => {
    expect(value(build(base().family('f', [['a1', 'a2'], ['b1']])), 'P3')).toBe(expected);
  });
});

describe('P4 separation of control from operations', () => {
  const withWork = () =>
    base()
      .family('f', [['a1'], ['b1']])
      .role('setter', { unit: 'staff' })
      .task('m', { scope: ['a1'], load: 30, holders: { opA: 1 } })
      .task('setup', { kind: 'prepare', scope: ['a1'], load: 5, holders: { setter: 1 } });
  it.each([
    ['op control held by the operator', { opA: 1 }, 0],
    ['op control held by staff', { staff: 1 }, 1],
    ['op control held by the setter (prepare counts for OPW)', { setter: 1 }, 0],
    ['shared 25/75 operator/staff', { opA: 0.25, staff: 0.75 }, 0.75],
  ] as const)('%s → %s', (_, holders, expected) => {
    expect(
      value(withWork().task('inspect', { control: ['op', 'quality'], scope: ['a1'], load: 8, holders }), 'P4'),
    ).toBe(expected);
  });

  it('ignores tactical and strategic control', () => {
    const b = withWork().task('plan', { control: ['tac', 'logistics'], scope: ['a1'], load: 8, holders: { staff: 1 } });
    expect(value(b, 'P4')).toBe(0);
  });
});

describe('P5 differentiation of control into aspects', () => {
  const b0 = () =>
    base()
      .family('f', [['a1']])
      .task('m', { scope: ['a1'], holders: { opA: 1 } });
  it.each([
    [
      'two aspects, one group',
      (b: ScenarioBuilder) =>
        b
          .task('q', { control: ['op', 'quality'], scope: ['a1'], holders: { opA: 1 } })
          .task('l', { control: ['op', 'logistics'], scope: ['a1'], holders: { opB: 1 } }),
      0,
    ],
    [
      'two aspects, two groups',
      (b: ScenarioBuilder) =>
        b
          .task('q', { control: ['op', 'quality'], scope: ['a1'], holders: { opA: 1 } })
          .task('l', { control: ['op', 'logistics'], scope: ['a1'], holders: { staff: 1 } }),
      1,
    ],
    [
      'three aspects, two groups',
      (b: ScenarioBuilder) =>
        b
          .task('q', { control: ['op', 'quality'], scope: ['a1'], holders: { opA: 1 } })
          .task('l', { control: ['op', 'logistics'], scope: ['a1'], holders: { staff: 1 } })
          .task('p', { control: ['op', 'personnel'], scope: ['a1'], holders: { staff: 1 } }),
      0.5,
    ],
    [
      'a single aspect: undefined',
      (b: ScenarioBuilder) => b.task('q', { control: ['op', 'quality'], scope: ['a1'], holders: { staff: 1 } }),
      null,
    ],
    ['no control at all: undefined', (b: ScenarioBuilder) => b, null],
  ])('%s → %s', (_, build, expected) => {
    expect(value(build(b0()), 'P5')).toBe(expected);
  });

  it('a team is one holder group even across roles', () => {
    const b = base()
      .team('t', 'prod')
      .role('x', { team: 't' })
      .role('y', { team: 't' })
      .task('q', { control: ['op', 'quality'], scope: ['a1'], holders: { x: 1 } })
      .task('l', { control: ['op', 'logistics'], scope: ['a1'], holders: { y: 1 } });
    expect(value(b, 'P5')).toBe(0);
  });
});

describe('P6 separation of control levels', () => {
  const b0 = () =>
    base()
      .family('f', [['a1']])
      .role('setter', { unit: 'staff' })
      .task('m', { scope: ['a1'], holders: { opA: 1 } })
      .task('s', { kind: 'prepare', scope: ['a1'], holders: { setter: 1 } });
  it.each([
    ['tactical task held by the operator', { opA: 1 }, 0],
    ['tactical task held by staff', { staff: 1 }, 1],
    ['tactical task held by the setter: no make work, so separated', { setter: 1 }, 1],
  ] as const)('%s → %s', (_, holders, expected) => {
    expect(value(b0().task('improve', { control: ['tac', 'quality'], scope: ['a1'], load: 4, holders }), 'P6')).toBe(
      expected,
    );
  });

  it('leaves strategic control out on purpose', () => {
    expect(
      value(
        b0().task('strategy', { control: ['str', 'general'], scope: ['a1'], load: 4, holders: { staff: 1 } }),
        'P6',
      ),
    ).toBe(0);
  });
});

describe('P7 specialisation of control', () => {
  const b0 = () => base().family('f', [['a1']]);
  it.each([
    ['two quality tasks, one role', { q1: 'opA', q2: 'opA' }, 0],
    ['two quality tasks, two roles', { q1: 'opA', q2: 'staff' }, 1],
    ['three quality tasks, two roles', { q1: 'opA', q2: 'staff', q3: 'staff' }, 0.5],
    ['one quality task: undefined', { q1: 'staff' }, null],
  ] as const)('%s → %s', (_, tasks, expected) => {
    const b = b0();
    for (const [key, holder] of Object.entries(tasks))
      b.task(key, { control: ['op', 'quality'], scope: ['a1'], holders: { [holder]: 1 } });
    expect(value(b, 'P7')).toBe(expected);
  });
});

describe('handoffs H(f) and interfaces I(r)', () => {
  const flow = () =>
    new ScenarioBuilder()
      .unit('u1')
      .unit('u2')
      .ws('x', 'x', 'u1')
      .ws('y', 'y', 'u2')
      .ws('z', 'z', 'u1')
      .role('r1', { unit: 'u1' })
      .role('r2', { unit: 'u2' })
      .family('f', [['x'], ['y'], ['z']]);

  it('counts changes of holder group along the route', () => {
    const b = flow()
      .task('mx', { scope: ['x'], holders: { r1: 1 } })
      .task('my', { scope: ['y'], holders: { r2: 1 } })
      .task('mz', { scope: ['z'], holders: { r1: 1 } });
    const h = analyse(b).handoffs[0];
    expect(h?.count).toBe(2);
    expect(h?.steps.map((s) => s.groupId)).toEqual(['unit:u1', 'unit:u2', 'unit:u1']);
    expect(h?.unitsCrossed).toBe(2);
  });

  it('is 0 when one team makes every step, and skips steps without make work', () => {
    const b = flow().task('m', { scope: ['x', 'z'], holders: { r1: 1 } });
    const h = analyse(b).handoffs[0];
    expect(h?.count).toBe(0);
    expect(h?.steps.map((s) => s.holderId)).toEqual(['role:r1', null, 'role:r1']);
  });

  it('takes the main holder (largest load × share) at a shared step', () => {
    const b = flow().task('m1', { scope: ['x'], load: 10, holders: { r1: 0.3, r2: 0.7 } });
    expect(analyse(b).handoffs[0]?.steps[0]?.holderId).toBe('role:r2');
  });

  it("I(r) counts other groups holding tasks on the role's scope", () => {
    const b = flow()
      .unit('qa', 'staff')
      .role('qc', { unit: 'qa' })
      .task('mx', { scope: ['x'], holders: { r1: 1 } })
      .task('inspect', { control: ['op', 'quality'], scope: ['x', 'y'], holders: { qc: 1 } })
      .task('my', { scope: ['y'], holders: { r2: 1 } });
    const roles = analyse(b).roles;
    expect(roles.find((r) => r.roleId === 'role:r1')?.interfaces).toEqual({ count: 1, groups: ['unit:qa'] });
    expect(roles.find((r) => r.roleId === 'role:qc')?.interfaces.count).toBe(2);
  });
});

describe('degenerate scenarios', () => {
  it('an empty scenario has no findings and simple parameters', () => {
    const a = analyseScenarioData(createScenario('Empty'), settings());
    expect(a.roles).toEqual([]);
    expect(a.findings).toEqual([]);
    expect(Object.values(a.parameters).map((p) => p.value)).toEqual([0, 0, 0, 0, null, 0, null]);
  });

  it('roles without tasks and tasks without scope or holders do not break anything', () => {
    const b = new ScenarioBuilder()
      .role('idle')
      .task('loose', { kind: 'support' })
      .task('ctl', { control: ['op', 'general'], holders: { idle: 1 } });
    const a = analyse(b);
    expect(a.roles).toHaveLength(1);
    expect(a.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['TASK_UNASSIGNED', 'TASK_WITHOUT_SCOPE']));
  });
});
