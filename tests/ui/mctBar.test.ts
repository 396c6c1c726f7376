import { describe, expect, it } from 'vitest';
import type { MctMap, MctSegment } from '../../src/model';
import { barGeometry, thinTicks } from '../../src/ui/mct/mctBarGeometry';

const seg = (id: string, touch: number, wait: number, fields: Partial<MctSegment> = {}): MctSegment => ({
  id,
  name: id,
  kind: 'workstation',
  touch,
  wait,
  timeUnit: 'days',
  ...fields,
});

const chain = (...segments: MctSegment[]): MctMap => ({
  segments,
  edges: segments.slice(1).map((s, i) => ({ from: segments[i]!.id, to: s.id })),
  weeklyHours: 40,
});

/** domain.md §5: 2 + 1 + 5 + 14 + 4 = 26 days. */
const EXAMPLE = chain(
  seg('order', 1, 1),
  seg('material', 0, 1),
  seg('cut', 2, 3),
  seg('weld', 4, 10),
  seg('ship', 2, 2),
);

describe('barGeometry', () => {
  it('lays the critical path end to end in proportion to its days', () => {
    const bar = barGeometry(EXAMPLE);
    if (!bar.ok) throw new Error('expected a bar');
    expect(bar).toMatchObject({ total: 26, grey: 9, white: 17 });
    expect(bar.parts.map((p) => p.start)).toEqual([0, 2, 3, 8, 22]);
    expect(bar.parts.map((p) => p.width * 26)).toEqual([200, 100, 500, 1400, 400].map((x) => expect.closeTo(x, 9)));
    expect(bar.parts[3]).toMatchObject({ left: expect.closeTo((8 / 26) * 100, 9), waitShare: 10 / 14 });
    expect(bar.parts[1]?.waitShare).toBe(1);
  });

  it('labels the boundaries with their day, thinning labels that would collide', () => {
    const bar = barGeometry(EXAMPLE, 7);
    if (!bar.ok) throw new Error('expected a bar');
    // 3 is 3.8 % from 2, too close; the total always shows.
    expect(bar.ticks.map((t) => t.days)).toEqual([0, 2, 8, 22, 26]);
    expect(bar.ticks.at(-1)?.left).toBeCloseTo(100, 9);
  });

  it('shows only the longest branch and lists the others as off the critical path', () => {
    const map: MctMap = {
      segments: [seg('a', 1, 1), seg('short', 1, 0), seg('long', 2, 8), seg('end', 1, 1)],
      edges: [
        { from: 'a', to: 'short' },
        { from: 'a', to: 'long' },
        { from: 'short', to: 'end' },
        { from: 'long', to: 'end' },
      ],
      weeklyHours: 40,
    };
    const bar = barGeometry(map);
    if (!bar.ok) throw new Error('expected a bar');
    expect(bar.parts.map((p) => p.id)).toEqual(['a', 'long', 'end']);
    expect(bar.total).toBe(14);
    expect(bar.offPath.map((s) => s.id)).toEqual(['short']);
  });

  it('converts working hours into calendar days with the weekly hours', () => {
    const bar = barGeometry({ ...chain(seg('a', 8, 32, { timeUnit: 'hours' })), weeklyHours: 40 });
    expect(bar.ok && bar.parts[0]).toMatchObject({ touch: 1.4, wait: 5.6 });
  });

  it('gives equal widths when every segment takes 0 days', () => {
    const bar = barGeometry(chain(seg('a', 0, 0), seg('b', 0, 0)));
    expect(bar.ok && bar.parts.map((p) => [p.left, p.width])).toEqual([
      [0, 50],
      [50, 50],
    ]);
    expect(bar.ok && bar.ticks).toEqual([{ days: 0, left: 0 }]);
  });

  it('has no bar for an empty map or a map with a circle', () => {
    expect(barGeometry({ segments: [], edges: [], weeklyHours: 40 })).toEqual({ ok: false, reason: 'empty' });
    const circle = chain(seg('a', 1, 1), seg('b', 1, 1));
    circle.edges.push({ from: 'b', to: 'a' });
    expect(barGeometry(circle)).toEqual({ ok: false, reason: 'cycle' });
  });
});

describe('thinTicks', () => {
  it('keeps first and last and drops labels closer than the gap to a kept one or the end', () => {
    const ticks = [0, 3, 10, 12, 95, 100].map((left) => ({ days: left, left }));
    expect(thinTicks(ticks, 6).map((t) => t.left)).toEqual([0, 10, 100]);
    expect(thinTicks(ticks.slice(0, 2), 50)).toHaveLength(2);
  });
});
