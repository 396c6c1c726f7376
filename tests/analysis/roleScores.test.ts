import { describe, expect, it } from 'vitest';
import { analyseScenarioData, type RoleAnalysis } from '../../src/analysis';
import { quadrantOf, strainRatioOf, toJcqScale } from '../../src/analysis/scales';
import { checkScenarioInvariants } from '../../src/model/invariants';
import type { RoleQuestionnaire } from '../../src/model/types';
import { ScenarioBuilder, settings } from './builders';

const roleOf = (b: ScenarioBuilder, key: string, patch = {}): RoleAnalysis => {
  expect(checkScenarioInvariants(b.scenario)).toEqual([]);
  const r = analyseScenarioData(b.scenario, settings(patch)).roles.find((x) => x.roleId === `role:${key}`);
  if (!r) throw new Error(`no role ${key}`);
  return r;
};
const r3 = (x: number) => Math.round(x * 1000) / 1000;

const shop = () =>
  new ScenarioBuilder()
    .unit('u')
    .unit('s', 'staff')
    .ws('a', 'a', 'u')
    .ws('b', 'b', 'u')
    .family('f', [['a'], ['b']]);

describe('proxies', () => {
  it('a role without tasks: nothing held, C = 1, no demands', () => {
    const p = roleOf(new ScenarioBuilder().role('idle'), 'idle').proxies;
    expect([p.U, p.V, p.C, p.K, p.DA, p.PD, p.SS]).toEqual([0, 0, 1, 0, 0, 0, 0]);
    expect(r3(p.SD)).toBe(0.333);
    expect(p.cyc).toBeNull();
  });

  it('U, V, K and disturbances are per person and use shares', () => {
    const b = shop()
      .role('op', { unit: 'u', headcount: 2, hours: 40 })
      .role('other', { unit: 'u' })
      .task('m', { scope: ['a'], load: 60, dist: 6, cycle: 10, holders: { op: 0.5, other: 0.5 }, typeLabel: 'make:a' })
      .task('s', { kind: 'prepare', scope: ['a'], load: 20, dist: 2, holders: { op: 1 }, typeLabel: 'prep' });
    const p = roleOf(b, 'op').proxies;
    expect(p.U).toBe((30 + 20) / 80);
    expect(p.disturbancesPerPerson).toBe((3 + 2) / 2);
    expect(p.V).toBe(2 / 6);
    expect(p.K).toBe(0.5);
  });

  it.each([
    [1, 0],
    [1.5, 0],
    [30, 1],
    [60, 1],
    [6, Math.log(4) / Math.log(20)],
  ])('cycle %s min → C %s', (cycle, c) => {
    const b = shop()
      .role('op', { unit: 'u' })
      .task('m', { scope: ['a'], load: 10, cycle, holders: { op: 1 } });
    expect(r3(roleOf(b, 'op').proxies.C)).toBe(r3(c));
  });

  it('cyc is the load-weighted mean of the make tasks; make work without cycle data counts as not short', () => {
    const b = shop()
      .role('op', { unit: 'u' })
      .task('m1', { scope: ['a'], load: 30, cycle: 1, holders: { op: 1 } })
      .task('m2', { scope: ['b'], load: 10, cycle: 5, holders: { op: 1 } })
      .task('m3', { scope: ['b'], load: 40, holders: { op: 1 } });
    const p = roleOf(b, 'op').proxies;
    expect(p.cyc).toBe(2);
    expect(p.shortCycleShare).toBe(30 / 80);
  });

  it("DA*: own load plus half the team-mates' load per aspect, best level", () => {
    const b = shop()
      .team('t', 'u')
      .role('op', { team: 't' })
      .role('mate', { team: 't' })
      .role('qc', { unit: 's' })
      .task('m', { scope: ['a'], holders: { op: 1 } })
      .task('q1', { control: ['op', 'quality'], scope: ['a'], load: 10, holders: { mate: 1 } })
      .task('q2', { control: ['op', 'quality'], scope: ['a'], load: 10, holders: { qc: 1 } })
      .task('l', { control: ['op', 'logistics'], scope: ['a'], load: 5, holders: { op: 1 } })
      .task('plan', { control: ['tac', 'logistics'], scope: ['b'], load: 5, holders: { op: 1 } });
    const p = roleOf(b, 'op').proxies;
    // op: quality (0.5 × 10) / 20 = 0.25, logistics 1 → 0.625; tac on b is outside scope(op) = {a}.
    expect(p.coverage).toEqual({ op: 0.625, tac: null, str: null });
    expect(p.DA).toBe(0.625);
    expect(roleOf(b, 'op', { teamMateWeight: 0 }).proxies.DA).toBe(0.5);
  });

  it('DA* with zero loads weighs the tasks of an aspect equally', () => {
    const b = shop()
      .role('op', { unit: 'u' })
      .role('qc', { unit: 's' })
      .task('m', { scope: ['a'], holders: { op: 1 } })
      .task('q1', { control: ['op', 'quality'], scope: ['a'], holders: { op: 1 } })
      .task('q2', { control: ['op', 'quality'], scope: ['a'], holders: { qc: 1 } });
    expect(roleOf(b, 'op').proxies.DA).toBe(0.5);
  });

  it('scope(r) falls back to the workstations of its control tasks', () => {
    const b = shop()
      .role('qc', { unit: 's' })
      .task('q', { control: ['op', 'quality'], scope: ['a', 'b'], load: 5, holders: { qc: 1 } });
    expect(roleOf(b, 'qc').proxies.DA).toBe(1);
  });

  it.each([
    ['alone in a unit', (b: ScenarioBuilder) => b.role('x', { unit: 'u' }), 0],
    ['two team-less people', (b: ScenarioBuilder) => b.role('x', { unit: 'u', headcount: 2 }), 0.25],
    [
      'three team-less people in two roles',
      (b: ScenarioBuilder) => b.role('x', { unit: 'u', headcount: 2 }).role('y', { unit: 'u' }),
      0.5,
    ],
    ['a team of two', (b: ScenarioBuilder) => b.team('t', 'u').role('x', { team: 't' }).role('y', { team: 't' }), 0.5],
    ['a team of three', (b: ScenarioBuilder) => b.team('t', 'u').role('x', { team: 't', headcount: 3 }), 1],
    ['no unit, no team', (b: ScenarioBuilder) => b.role('x', { headcount: 3 }), 0.5],
  ])('SS* %s → %s', (_, build, ss) => {
    expect(roleOf(build(shop()), 'x').proxies.SS).toBe(ss);
  });

  it('PD* uses the tunable norms', () => {
    const b = shop()
      .role('op', { unit: 'u' })
      .task('m', { scope: ['a'], load: 40, dist: 5, holders: { op: 1 } });
    const p = roleOf(b, 'op', { disturbanceNorm: 5 }).proxies;
    expect([p.Un, p.Dn, p.In]).toEqual([1, 1, 0]);
    expect(r3(p.PD)).toBe(0.667);
  });
});

describe('scales and quadrants', () => {
  it.each([
    [30.01, 59.99, 'high-strain'],
    [30, 59.99, 'passive'],
    [31, 60, 'active'],
    [30, 60, 'low-strain'],
  ] as const)('PD %s DL %s → %s (ties are neither high nor low)', (pd, dl, q) => {
    expect(quadrantOf(pd, dl, settings())).toBe(q);
  });

  it('maps proxies to 12–48 and clamps', () => {
    expect([toJcqScale(0), toJcqScale(0.5), toJcqScale(1), toJcqScale(2), toJcqScale(Number.NaN)]).toEqual([
      12, 30, 48, 48, 12,
    ]);
    expect(strainRatioOf(30, 60)).toBe(1);
  });
});

describe('questionnaire mode', () => {
  const answers = {
    learn_new: 2,
    repetitive: 4,
    creative: 1,
    high_skill: 2,
    variety: 1,
    develop_abilities: 2,
    own_decisions: 1,
    little_freedom: 4,
    a_lot_of_say: 1,
    work_fast: 4,
    work_hard: 3,
    not_excessive: 2,
    enough_time: 2,
    free_from_conflict: 2,
  } as const;
  const withQuestionnaire = (q: RoleQuestionnaire) => {
    const b = shop()
      .role('op', { unit: 'u' })
      .task('m', { scope: ['a'], load: 10, cycle: 40, holders: { op: 1 } });
    const role = b.scenario.roles['role:op'];
    if (role) role.questionnaire = q;
    return roleOf(b, 'op');
  };

  it('overrides the proxy from five respondents on and keeps the proxy alongside', () => {
    const r = withQuestionnaire({ answerSets: Array.from({ length: 5 }, () => ({ ...answers })), scaleScores: null });
    expect(r.source).toBe('questionnaire');
    expect(r.scores).toEqual({ SD: 18, DA: 12, DL: 30, PD: 39 });
    expect(r.questionnaire).toMatchObject({ respondents: 5, from: 'answers' });
    expect(r.quadrant).toBe('high-strain');
    expect(r.proxyScores.SD).not.toBe(18);
  });

  it('is ignored below five respondents', () => {
    const r = withQuestionnaire({
      answerSets: Array.from({ length: 4 }, () => ({ ...answers })),
      scaleScores: { sd: 30, da: 30, pd: 30, respondents: 4 },
    });
    expect(r.source).toBe('proxy');
    expect(r.questionnaire).toBeNull();
  });

  it('falls back to entered scale scores', () => {
    const r = withQuestionnaire({ answerSets: [], scaleScores: { sd: 40, da: 40, pd: 20, respondents: 12 } });
    expect(r.scores).toEqual({ SD: 40, DA: 40, DL: 80, PD: 20 });
    expect(r.quadrant).toBe('low-strain');
  });
});
