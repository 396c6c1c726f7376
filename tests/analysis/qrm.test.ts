import { describe, expect, it } from 'vitest';
import { analyseScenario, analyseScenarioData, hoursToDays, mctOf, polcaCards } from '../../src/analysis';
import { buildIndex } from '../../src/analysis/derived';
import { cellCompleteness } from '../../src/analysis/qrm';
import type { MctMap, MctSegment } from '../../src/model/types';
import { ScenarioBuilder, settings } from './builders';
import { jobShop } from './fixtures';

const seg = (id: string, touch: number, wait: number, timeUnit: MctSegment['timeUnit'] = 'days'): MctSegment => ({
  id,
  name: id,
  kind: 'other',
  touch,
  wait,
  timeUnit,
});
const map = (segments: MctSegment[], edges: [string, string][], weeklyHours = 40): MctMap => ({
  segments,
  edges: edges.map(([from, to]) => ({ from, to })),
  weeklyHours,
});

describe('MCT', () => {
  it('domain example: 2 + 1 + 5 + 14 + 4 = 26 days along a chain', () => {
    const m = map(
      [seg('office', 0.5, 1.5), seg('material', 0, 1), seg('ws1', 2, 3), seg('ws2', 4, 10), seg('ship', 1, 3)],
      [
        ['office', 'material'],
        ['material', 'ws1'],
        ['ws1', 'ws2'],
        ['ws2', 'ship'],
      ],
    );
    expect(mctOf(m)).toEqual({
      ok: true,
      mctDays: 26,
      greyDays: 7.5,
      whiteDays: 18.5,
      path: ['office', 'material', 'ws1', 'ws2', 'ship'],
      ignoredEdges: 0,
    });
  });

  it('takes the longest of parallel branches that merge', () => {
    const m = map(
      [seg('start', 1, 0), seg('short', 1, 1), seg('long', 2, 5), seg('merge', 1, 0)],
      [
        ['start', 'short'],
        ['start', 'long'],
        ['short', 'merge'],
        ['long', 'merge'],
      ],
    );
    const r = mctOf(m);
    expect(r.ok && r.path).toEqual(['start', 'long', 'merge']);
    expect(r.ok && r.mctDays).toBe(9);
  });

  it('with separate starts, the longest chain wins', () => {
    const r = mctOf(map([seg('a', 1, 1), seg('b', 5, 0), seg('c', 1, 0)], [['a', 'c']]));
    expect(r.ok && r.path).toEqual(['b']);
  });

  it('converts working hours: days = hours × 7 / weeklyHours', () => {
    expect(hoursToDays(40, 40)).toBe(7);
    expect(hoursToDays(8, 56)).toBe(1);
    const r = mctOf(map([seg('x', 8, 16, 'hours')], [], 56));
    expect(r.ok && [r.greyDays, r.whiteDays]).toEqual([1, 2]);
  });

  it('reports a cycle instead of throwing; skips edges to unknown segments', () => {
    expect(
      mctOf(
        map(
          [seg('a', 1, 0), seg('b', 1, 0)],
          [
            ['a', 'b'],
            ['b', 'a'],
          ],
        ),
      ),
    ).toEqual({ ok: false, reason: 'cycle' });
    const r = mctOf(map([seg('a', 1, 0)], [['a', 'ghost']]));
    expect(r.ok && r.ignoredEdges).toBe(1);
    expect(mctOf(map([], []))).toMatchObject({ ok: true, mctDays: 0, path: [] });
  });

  it('the job-shop fixture carries the example on F1', () => {
    const a = analyseScenario(jobShop(), 'scenario:asis');
    expect(a?.mct).toHaveLength(1);
    expect(a?.mct[0]).toMatchObject({ familyId: 'family:F1', result: { ok: true, mctDays: 26 } });
  });
});

describe('POLCA', () => {
  const example = {
    leadTimeFrom: 3,
    transit: 0.25,
    leadTimeTo: 1,
    returnTime: 0.25,
    jobs: 128,
    periodDays: 63,
    safety: 0.1,
  };
  it('domain example → 11 cards', () => {
    expect(polcaCards(example)).toBe(11);
  });

  it('an exact integer is not rounded up by floating-point noise', () => {
    // (1 + 0.1 + 1 + 0.1) × 10 / 2.2 × 1 = 10 exactly in decimal arithmetic
    expect(
      polcaCards({
        leadTimeFrom: 1,
        transit: 0.1,
        leadTimeTo: 1,
        returnTime: 0.1,
        jobs: 10,
        periodDays: 2.2,
        safety: 0,
      }),
    ).toBe(10);
  });

  it('is null for a period that is not positive', () => {
    expect(polcaCards({ ...example, periodDays: 0 })).toBeNull();
  });

  it('is computed per loop of the scenario', () => {
    const b = new ScenarioBuilder().unit('A', 'cell').unit('B', 'cell');
    b.scenario.polcaLoops['polca:ab'] = { id: 'polca:ab', fromUnitId: 'unit:A', toUnitId: 'unit:B', ...example };
    expect(analyseScenarioData(b.scenario, settings()).polca).toEqual([
      { loopId: 'polca:ab', fromUnitId: 'unit:A', toUnitId: 'unit:B', cards: 11 },
    ]);
  });
});

describe('cell completeness', () => {
  const plant = () =>
    new ScenarioBuilder()
      .unit('cellA', 'cell')
      .unit('paint', 'functional')
      .ws('saw', 'cut', 'cellA')
      .ws('weld', 'weld', 'cellA')
      .ws('booth', 'paint', 'paint')
      .ws('booth2', 'paint', 'cellA');

  it('complete when every step has a workstation in one cell', () => {
    const b = plant()
      .family('f', [['saw'], ['weld'], ['booth', 'booth2']], 'bikes')
      .family('g', [['saw'], ['weld']], 'bikes');
    const [c] = cellCompleteness(buildIndex(b.scenario));
    expect(c).toMatchObject({
      ftms: 'bikes',
      cellUnitId: 'unit:cellA',
      complete: true,
      steps: 5,
      stepsInCell: 5,
      outside: [],
    });
  });

  it('a step outside the cell breaks completeness', () => {
    const b = plant().family('f', [['saw'], ['booth']], 'bikes');
    const [c] = cellCompleteness(buildIndex(b.scenario));
    expect(c).toMatchObject({ complete: false, outside: [{ familyId: 'family:f', stepId: 'step:f-2' }] });
  });

  it('monument steps are excepted', () => {
    const b = plant()
      .ws('heat', 'heat', 'paint', true)
      .family('f', [['saw'], ['heat'], ['weld']], 'bikes');
    expect(cellCompleteness(buildIndex(b.scenario))[0]).toMatchObject({ complete: true, steps: 2 });
  });

  it('families without an FTMS form their own group; no cell means not complete', () => {
    const b = new ScenarioBuilder()
      .unit('u')
      .ws('x', 'x', 'u')
      .family('f', [['x']])
      .family('g', [['x']]);
    expect(cellCompleteness(buildIndex(b.scenario)).map((c) => [c.ftms, c.complete, c.cellUnitId])).toEqual([
      ['family:f', false, null],
      ['family:g', false, null],
    ]);
  });

  it('reports the teams that own the make work in the cell', () => {
    const b = plant()
      .team('t', 'cellA')
      .role('op', { team: 't' })
      .family('f', [['saw'], ['weld']], 'bikes')
      .task('m', { scope: ['saw', 'weld'], load: 10, holders: { op: 1 } });
    expect(cellCompleteness(buildIndex(b.scenario))[0]?.holderTeams).toEqual(['team:t']);
  });
});
