import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseScenario, type RoleAnalysis, type ScenarioAnalysis } from '../../src/analysis';
import { parseProjectFile } from '../../src/io/projectFile';
import { checkProjectInvariants } from '../../src/model/invariants';
import { projectSchema } from '../../src/model/schema';
import { CURRENT_FORMAT_VERSION, PROJECT_FORMAT } from '../../src/model/types';
import { jobShop, loadFixture } from './fixtures';

/** domain.md §6: the functional job shop. */
const analysis = (): ScenarioAnalysis => {
  const a = analyseScenario(jobShop(), 'scenario:asis');
  if (!a) throw new Error('scenario missing');
  return a;
};
const role = (a: ScenarioAnalysis, key: string): RoleAnalysis => {
  const r = a.roles.find((x) => x.roleId === `role:${key}`);
  if (!r) throw new Error(`no role ${key}`);
  return r;
};
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

describe('job-shop fixture', () => {
  it('is a valid project file', () => {
    const file = loadFixture('job-shop.latitude.json');
    expect(file.format).toBe(PROJECT_FORMAT);
    expect(file.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    const parsed = projectSchema.safeParse(file.project);
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    expect(checkProjectInvariants(file.project)).toEqual([]);
  });

  it('loads through the import pipeline without migration', () => {
    const text = readFileSync(new URL('../fixtures/job-shop.latitude.json', import.meta.url), 'utf8');
    const result = parseProjectFile(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.migratedFrom).toBeNull();
  });

  it('lays every node out, units as sized group boxes', () => {
    const s = jobShop().scenarios['scenario:asis'];
    if (!s) throw new Error('scenario missing');
    for (const id of [
      ...Object.keys(s.units),
      ...Object.keys(s.workstations),
      ...Object.keys(s.roles),
      ...Object.keys(s.families),
    ])
      expect(s.layout[id as keyof typeof s.layout], id).toBeDefined();
    for (const id of Object.keys(s.units)) expect(s.layout[id as keyof typeof s.layout]?.width).toBeGreaterThan(0);
  });
});

describe('§6 structure parameters', () => {
  it.each([
    ['P1', 1],
    ['P2', 1],
    ['P3', 0.75],
    ['P4', 0.94],
    ['P5', 1],
    ['P6', 1],
    ['P7', 1],
  ] as const)('%s = %s', (key, expected) => {
    expect(r3(analysis().parameters[key].value ?? NaN)).toBe(expected);
  });

  it('handoffs F1 3, F2 2, F3 2', () => {
    expect(analysis().handoffs.map((h) => [h.familyId, h.count])).toEqual([
      ['family:F1', 3],
      ['family:F2', 2],
      ['family:F3', 2],
    ]);
  });

  it('lists the separated control tasks as P4 drivers, largest first; diagnose (held by MNT) is not one', () => {
    const drivers = analysis().parameters.P4.drivers;
    expect(drivers.map((d) => d.entityId)).toEqual([
      'task:inspect',
      'task:allocate',
      'task:dispatch',
      'task:sequence',
      'task:dispose',
      'task:schedule',
    ]);
    expect(drivers[0]).toMatchObject({ reason: 'control-task-separated', related: ['role:QCI'] });
    expect(r3(drivers.reduce((a, d) => a + d.weight, 0))).toBe(0.94);
  });
});

describe('§6 role scores', () => {
  // role, SD, DA, DL, PD, ratio, quadrant, WEBA failures, stress, learning
  const table = [
    ['LAS', 19.8, 12.0, 31.8, 33.3, 2.1, 'high-strain', [1, 2, 5, 7], true, true],
    ['BRK', 17.0, 12.0, 29.0, 33.9, 2.34, 'high-strain', [1, 2, 3, 5, 7], true, true],
    ['WLD', 23.7, 12.0, 35.7, 33.6, 1.88, 'high-strain', [1, 2, 5, 7], true, true],
    ['PNT', 17.0, 12.0, 29.0, 31.2, 2.15, 'high-strain', [1, 2, 3, 5, 6, 7], true, true],
    ['QCI', 29.0, 19.5, 48.5, 34.8, 1.44, 'high-strain', [5, 6], true, false],
    ['PLN', 33.0, 24.0, 57.0, 37.2, 1.31, 'high-strain', [5, 7], true, false],
    ['SUP', 33.0, 25.1, 58.1, 27.0, 0.93, 'passive', [5], false, false],
    ['PM', 33.0, 48.0, 81.0, 31.2, 0.77, 'active', [], false, false],
  ] as const;

  it.each(table)(
    '%s: SD %s DA %s DL %s PD %s ratio %s %s',
    (key, sd, da, dl, pd, ratio, quadrant, failures, stress, learning) => {
      const r = role(analysis(), key);
      expect(r.source).toBe('proxy');
      expect([r1(r.scores.SD), r1(r.scores.DA), r1(r.scores.DL), r1(r.scores.PD)]).toEqual([sd, da, dl, pd]);
      expect(r2(r.strainRatio)).toBe(ratio);
      expect(r.quadrant).toBe(quadrant);
      expect(r.weba.failures).toEqual(failures);
      expect([r.weba.stressRisk, r.weba.learningRisk]).toEqual([stress, learning]);
    },
  );

  it('LAS intermediates', () => {
    const p = role(analysis(), 'LAS').proxies;
    expect(r3(p.U)).toBe(0.875);
    expect(r3(p.V)).toBe(0.167);
    expect(p.cyc).toBe(3);
    expect(r3(p.C)).toBe(0.231);
    expect(p.K).toBe(0.25);
    expect(r3(p.SD)).toBe(0.216);
    expect(p.DA).toBe(0);
    expect(p.disturbancesPerPerson).toBe(4);
    expect(p.interfaces).toBe(5);
    expect(r3(p.PD)).toBe(0.592);
  });

  it('PNT is iso-strain (alone in its unit, SS* = 0)', () => {
    const pnt = role(analysis(), 'PNT');
    expect(pnt.proxies.SS).toBe(0);
    expect(pnt.isoStrain).toBe(true);
    expect(pnt.flags).toContain('ISO_STRAIN');
  });

  /**
   * The §6 table marks only PNT as iso, but by §4 (iso = high strain and SS* < 0.5, team-less
   * SS* = 0.5 · min(1, (people − 1)/2)) every high-strain role of a team-less group under three
   * people is iso too: QCI is alone (its own WEBA 6 failure says so), LAS/BRK/WLD/PLN have
   * SS* = 0.25. The engine follows the formula; see docs/analysis.md "Iso-strain in §6".
   */
  it.each([
    ['LAS', 0.25, true],
    ['BRK', 0.25, true],
    ['WLD', 0.25, true],
    ['QCI', 0, true],
    ['PLN', 0.25, true],
    ['SUP', 0.5, false],
    ['PM', 0.5, false],
  ] as const)('%s: SS* %s, iso %s by the §4 formula', (key, ss, iso) => {
    const r = role(analysis(), key);
    expect(r.proxies.SS).toBe(ss);
    expect(r.isoStrain).toBe(iso);
  });

  it('interfaces of staff roles reach every other group', () => {
    const a = analysis();
    expect(role(a, 'QCI').interfaces.count).toBe(8);
    expect([...role(a, 'WLD').interfaces.groups].sort()).toEqual(
      ['unit:log', 'unit:maint', 'unit:mgmt', 'unit:qc'].sort(),
    );
  });
});
