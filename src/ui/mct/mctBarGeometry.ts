import { mctOf, segmentDays } from '../../analysis';
import type { MctMap, MctSegment, MctSegmentKind } from '../../model';

/** One segment of the critical path on the bar; positions in percent of the bar's width. */
export interface BarPart {
  id: string;
  name: string;
  kind: MctSegmentKind;
  /** Calendar days: touch (grey) and waiting (white), and where the segment starts. */
  touch: number;
  wait: number;
  start: number;
  left: number;
  width: number;
  /** Part of the segment's width that is waiting, 0–1 (1 for a segment of 0 days): white comes first, the queue. */
  waitShare: number;
}

/** A day label under a segment boundary. */
export interface BarTick {
  days: number;
  left: number;
}

export type BarGeometry =
  | {
      ok: true;
      total: number;
      grey: number;
      white: number;
      parts: BarPart[];
      ticks: BarTick[];
      /** Segments of parallel branches that do not set the MCT. */
      offPath: MctSegment[];
    }
  | { ok: false; reason: 'empty' | 'cycle' };

/**
 * Keeps the first and the last boundary and drops a label that would sit closer than
 * `minGap` percent to the one before it or to the total, so labels never overlap.
 */
export function thinTicks(ticks: readonly BarTick[], minGap: number): BarTick[] {
  if (ticks.length <= 2) return [...ticks];
  const last = ticks[ticks.length - 1] as BarTick;
  const kept: BarTick[] = [ticks[0] as BarTick];
  for (const tick of ticks.slice(1, -1)) {
    const previous = kept[kept.length - 1] as BarTick;
    if (tick.left - previous.left >= minGap && last.left - tick.left >= minGap) kept.push(tick);
  }
  kept.push(last);
  return kept;
}

/**
 * The MCT bar of a map: its critical path as segments laid end to end, each split into
 * white (waiting) and grey (touch) space, with day labels at the boundaries. A map whose
 * segments all take 0 days (just built from a route, say) shows them all side by side at
 * equal width.
 */
export function barGeometry(map: MctMap, minLabelGap = 7): BarGeometry {
  if (map.segments.length === 0) return { ok: false, reason: 'empty' };
  const result = mctOf(map);
  if (!result.ok) return { ok: false, reason: 'cycle' };
  const byId = new Map(map.segments.map((s) => [s.id, s]));
  const total = result.mctDays;
  // With nothing timed yet every path ties at 0 days: show all segments rather than an arbitrary one.
  const even = total <= 0;
  const onPath = even ? map.segments : result.path.map((id) => byId.get(id) as MctSegment);
  let start = 0;
  const parts: BarPart[] = onPath.map((seg, i) => {
    const { touch, wait } = segmentDays(seg, map.weeklyHours);
    const days = touch + wait;
    const part: BarPart = {
      id: seg.id,
      name: seg.name,
      kind: seg.kind,
      touch,
      wait,
      start,
      left: even ? (i * 100) / onPath.length : (start / total) * 100,
      width: even ? 100 / onPath.length : (days / total) * 100,
      waitShare: days > 0 ? wait / days : 1,
    };
    start += days;
    return part;
  });
  const ticks = [
    { days: 0, left: 0 },
    ...parts.map((p) => ({ days: p.start + p.touch + p.wait, left: p.left + p.width })),
  ];
  const path = new Set(onPath.map((s) => s.id));
  return {
    ok: true,
    total,
    grey: result.greyDays,
    white: result.whiteDays,
    parts,
    ticks: even ? [{ days: 0, left: 0 }] : thinTicks(ticks, minLabelGap),
    offPath: map.segments.filter((s) => !path.has(s.id)),
  };
}
