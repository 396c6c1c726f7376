import { describe, expect, it } from 'vitest';
import { createFamily, createStepId, createWorkstation, type Scenario } from '../../src/model';
import type { MctDraft } from '../../src/ui/mct/mctDraft';
import { appendSegments, routeSegments } from '../../src/ui/mct/mctRoute';
import { polcaFormulaText, percentToSafety, safetyToPercent } from '../../src/ui/mct/polcaFormula';

describe('build from route', () => {
  const laser = createWorkstation({ name: 'Laser' });
  const laser2 = createWorkstation({ name: 'Laser 2' });
  const brake = createWorkstation({ name: 'Press brake' });
  const workstations = { [laser.id]: laser, [laser2.id]: laser2, [brake.id]: brake } as Scenario['workstations'];
  const family = createFamily({
    name: 'Brackets',
    route: [
      { id: createStepId(), workstations: [laser.id, laser2.id] },
      { id: createStepId(), workstations: [brake.id] },
      { id: createStepId(), workstations: ['ws:gone'] },
    ],
  });
  let n = 0;
  const ids = () => `s${++n}`;

  it('proposes one workstation segment per step, named after its workstations', () => {
    n = 0;
    expect(routeSegments(family, workstations, (i) => `Step ${i}`, ids)).toEqual([
      { id: 's1', name: 'Laser / Laser 2', kind: 'workstation', touch: '0', wait: '0', timeUnit: 'days' },
      { id: 's2', name: 'Press brake', kind: 'workstation', touch: '0', wait: '0', timeUnit: 'days' },
      { id: 's3', name: 'Step 3', kind: 'workstation', touch: '0', wait: '0', timeUnit: 'days' },
    ]);
  });

  it('appends the proposals as a chain after the last segment', () => {
    n = 0;
    const start: MctDraft = {
      segments: [
        { id: 'order', name: 'Order entry', kind: 'office', touch: '1', wait: '1', timeUnit: 'days', after: [] },
      ],
      weeklyHours: '40',
    };
    const next = appendSegments(
      start,
      routeSegments(family, workstations, (i) => `Step ${i}`, ids),
    );
    expect(next.segments.map((s) => [s.id, s.after])).toEqual([
      ['order', []],
      ['s1', ['order']],
      ['s2', ['s1']],
      ['s3', ['s2']],
    ]);
  });
});

describe('POLCA formula text', () => {
  const loop = {
    leadTimeFrom: 3,
    transit: 0.25,
    leadTimeTo: 1,
    returnTime: 0.25,
    jobs: 128,
    periodDays: 63,
    safety: 0.1,
  };

  it('writes the domain example out with its values', () => {
    expect(polcaFormulaText(loop, 11, String)).toBe('ceil((3 + 0.25 + 1 + 0.25) × 128 / 63 × 1.1) = 11');
  });

  it('uses the language’s number format and a dash without a count', () => {
    const dutch = (x: number) => new Intl.NumberFormat('nl', { maximumFractionDigits: 4 }).format(x);
    expect(polcaFormulaText(loop, null, dutch)).toBe('ceil((3 + 0,25 + 1 + 0,25) × 128 / 63 × 1,1) = –');
  });

  it('edits S as a percentage without floating-point noise', () => {
    expect(safetyToPercent(0.1)).toBe(10);
    expect(safetyToPercent(0.07)).toBe(7);
    expect(percentToSafety(10)).toBe(0.1);
    expect(percentToSafety(12.5)).toBe(0.125);
  });
});
