import { describe, expect, it } from 'vitest';
import { mctOf } from '../../src/analysis';
import { mctMapSchema } from '../../src/model/schema';
import type { MctDraft, SegmentDraft } from '../../src/ui/mct/mctDraft';
import { checkDraft, cycleLinks, fieldIssue, findCycle, previewMap } from '../../src/ui/mct/mctValidation';

const seg = (id: string, after: string[] = [], fields: Partial<SegmentDraft> = {}): SegmentDraft => ({
  id,
  name: id.toUpperCase(),
  kind: 'office',
  touch: '1',
  wait: '1',
  timeUnit: 'days',
  after,
  ...fields,
});
const draft = (segments: SegmentDraft[], weeklyHours = '40'): MctDraft => ({ segments, weeklyHours });

/** domain.md §5: 2 + 1 + 5 + 14 + 4 = 26 days. */
const EXAMPLE = draft([
  seg('order', [], { name: 'Order entry', touch: '1', wait: '1' }),
  seg('material', ['order'], { name: 'Material', kind: 'material', touch: '0', wait: '1' }),
  seg('cut', ['material'], { name: 'Cutting', kind: 'workstation', touch: '2', wait: '3' }),
  seg('weld', ['cut'], { name: 'Welding', kind: 'workstation', touch: '4', wait: '10' }),
  seg('ship', ['weld'], { name: 'Shipping', kind: 'shipping', touch: '2', wait: '2' }),
]);

describe('checkDraft', () => {
  it('turns the 26-day example into a valid map with one edge per "starts after"', () => {
    const check = checkDraft(EXAMPLE);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.map.edges).toEqual([
      { from: 'order', to: 'material' },
      { from: 'material', to: 'cut' },
      { from: 'cut', to: 'weld' },
      { from: 'weld', to: 'ship' },
    ]);
    expect(check.map.segments[2]).toEqual({
      id: 'cut',
      name: 'Cutting',
      kind: 'workstation',
      touch: 2,
      wait: 3,
      timeUnit: 'days',
    });
    expect(mctMapSchema.safeParse(check.map).success).toBe(true);
    expect(mctOf(check.map)).toMatchObject({ ok: true, mctDays: 26, greyDays: 9, whiteDays: 17 });
  });

  it('reads decimal commas and points alike', () => {
    const check = checkDraft(draft([seg('a', [], { touch: '2,5', wait: '0.5' })], '37,5'));
    expect(check.ok && check.map).toMatchObject({ segments: [{ touch: 2.5, wait: 0.5 }], weeklyHours: 37.5 });
  });

  it.each([
    ['-1', 'negative'],
    ['abc', 'notANumber'],
    ['', 'emptyNumber'],
    ['2000000', 'tooLarge'],
  ])('refuses touch time %j with %s, naming the segment and field', (text, key) => {
    const check = checkDraft(draft([seg('a'), seg('b', ['a'], { touch: text })]));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues).toEqual([
      { kind: 'segment', segmentId: 'b', field: 'touch', error: expect.objectContaining({ key }) },
    ]);
    expect(fieldIssue(check.issues, 'b', 'touch')?.key).toBe(key);
    expect(fieldIssue(check.issues, 'b', 'wait')).toBeNull();
  });

  it('requires a name and positive working hours of at most 168', () => {
    const check = checkDraft(draft([seg('a', [], { name: '  ' })], '0'));
    expect(check.ok ? [] : check.issues.map((i) => i.kind)).toEqual(['segment', 'weeklyHours']);
    const tooMany = checkDraft(draft([seg('a')], '200'));
    expect(tooMany.ok ? null : tooMany.issues[0]).toMatchObject({ kind: 'weeklyHours', error: { key: 'tooLarge' } });
  });

  it('refuses a circle and says which segments form it', () => {
    const check = checkDraft(draft([seg('a', ['c']), seg('b', ['a']), seg('c', ['b']), seg('d', ['c'])]));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.issues).toEqual([{ kind: 'cycle', path: ['a', 'b', 'c', 'a'] }]);
    expect([...cycleLinks(check.issues)]).toEqual(['a>b', 'b>c', 'c>a']);
  });

  it('an empty draft is a valid map without segments (saving it removes the map)', () => {
    expect(checkDraft(draft([]))).toEqual({ ok: true, map: { segments: [], edges: [], weeklyHours: 40 } });
  });
});

describe('findCycle', () => {
  it('finds none in a map whose parallel branches merge', () => {
    expect(findCycle([seg('a'), seg('b', ['a']), seg('c', ['a']), seg('d', ['b', 'c'])])).toBeNull();
  });

  it('reports a two-segment circle from where the search entered it', () => {
    expect(findCycle([seg('x'), seg('a', ['x', 'b']), seg('b', ['a'])])).toEqual(['a', 'b', 'a']);
  });
});

describe('previewMap', () => {
  it('counts what reads as a number and treats the rest as 0, so the bar follows typing', () => {
    const map = previewMap(draft([seg('a', [], { touch: '2,', wait: 'x' }), seg('b', ['a'], { touch: '-3' })], ''));
    expect(map.segments.map((s) => [s.touch, s.wait])).toEqual([
      [2, 0],
      [0, 1],
    ]);
    expect(map.weeklyHours).toBe(40);
    expect(map.edges).toEqual([{ from: 'a', to: 'b' }]);
  });
});
