import { describe, expect, it } from 'vitest';
import { analyseScenario, analyseScenarioData } from '../../src/analysis';
import type { QualificationLevel } from '../../src/model/types';
import { ScenarioBuilder, settings } from './builders';
import { jobShop } from './fixtures';

/** One machine type on four machines, one family; qualifications per test. */
const cell = (quals: Record<string, Record<string, QualificationLevel>>, headcount: Record<string, number> = {}) => {
  const b = new ScenarioBuilder()
    .unit('u', 'cell')
    .ws('m1', 'm', 'u')
    .ws('m2', 'm', 'u')
    .ws('m3', 'm', 'u')
    .ws('m4', 'm', 'u');
  b.family('f', [['m1', 'm2', 'm3', 'm4']]);
  for (const [role, q] of Object.entries(quals)) b.role(role, { unit: 'u', quals: q, headcount: headcount[role] ?? 1 });
  return b;
};

describe('k-coverage', () => {
  it('classifies workstations by qualified people (level ≥ 2, counted by headcount)', () => {
    const b = cell({ a: { m1: 2, m2: 2, m3: 2 }, b: { m1: 3, m2: 4, m4: 1 }, c: { m1: 2 } }, { c: 1 });
    const cov = analyseScenarioData(b.scenario, settings()).coverage;
    expect(cov.workstations.map((w) => [w.workstationId, w.qualifiedPeople, w.status])).toEqual([
      ['ws:m1', 3, 'ok'],
      ['ws:m2', 2, 'below-k'],
      ['ws:m3', 1, 'red-zone'],
      ['ws:m4', 0, 'uncovered'],
    ]);
    expect(cov.redZones).toEqual(['ws:m3']);
    expect(cov.uncovered).toEqual(['ws:m4']);
    expect(cov.roles.map((r) => [r.roleId, r.qualifiedWorkstations, r.gap])).toEqual([
      ['role:a', 3, 0],
      ['role:b', 2, 1],
      ['role:c', 1, 2],
    ]);
  });

  it('a role with headcount 3 covers a workstation alone', () => {
    const cov = analyseScenarioData(cell({ crew: { m1: 2 } }, { crew: 3 }).scenario, settings()).coverage;
    expect(cov.workstations[0]?.status).toBe('ok');
  });

  it('uses k from the settings', () => {
    const b = cell({ a: { m1: 2 }, b: { m1: 2 } });
    expect(
      analyseScenarioData(b.scenario, settings({ coveragePeoplePerWorkstation: 2 })).coverage.workstations[0]?.status,
    ).toBe('ok');
  });

  it('proposes people already in training first, until the gap is closed', () => {
    const b = cell({
      a: { m1: 2, m2: 2, m3: 2, m4: 2 },
      b: { m1: 1, m2: 2, m3: 2 },
      c: { m2: 2, m3: 2, m4: 2 },
      d: { m2: 2, m3: 2, m4: 2 },
    });
    const needs = analyseScenarioData(b.scenario, settings()).coverage.trainingNeeds.filter(
      (n) => n.workstationId === 'ws:m1',
    );
    // m1 has one qualified person, so two more are needed: b (in training) first, then c by id.
    expect(needs.map((n) => [n.roleId, n.fromLevel])).toEqual([
      ['role:b', 1],
      ['role:c', 0],
    ]);
    // b is also short of k itself, so the same need serves both gaps.
    expect(needs[0]?.reasons).toEqual(['workstation-coverage', 'role-coverage']);
  });

  it('a role short of k gets workstations on its own routes first', () => {
    const b = cell({ a: { m1: 2 } })
      .unit('far')
      .ws('x', 'x', 'far');
    const needs = analyseScenarioData(b.scenario, settings()).coverage.trainingNeeds.filter(
      (n) => n.roleId === 'role:a' && n.reasons.includes('role-coverage'),
    );
    expect(needs.map((n) => n.workstationId)).toEqual(['ws:m2', 'ws:m3']);
  });

  it('without any skills-matrix entry coverage is computed but not reported', () => {
    const b = cell({})
      .role('op', { unit: 'u' })
      .task('m', { scope: ['m1'], holders: { op: 1 } });
    const a = analyseScenarioData(b.scenario, settings());
    expect(a.coverage.hasData).toBe(false);
    expect(
      a.findings.filter((f) =>
        ['RED_ZONE', 'WORKSTATION_UNCOVERED', 'WORKSTATION_BELOW_K', 'ROLE_BELOW_K'].includes(f.code),
      ),
    ).toEqual([]);
  });

  it('job shop: W2 uncovered, P1 a red zone, W1 below k', () => {
    const cov = analyseScenario(jobShop(), 'scenario:asis')?.coverage;
    expect(cov?.uncovered).toEqual(['ws:W2']);
    expect(cov?.redZones).toEqual(['ws:P1']);
    expect(cov?.workstations.find((w) => w.workstationId === 'ws:W1')?.status).toBe('below-k');
    // The welders (level 1 on W2) are the first to train there.
    expect(cov?.trainingNeeds.find((n) => n.workstationId === 'ws:W2')).toMatchObject({
      roleId: 'role:WLD',
      fromLevel: 1,
    });
  });
});
