import { describe, expect, it } from 'vitest';
import { analyseScenarioData, type RoleAnalysis } from '../../src/analysis';
import { ScenarioBuilder, settings } from './builders';

const roleOf = (b: ScenarioBuilder, key = 'op'): RoleAnalysis => {
  const r = analyseScenarioData(b.scenario, settings()).roles.find((x) => x.roleId === `role:${key}`);
  if (!r) throw new Error(`no role ${key}`);
  return r;
};
const shop = () =>
  new ScenarioBuilder()
    .unit('u')
    .unit('s', 'staff')
    .ws('a', 'a', 'u')
    .family('f', [['a']])
    .role('op', { unit: 'u' })
    .role('qc', { unit: 's' });

describe('WEBA criteria', () => {
  it('criteria 1 and 3 are n/a without make work', () => {
    const w = roleOf(shop().task('q', { control: ['op', 'quality'], scope: ['a'], holders: { qc: 1 } }), 'qc').weba;
    expect([w.criteria[1], w.criteria[3]]).toEqual(['n/a', 'n/a']);
  });

  it('a whole task passes 1, 2, 5 and 7', () => {
    const b = shop()
      .task('m', { scope: ['a'], load: 20, cycle: 5, holders: { op: 1 } })
      .task('p', { kind: 'prepare', scope: ['a'], load: 5, holders: { op: 1 } })
      .task('q', { control: ['op', 'quality'], scope: ['a'], load: 5, holders: { op: 1 } });
    const w = roleOf(b).weba;
    expect(w.criteria).toEqual({ 1: 'pass', 2: 'pass', 3: 'pass', 4: 'n/a', 5: 'pass', 6: 'fail', 7: 'pass' });
    expect(w.failures).toEqual([6]);
  });

  it.each([
    [[2, 2], 'pass'],
    [[1, 2], 'pass'],
    [[1, 1], 'fail'],
    [[3, 3], 'fail'],
  ] as const)('difficulties %j → %s', (difficulties, outcome) => {
    const b = shop();
    difficulties.forEach((difficulty, i) =>
      b.task(`m${i}`, { scope: ['a'], load: 10, difficulty, holders: { op: 1 } }),
    );
    expect(roleOf(b).weba.criteria[4]).toBe(outcome);
  });

  it('criterion 3 fails above half the make load in cycles under 1.5 min', () => {
    const b = shop()
      .task('m1', { scope: ['a'], load: 11, cycle: 1, holders: { op: 1 } })
      .task('m2', { scope: ['a'], load: 10, cycle: 3, holders: { op: 1 } });
    expect(roleOf(b).weba.criteria[3]).toBe('fail');
  });

  it("criterion 7 passes on a team-mate's quality task", () => {
    const b = new ScenarioBuilder()
      .unit('u')
      .ws('a', 'a', 'u')
      .team('t', 'u')
      .role('op', { team: 't' })
      .role('mate', { team: 't' })
      .task('m', { scope: ['a'], holders: { op: 1 } })
      .task('q', { control: ['tac', 'quality'], scope: ['a'], holders: { mate: 1 } });
    expect(roleOf(b).weba.criteria[7]).toBe('pass');
  });

  it('risks: stress needs PD above the cut and a failure in 2, 5 or 7; learning two failures in 1–4', () => {
    const b = shop()
      .task('m', { scope: ['a'], load: 40, cycle: 1, dist: 10, holders: { op: 1 } })
      .task('q', { control: ['op', 'quality'], scope: ['a'], holders: { qc: 1 } });
    const r = roleOf(b);
    expect(r.scores.PD).toBeGreaterThan(30);
    expect(r.weba.failures).toEqual([1, 2, 3, 5, 6, 7]);
    expect([r.weba.stressRisk, r.weba.learningRisk]).toEqual([true, true]);
  });
});
