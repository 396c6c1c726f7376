import { describe, expect, it } from 'vitest';
import { analyseScenario, type Finding, type FindingCode, type ScenarioAnalysis } from '../../src/analysis';
import { jobShop } from './fixtures';

const analysis = (): ScenarioAnalysis => {
  const a = analyseScenario(jobShop(), 'scenario:asis');
  if (!a) throw new Error('scenario missing');
  return a;
};
const find = (a: ScenarioAnalysis, code: FindingCode, entityId: string): Finding => {
  const f = a.findings.find((x) => x.code === code && x.entityId === entityId);
  if (!f) throw new Error(`no ${code} for ${entityId}`);
  return f;
};

describe('findings', () => {
  it('are i18n-ready data: keys and params, never sentences', () => {
    const a = analysis();
    expect(a.findings.length).toBeGreaterThan(0);
    for (const f of a.findings) {
      expect(['critical', 'warning', 'info']).toContain(f.severity);
      for (const m of [...f.drivers, ...f.suggestedMoves]) {
        expect(m.key).toMatch(/^(driver|move)\.[a-zA-Z-]+$/);
        for (const v of Object.values(m.params)) {
          if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
          else expect(v).not.toMatch(/\s/);
        }
      }
    }
  });

  it('are sorted most severe first', () => {
    const rank = { critical: 0, warning: 1, info: 2 };
    const ranks = analysis().findings.map((f) => rank[f.severity]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it('explain why LAS has low latitude and suggest moving control in', () => {
    const f = find(analysis(), 'LOW_LATITUDE', 'role:LAS');
    expect(f.drivers).toEqual(
      expect.arrayContaining([
        { key: 'driver.noControlTask', params: {} },
        { key: 'driver.fewTaskTypes', params: { types: 1, norm: 6 } },
        { key: 'driver.missingTaskKind', params: { kind: 'control' } },
      ]),
    );
    expect(f.suggestedMoves[0]).toEqual({
      key: 'move.controlToRole',
      params: { task: 'task:inspect', role: 'role:LAS', parameter: 'P4' },
    });
    expect(f.suggestedMoves).toContainEqual({
      key: 'move.prepareToRole',
      params: { task: 'task:setup-cut', role: 'role:LAS', parameter: 'P2' },
    });
  });

  it('give short-cycle and strain drivers as numbers', () => {
    const a = analysis();
    expect(find(a, 'SHORT_CYCLE', 'role:BRK').drivers).toContainEqual({
      key: 'driver.shortCycleShare',
      params: { percent: 100 },
    });
    expect(find(a, 'CONTROL_PROBLEM', 'role:LAS').drivers[0]).toEqual({
      key: 'driver.strainRatio',
      params: { ratio: 2.1 },
    });
    expect(find(a, 'HIGH_STRAIN', 'role:LAS').drivers).toContainEqual({
      key: 'driver.interfaces',
      params: { count: 5 },
    });
    expect(find(a, 'WEBA_LEARNING_RISK', 'role:LAS').drivers.map((d) => d.params.criterion)).toEqual([1, 2]);
  });

  it('report every high structure parameter with its drivers and the moves that lower it', () => {
    const a = analysis();
    const params = a.findings.filter((f) => f.code === 'PARAMETER_HIGH');
    expect(params.map((f) => f.drivers[0]?.params.parameter)).toEqual(
      expect.arrayContaining(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']),
    );
    const p4 = params.find((f) => f.drivers[0]?.params.parameter === 'P4');
    expect(p4?.drivers[1]).toMatchObject({ key: 'driver.control-task-separated', params: { entity: 'task:inspect' } });
    expect(p4?.suggestedMoves).toEqual([{ key: 'move.controlIntoTeams', params: { parameter: 'P4' } }]);
  });

  it('report flows with many handoffs, red zones and uncovered workstations', () => {
    const a = analysis();
    expect(find(a, 'FAMILY_MANY_HANDOFFS', 'family:F1').drivers[0]).toEqual({
      key: 'driver.handoffs',
      params: { count: 3 },
    });
    expect(find(a, 'RED_ZONE', 'ws:P1').severity).toBe('critical');
    expect(find(a, 'WORKSTATION_UNCOVERED', 'ws:W2').suggestedMoves[0]).toEqual({
      key: 'move.train',
      params: { role: 'role:WLD', workstation: 'ws:W2', fromLevel: 1 },
    });
  });

  it('have stable codes per role flag', () => {
    const a = analysis();
    const pm = a.roles.find((r) => r.roleId === 'role:PM');
    expect(pm?.flags).toEqual([]);
    const sup = a.roles.find((r) => r.roleId === 'role:SUP');
    expect(sup?.flags).toEqual(['LOW_LATITUDE', 'PASSIVE']);
  });
});
