import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARAMETER_KEYS, analyseScenarioData } from '../../src/analysis';
import type { RoleId, WorkstationId } from '../../src/model/ids';
import { checkScenarioInvariants } from '../../src/model/invariants';
import { scenarioSchema } from '../../src/model/schema';
import { createFamily, createRole, createTask, createUnit, createWorkstation } from '../../src/model/factories';
import { CONTROL_ASPECTS, DEFAULT_ANALYSIS_SETTINGS, type Scenario } from '../../src/model/types';
import { arbScenario } from './arbitraries';

const within = (x: number, lo: number, hi: number) => x >= lo - 1e-9 && x <= hi + 1e-9;

describe('the generator', () => {
  it('makes valid scenarios', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        expect(scenarioSchema.safeParse(s).success).toBe(true);
        expect(checkScenarioInvariants(s)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('analysis properties', () => {
  it('never throws and keeps every score in its range', () => {
    fc.assert(
      fc.property(arbScenario, (s) => {
        const a = analyseScenarioData(s, DEFAULT_ANALYSIS_SETTINGS);
        expect(a.roles).toHaveLength(Object.keys(s.roles).length);
        for (const key of PARAMETER_KEYS) {
          const v = a.parameters[key].value;
          if (v === null) expect(['P5', 'P7']).toContain(key);
          else expect(within(v, 0, 1), `${key} = ${v}`).toBe(true);
        }
        for (const r of a.roles) {
          const p = r.proxies;
          for (const [name, x] of Object.entries({
            V: p.V,
            C: p.C,
            K: p.K,
            SD: p.SD,
            DA: p.DA,
            PD: p.PD,
            SS: p.SS,
            Un: p.Un,
            Dn: p.Dn,
            In: p.In,
          }))
            expect(within(x, 0, 1), `${r.roleId} ${name}* = ${x}`).toBe(true);
          expect(p.U).toBeGreaterThanOrEqual(0);
          for (const k of ['SD', 'DA', 'PD'] as const)
            expect(within(r.scores[k], 12, 48), `${k} = ${r.scores[k]}`).toBe(true);
          expect(within(r.scores.DL, 24, 96)).toBe(true);
          expect(Number.isFinite(r.strainRatio)).toBe(true);
        }
        for (const h of a.handoffs) expect(h.count).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  /**
   * Design rule of domain.md §1: giving an op-level control task to the role that does the make
   * work on its workstations (instead of a staff role) never raises P4 and never lowers that
   * role's decision authority.
   */
  it("moving op control from staff to the maker never raises P4 nor lowers the maker's DA", () => {
    const move = fc.record({
      base: arbScenario,
      aspect: fc.constantFrom(...CONTROL_ASPECTS),
      staffShare: fc.integer({ min: 1, max: 10 }),
      otherShare: fc.integer({ min: 0, max: 10 }),
      other: fc.nat(),
      extraScope: fc.array(fc.nat(), { maxLength: 3 }),
      loads: fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })),
      makerTeam: fc.option(fc.nat(), { nil: null }),
    });
    fc.assert(
      fc.property(move, (m) => {
        const s = inject(m);
        expect(checkScenarioInvariants(s)).toEqual([]);
        const before = analyseScenarioData(s, DEFAULT_ANALYSIS_SETTINGS);
        const task = s.tasks['task:ctl'];
        if (!task) throw new Error('no task');
        const staffShare = task.assignments['role:staff'] ?? 0;
        delete task.assignments['role:staff'];
        task.assignments['role:maker'] = (task.assignments['role:maker'] ?? 0) + staffShare;
        expect(checkScenarioInvariants(s)).toEqual([]);
        const after = analyseScenarioData(s, DEFAULT_ANALYSIS_SETTINGS);
        expect(after.parameters.P4.value ?? 0).toBeLessThanOrEqual((before.parameters.P4.value ?? 0) + 1e-12);
        const da = (a: typeof before) => a.roles.find((r) => r.roleId === 'role:maker')?.scores.DA ?? NaN;
        expect(da(after)).toBeGreaterThanOrEqual(da(before) - 1e-9);
      }),
      { numRuns: 300 },
    );
  });
});

interface MoveSpec {
  base: Scenario;
  aspect: (typeof CONTROL_ASPECTS)[number];
  staffShare: number;
  otherShare: number;
  other: number;
  extraScope: number[];
  loads: [number, number];
  makerTeam: number | null;
}

/** Adds a flow workstation, a maker on it, a staff role and an op control task held partly by staff. */
function inject(m: MoveSpec): Scenario {
  const s = structuredClone(m.base);
  const w: WorkstationId = 'ws:flow';
  s.units['unit:staff'] = { ...createUnit({ name: 'Staff', kind: 'staff' }), id: 'unit:staff' };
  s.workstations[w] = { ...createWorkstation({ name: 'Flow', processType: 'flow' }), id: w };
  s.families['family:flow'] = {
    ...createFamily({ name: 'Flow', route: [{ id: 'step:flow-1', workstations: [w] }] }),
    id: 'family:flow',
  };
  const teams = Object.values(s.teams);
  const team = m.makerTeam === null || teams.length === 0 ? null : (teams[m.makerTeam % teams.length] ?? null);
  s.roles['role:maker'] = {
    ...createRole({ name: 'Maker', teamId: team?.id ?? null, unitId: team?.unitId ?? null }),
    id: 'role:maker',
  };
  s.roles['role:staff'] = { ...createRole({ name: 'Staff', unitId: 'unit:staff' }), id: 'role:staff' };
  s.tasks['task:make'] = {
    ...createTask({ name: 'Make', scope: [w], load: m.loads[0], assignments: { 'role:maker': 1 } }),
    id: 'task:make',
  };
  const wsIds = Object.keys(s.workstations) as WorkstationId[];
  const scope = [...new Set([w, ...m.extraScope.map((k) => wsIds[k % wsIds.length] as WorkstationId)])];
  const roles = Object.keys(s.roles).filter((r) => r !== 'role:staff') as RoleId[];
  const other = roles[m.other % roles.length] as RoleId;
  const total = m.staffShare + m.otherShare;
  const assignments: Partial<Record<RoleId, number>> = { 'role:staff': m.staffShare / total };
  if (m.otherShare > 0) assignments[other] = m.otherShare / total;
  s.tasks['task:ctl'] = {
    ...createTask({
      name: 'Control',
      kind: 'control',
      control: { level: 'op', aspect: m.aspect },
      scope,
      load: m.loads[1],
      assignments,
    }),
    id: 'task:ctl',
  };
  return s;
}
