import { describe, expect, it } from 'vitest';
import type { MctMap } from '../../src/model';
import {
  addSegment,
  draftFromMap,
  edgesOf,
  followersOf,
  moveSegment,
  removeSegment,
  type MctDraft,
  type SegmentDraft,
} from '../../src/ui/mct/mctDraft';

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

const draft = (...segments: SegmentDraft[]): MctDraft => ({ segments, weeklyHours: '40' });
const afterOf = (d: MctDraft) => Object.fromEntries(d.segments.map((s) => [s.id, s.after]));
const order = (d: MctDraft) => d.segments.map((s) => s.id);

describe('draftFromMap', () => {
  const map: MctMap = {
    segments: [
      { id: 'a', name: 'Order entry', kind: 'office', touch: 0.5, wait: 1.5, timeUnit: 'days' },
      { id: 'b', name: 'Drawing', kind: 'office', touch: 8, wait: 16, timeUnit: 'hours' },
      { id: 'c', name: 'Material', kind: 'material', touch: 0, wait: 5, timeUnit: 'days' },
      { id: 'd', name: 'Assembly', kind: 'workstation', touch: 2, wait: 3, timeUnit: 'days' },
    ],
    edges: [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'd' },
      { from: 'c', to: 'd' },
      { from: 'c', to: 'd' },
      { from: 'x', to: 'd' },
    ],
    weeklyHours: 37.5,
  };

  it('turns edges into "starts after" lists and numbers into text in the user’s language', () => {
    const d = draftFromMap(map, 'nl');
    expect(afterOf(d)).toEqual({ a: [], b: ['a'], c: [], d: ['b', 'c'] });
    expect(d.segments[0]).toMatchObject({ touch: '0,5', wait: '1,5', timeUnit: 'days' });
    expect(d.weeklyHours).toBe('37,5');
    expect(draftFromMap(map, 'en').segments[0]?.touch).toBe('0.5');
  });

  it('round-trips: predecessor lists give back the map’s (distinct, known) edges', () => {
    expect(edgesOf(draftFromMap(map, 'en').segments)).toEqual([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'd' },
      { from: 'c', to: 'd' },
    ]);
  });

  it('starts an empty map with a 40-hour week', () => {
    expect(draftFromMap(null, 'en')).toEqual({ segments: [], weeklyHours: '40' });
  });
});

describe('edgesOf', () => {
  it('drops self references and unknown ids', () => {
    expect(edgesOf([seg('a', ['a', 'zz']), seg('b', ['a', 'a'])])).toEqual([{ from: 'a', to: 'b' }]);
  });
});

describe('editing the segment list', () => {
  it('a new segment starts after the last one; the first starts at the start', () => {
    const { after: _a, ...first } = seg('a');
    const { after: _b, ...second } = seg('b');
    const d = addSegment(addSegment(draft(), first), second);
    expect(afterOf(d)).toEqual({ a: [], b: ['a'] });
  });

  it('removing a segment joins what followed it to what it followed', () => {
    const d = draft(seg('a'), seg('x'), seg('b', ['a']), seg('c', ['b', 'x']), seg('d', ['c']));
    expect(afterOf(removeSegment(d, 'b'))).toEqual({ a: [], x: [], c: ['a', 'x'], d: ['c'] });
    expect(afterOf(removeSegment(d, 'a'))).toEqual({ x: [], b: [], c: ['b', 'x'], d: ['c'] });
    expect(removeSegment(d, 'nope')).toBe(d);
  });

  it('moving a segment in a chain reorders the chain', () => {
    const d = draft(seg('a'), seg('b', ['a']), seg('c', ['b']));
    const moved = moveSegment(d, 'c', 0);
    expect(order(moved)).toEqual(['c', 'a', 'b']);
    expect(afterOf(moved)).toEqual({ c: [], a: ['c'], b: ['a'] });
    expect(afterOf(moveSegment(d, 'a', 1))).toEqual({ b: [], a: ['b'], c: ['a'] });
  });

  it('moving keeps explicit branches and ignores moves off the list', () => {
    const d = draft(seg('a'), seg('b', ['a']), seg('p'), seg('c', ['b', 'p']));
    const moved = moveSegment(d, 'p', 0);
    expect(order(moved)).toEqual(['p', 'a', 'b', 'c']);
    // p started at the start and still does; a followed nothing and now follows p (the chain rule).
    expect(afterOf(moved)).toEqual({ p: [], a: ['p'], b: ['a'], c: ['b', 'p'] });
    expect(moveSegment(d, 'a', -1)).toBe(d);
    expect(moveSegment(d, 'a', 4)).toBe(d);
  });

  it('followersOf lists the segment and everything that waits for it', () => {
    const segments = [seg('a'), seg('b', ['a']), seg('c', ['b']), seg('d')];
    expect([...followersOf(segments, 'a')].sort()).toEqual(['a', 'b', 'c']);
    expect([...followersOf(segments, 'd')]).toEqual(['d']);
  });
});
