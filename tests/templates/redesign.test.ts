import { describe, expect, it } from 'vitest';
import type { ScenarioAnalysis } from '../../src/analysis';
import type { Scenario } from '../../src/model/types';
import { compare, flagged, handoffs, highStrain, param, templateFiles } from './loadTemplates';

/**
 * What each template is meant to show, asserted from the engine as directions (as-is → to-be),
 * not as numbers: a template may be retuned as long as its redesign still does what it claims.
 */

const SLUGS = templateFiles().map((f) => f.replace('.latitude.json', ''));
const lower = (
  before: ScenarioAnalysis,
  after: ScenarioAnalysis,
  ...keys: ('P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7')[]
) => {
  for (const key of keys) expect(param(after, key), key).toBeLessThan(param(before, key));
};
const teamHeadcount = (s: Scenario, teamId: string) =>
  Object.values(s.roles)
    .filter((r) => r.teamId === teamId)
    .reduce((n, r) => n + r.headcount, 0);
const controlHolders = (s: Scenario, level?: 'op' | 'tac') =>
  new Set(
    Object.values(s.tasks)
      .filter((t) => t.control && (!level || t.control.level === level))
      .flatMap((t) => Object.keys(t.assignments)),
  );
const opControlHolders = (s: Scenario) => controlHolders(s, 'op');

describe('every template', () => {
  it.each(SLUGS)('%s: the to-be separates less control from operations and has fewer high-strain roles', (slug) => {
    const { before, after } = compare(slug);
    lower(before, after, 'P4');
    expect(highStrain(before)).toBeGreaterThan(0);
    expect(highStrain(after)).toBeLessThan(highStrain(before));
    expect(flagged(after, 'LOW_LATITUDE')).toBeLessThan(flagged(before, 'LOW_LATITUDE'));
    // Parallel flows: no family changes hands more often than before, and none is split over more units.
    const was = handoffs(before);
    for (const h of after.handoffs) expect(h.count, h.familyId).toBeLessThanOrEqual(was.get(h.familyId) ?? Infinity);
  });
});

describe('job shop → QRM cells', () => {
  const { before, after, toBe } = compare('job-shop-qrm-cells');

  it('starts from the worked example of domain.md §6', () => {
    const p = Object.fromEntries(
      (['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'] as const).map((k) => [k, Math.round(param(before, k) * 1000) / 1000]),
    );
    expect(p).toEqual({ P1: 1, P2: 1, P3: 0.75, P4: 0.94, P5: 1, P6: 1, P7: 1 });
    expect(before.handoffs.map((h) => h.count)).toEqual([3, 2, 2]);
  });

  it('cuts handoffs and MCT for every family and makes both focused segments cell-complete', () => {
    const was = handoffs(before);
    for (const h of after.handoffs) expect(h.count).toBeLessThan(was.get(h.familyId) ?? 0);
    const mctBefore = new Map(before.mct.map((m) => [m.familyId, m.result.ok ? m.result.mctDays : NaN]));
    expect(after.mct).toHaveLength(3);
    for (const m of after.mct) expect(m.result.ok && m.result.mctDays).toBeLessThan(mctBefore.get(m.familyId) ?? 0);
    expect(before.cells.every((c) => !c.complete)).toBe(true);
    expect(after.cells.every((c) => c.complete)).toBe(true);
    lower(before, after, 'P1', 'P2', 'P3', 'P5', 'P7');
  });

  it('keeps the paint booth as a monument fed by POLCA loops from both cells', () => {
    expect(
      Object.values(toBe.workstations)
        .filter((w) => w.monument)
        .map((w) => w.name),
    ).toEqual(['Paint booth']);
    expect(after.polca).toHaveLength(2);
    // domain.md §5: LT_A 3, MT 0.25, LT_B 1, RT 0.25, 128 jobs in 63 days, S 0.1 → 11 cards.
    expect(after.polca.find((l) => l.loopId === 'polca:assemblies-paint')?.cards).toBe(11);
  });
});

describe('façade maker: self-managing operators under 1-3-1', () => {
  const { before, after, toBe } = compare('facade-self-managing-flows');

  it('has red zones before and meets 1-3-1 after: every machine three people, every operator three machines', () => {
    expect(before.coverage.redZones.length).toBeGreaterThan(0);
    expect(after.coverage.workstations.every((w) => w.qualifiedPeople >= 3)).toBe(true);
    const operators = Object.values(toBe.roles).filter((r) => r.teamId);
    expect(operators.length).toBeGreaterThanOrEqual(10);
    for (const r of operators)
      expect(after.coverage.roles.find((c) => c.roleId === r.id)?.qualifiedWorkstations, r.name).toBeGreaterThanOrEqual(
        3,
      );
  });

  it('gives every operator a team role with control of its own', () => {
    const holders = controlHolders(toBe);
    for (const r of Object.values(toBe.roles).filter((x) => x.teamId)) expect(holders.has(r.id), r.name).toBe(true);
    lower(before, after, 'P2', 'P3', 'P5', 'P7');
  });
});

describe('hinge maker: QRM cells with team seniors and a coordinator', () => {
  const { before, after, toBe } = compare('hinge-qrm-cells');

  it('makes every market segment cell-complete and cuts handoffs', () => {
    expect(after.cells.map((c) => c.complete)).toEqual([true, true, true]);
    expect(before.cells.some((c) => c.complete)).toBe(false);
    const total = (a: ScenarioAnalysis) => a.handoffs.reduce((n, h) => n + h.count, 0);
    expect(total(after)).toBeLessThan(total(before));
    lower(before, after, 'P1', 'P3', 'P5', 'P6', 'P7');
  });

  it('lets the team seniors sequence and divide the work and leaves the coordinator tactical only', () => {
    const seniors = Object.values(toBe.roles).filter((r) => r.name.endsWith('senior'));
    expect(seniors).toHaveLength(3);
    const heldBy = (roleId: string, aspect: string) =>
      Object.values(toBe.tasks).some(
        (t) => t.control?.level === 'op' && t.control.aspect === aspect && t.assignments[roleId as never],
      );
    for (const s of seniors)
      for (const aspect of ['logistics', 'personnel']) expect(heldBy(s.id, aspect), `${s.name} ${aspect}`).toBe(true);
    const coordinator = Object.values(toBe.roles).find((r) => r.name === 'Cell coordinator');
    expect(coordinator && opControlHolders(toBe).has(coordinator.id)).toBe(false);
    expect(
      Object.values(toBe.tasks).some((t) => t.control?.level === 'tac' && coordinator && t.assignments[coordinator.id]),
    ).toBe(true);
  });
});

describe('potato processing: three segments', () => {
  const { before, after, toBe } = compare('potato-processing-segments');

  it('segments the chain into receipt and quality control, production and distribution', () => {
    expect(
      Object.values(toBe.units)
        .filter((u) => u.kind === 'segment')
        .map((u) => u.name),
    ).toEqual(['Receipt and quality control', 'Production', 'Distribution centre']);
    for (const h of after.handoffs) expect(h.count).toBeLessThan(handoffs(before).get(h.familyId) ?? 0);
    lower(before, after, 'P2', 'P3', 'P5', 'P7');
  });
});

describe('home care: neighbourhood teams', () => {
  const { before, after, toBe } = compare('home-care-neighbourhood-teams');

  it('forms self-managing teams of at most twelve people, one per neighbourhood', () => {
    const teams = Object.values(toBe.teams);
    expect(teams.length).toBe(Object.keys(toBe.families).length);
    for (const t of teams) expect(teamHeadcount(toBe, t.id), t.name).toBeLessThanOrEqual(12);
    expect(after.cells.every((c) => c.complete)).toBe(true);
  });

  it('moves intake, planning and rosters into the teams', () => {
    lower(before, after, 'P1', 'P2', 'P4', 'P5');
    expect(flagged(after, 'LOW_LATITUDE')).toBeLessThan(flagged(before, 'LOW_LATITUDE'));
  });
});

describe('residential care: small wards with team roles', () => {
  const { before, after, asIs, toBe } = compare('residential-care-small-wards');
  const residents = (s: Scenario) => Object.values(s.families).map((f) => f.demand ?? 0);

  it('splits one ward of 58 into small wards with multidisciplinary teams', () => {
    expect(Object.values(asIs.units).filter((u) => u.name.includes('58'))).toHaveLength(1);
    expect(residents(toBe).reduce((a, b) => a + b, 0)).toBe(58);
    for (const n of residents(toBe)) expect(n).toBeLessThanOrEqual(15);
    expect(after.cells.every((c) => c.complete)).toBe(true);
  });

  it('gives every ward-team member a control task and lowers P2, P4, P5 and low latitude', () => {
    const control = controlHolders(toBe);
    for (const r of Object.values(toBe.roles).filter((x) => x.teamId && x.teamId !== 'team:treatment'))
      expect(control.has(r.id), r.name).toBe(true);
    lower(before, after, 'P2', 'P4', 'P5');
    expect(flagged(after, 'LOW_LATITUDE')).toBeLessThan(flagged(before, 'LOW_LATITUDE'));
  });
});

describe('construction: self-managing production teams', () => {
  const { before, after, toBe } = compare('construction-self-managing-teams');

  it('replaces trade crews by mixed teams per order stream', () => {
    lower(before, after, 'P1', 'P3', 'P4', 'P5');
    expect(after.cells.every((c) => c.complete)).toBe(true);
  });

  it('holds operational control only inside the teams: roles instead of functions', () => {
    for (const id of opControlHolders(toBe)) expect(toBe.roles[id as never]?.teamId, id).not.toBeNull();
    // Every team of three or more role holders has the planning, safety and materials roles.
    for (const team of ['New-build', 'Renovation'])
      for (const role of ['Planning role', 'Safety role', 'Materials role'])
        expect(
          Object.values(toBe.roles).some((r) => r.name === `${role} (${team})` && r.teamId),
          `${role} (${team})`,
        ).toBe(true);
  });
});

describe('project firm: holacracy roles', () => {
  const { before, after, toBe } = compare('project-firm-holacracy');

  it('has lead link, rep link and facilitator roles in every market circle', () => {
    for (const circle of ['Infra', 'Energy', 'Real estate'])
      for (const role of ['Lead link', 'Rep link', 'Facilitator'])
        expect(
          Object.values(toBe.roles).some((r) => r.name === `${role} (${circle})`),
          `${role} (${circle})`,
        ).toBe(true);
  });

  it('lets each role control its own domain: less separation and specialisation of control, no handoffs', () => {
    lower(before, after, 'P4', 'P5', 'P7');
    expect(after.handoffs.every((h) => h.count === 0)).toBe(true);
    expect(flagged(after, 'LOW_LATITUDE')).toBeLessThan(flagged(before, 'LOW_LATITUDE'));
  });
});
