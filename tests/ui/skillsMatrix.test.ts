import { describe, expect, it } from 'vitest';
import { analyseScenarioData } from '../../src/analysis';
import type { Scenario } from '../../src/model';
import { joinNames, matrixColumns, matrixOrder, matrixRows, trainingGaps } from '../../src/ui/skills/matrix';
import { ScenarioBuilder, settings } from '../analysis/builders';
import { jobShop } from '../analysis/fixtures';

/** Two cells with a team each, a functional unit without teams, and loose roles and workstations. */
function plant(): Scenario {
  const b = new ScenarioBuilder()
    .unit('Zeta cell', 'cell')
    .unit('Alpha cell', 'cell')
    .unit('Paint', 'functional')
    .ws('Z2', 'z', 'Zeta cell')
    .ws('Z1', 'z', 'Zeta cell')
    .ws('A1', 'a', 'Alpha cell')
    .ws('P1', 'p', 'Paint')
    .ws('Loose', 'x')
    .team('Red', 'Alpha cell')
    .team('Blue', 'Alpha cell')
    .team('Green', 'Zeta cell');
  b.role('anna', { team: 'Red' })
    .role('bert', { team: 'Blue' })
    .role('cor', { unit: 'Alpha cell' })
    .role('dirk', { team: 'Green' })
    .role('eva', { unit: 'Paint' })
    .role('aad', { unit: 'Paint' })
    .role('floating');
  return b.scenario;
}

describe('skills matrix layout', () => {
  it('groups workstations by unit, units and workstations by name, unplaced last', () => {
    const cols = matrixColumns(plant());
    expect(cols.map((g) => [g.unit?.name ?? null, g.workstations.map((w) => w.name)])).toEqual([
      ['Alpha cell', ['A1']],
      ['Paint', ['P1']],
      ['Zeta cell', ['Z1', 'Z2']],
      [null, ['Loose']],
    ]);
  });

  it('groups roles by unit, then team by name, then the roles of the unit without a team', () => {
    const rows = matrixRows(plant());
    expect(rows.map((g) => [g.unit?.name ?? null, g.team?.name ?? null, g.roles.map((r) => r.name)])).toEqual([
      ['Alpha cell', 'Blue', ['bert']],
      ['Alpha cell', 'Red', ['anna']],
      ['Alpha cell', null, ['cor']],
      ['Paint', null, ['aad', 'eva']],
      ['Zeta cell', 'Green', ['dirk']],
      [null, null, ['floating']],
    ]);
  });

  it('leaves out empty groups and gives the navigation order row by row', () => {
    const s = plant();
    const rows = matrixRows(s);
    expect(rows.every((g) => g.roles.length > 0)).toBe(true);
    const order = matrixOrder(rows, matrixColumns(s));
    expect(order.roleIds).toEqual(['role:bert', 'role:anna', 'role:cor', 'role:aad', 'role:eva', 'role:dirk', 'role:floating']);
    expect(order.workstationIds).toEqual(['ws:A1', 'ws:P1', 'ws:Z1', 'ws:Z2', 'ws:Loose']);
  });
});

describe('training gaps', () => {
  const project = jobShop();
  const scenario = Object.values(project.scenarios)[0] as Scenario;
  const analysis = analyseScenarioData(scenario, project.settings);
  const order = matrixOrder(matrixRows(scenario), matrixColumns(scenario));
  const gaps = trainingGaps(analysis.coverage, order);

  it('lists uncovered workstations first, then red zones, then the rest short of k', () => {
    const status = gaps.workstations.map((g) => g.status);
    const rank = { uncovered: 0, 'red-zone': 1, 'below-k': 2 } as const;
    expect(status.map((s) => rank[s])).toEqual([...status.map((s) => rank[s])].sort());
    // W2 has only the welder role at level 1, and W1 the welders (2 people): W2 uncovered.
    expect(gaps.workstations.find((g) => g.workstationId === 'ws:W2')?.status).toBe('uncovered');
    // The paint booth has one painter: a red zone, only PNT qualified.
    const paint = gaps.workstations.find((g) => g.workstationId === 'ws:P1');
    expect(paint).toMatchObject({ status: 'red-zone', qualifiedPeople: 1, qualifiedRoles: ['role:PNT'], gap: 2 });
  });

  it('keeps the analysis candidates per workstation and per role, for their own reason', () => {
    for (const g of gaps.workstations) {
      for (const n of g.candidates) {
        expect(n.workstationId).toBe(g.workstationId);
        expect(n.reasons).toContain('workstation-coverage');
      }
    }
    for (const g of gaps.roles) for (const n of g.candidates) expect(n.roleId).toBe(g.roleId);
    const w2 = gaps.workstations.find((g) => g.workstationId === 'ws:W2');
    // The welder, already in training on W2, is suggested first.
    expect(w2?.candidates[0]).toMatchObject({ roleId: 'role:WLD', fromLevel: 1 });
  });

  it('lists roles short of k in row order, with the workstations suggested for them', () => {
    const rowIndex = (id: string) => order.roleIds.indexOf(id as never);
    const indices = gaps.roles.map((g) => rowIndex(g.roleId));
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
    const painter = gaps.roles.find((g) => g.roleId === 'role:PNT');
    expect(painter).toMatchObject({ qualifiedWorkstations: 1, gap: 2 });
    expect(painter?.candidates).toHaveLength(2);
  });

  it('reports nothing when k is met both ways', () => {
    const b = new ScenarioBuilder().unit('u', 'cell').ws('m', 'm', 'u').family('f', [['m']]);
    b.role('crew', { unit: 'u', headcount: 3, quals: { m: 2 } }).task('make', { scope: ['m'], load: 10, holders: { crew: 1 } });
    const a = analyseScenarioData(b.scenario, settings({ coverageWorkstationsPerPerson: 1 }));
    const s = b.scenario;
    expect(trainingGaps(a.coverage, matrixOrder(matrixRows(s), matrixColumns(s)))).toEqual({ workstations: [], roles: [] });
  });
});

describe('joinNames', () => {
  it('joins names for a sentence', () => {
    expect(joinNames([], 'and')).toBe('');
    expect(joinNames(['Piet'], 'and')).toBe('Piet');
    expect(joinNames(['Piet', 'Anna'], 'en')).toBe('Piet en Anna');
    expect(joinNames(['Piet', 'Anna', 'Kees'], 'and')).toBe('Piet, Anna and Kees');
  });
});
