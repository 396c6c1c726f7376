import { DEFAULT_WEEKLY_HOURS } from '../../analysis/qrm';
import type { MctMap, MctSegment, MctSegmentKind } from '../../model';
import { formatNumber } from '../format';

/**
 * The MCT editor works on a draft: numbers stay the text the user typed (so "2,5" and a
 * half-typed value survive) and each segment lists the segments it starts after. Only
 * Save turns the draft into an MctMap, as one command.
 */
export interface SegmentDraft {
  id: string;
  name: string;
  kind: MctSegmentKind;
  touch: string;
  wait: string;
  timeUnit: MctSegment['timeUnit'];
  /** Predecessors: the segment starts once all of these are done (edges `after` → this). */
  after: string[];
}

export interface MctDraft {
  segments: SegmentDraft[];
  weeklyHours: string;
}

let counter = 0;
/** A segment id that is unique within a map; maps are small and ids only need to differ there. */
export function newSegmentId(): string {
  counter += 1;
  return `seg-${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** The editor's starting point: the family's map, or an empty one with a 40-hour week. */
export function draftFromMap(map: MctMap | null, language: string): MctDraft {
  if (!map) return { segments: [], weeklyHours: formatNumber(DEFAULT_WEEKLY_HOURS, language) };
  const known = new Set(map.segments.map((s) => s.id));
  const after = new Map<string, string[]>();
  for (const { from, to } of map.edges) {
    if (!known.has(from) || !known.has(to)) continue;
    const list = after.get(to) ?? [];
    if (!list.includes(from)) list.push(from);
    after.set(to, list);
  }
  return {
    segments: map.segments.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      touch: formatNumber(s.touch, language),
      wait: formatNumber(s.wait, language),
      timeUnit: s.timeUnit,
      after: after.get(s.id) ?? [],
    })),
    weeklyHours: formatNumber(map.weeklyHours, language),
  };
}

/** Predecessor lists → edges, in segment order; unknown and self references are dropped. */
export function edgesOf(segments: readonly SegmentDraft[]): MctMap['edges'] {
  const known = new Set(segments.map((s) => s.id));
  return segments.flatMap((s) =>
    [...new Set(s.after)].filter((from) => from !== s.id && known.has(from)).map((from) => ({ from, to: s.id })),
  );
}

/** A new segment starts after the last one, so a list typed top to bottom is a chain. */
export function addSegment(draft: MctDraft, segment: Omit<SegmentDraft, 'after'>): MctDraft {
  const last = draft.segments[draft.segments.length - 1];
  return { ...draft, segments: [...draft.segments, { ...segment, after: last ? [last.id] : [] }] };
}

export function updateSegment(draft: MctDraft, id: string, patch: Partial<Omit<SegmentDraft, 'id'>>): MctDraft {
  return { ...draft, segments: draft.segments.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

/** Removing a segment keeps the path joined: who started after it now starts after its predecessors. */
export function removeSegment(draft: MctDraft, id: string): MctDraft {
  const gone = draft.segments.find((s) => s.id === id);
  if (!gone) return draft;
  const segments = draft.segments
    .filter((s) => s.id !== id)
    .map((s) => {
      if (!s.after.includes(id)) return s;
      const after = [...new Set(s.after.flatMap((p) => (p === id ? gone.after : [p])))].filter((p) => p !== s.id);
      return { ...s, after };
    });
  return { ...draft, segments };
}

/** True when the segment simply follows the one above it (or, first, follows nothing). */
function followsPrevious(segments: readonly SegmentDraft[], index: number): boolean {
  const s = segments[index] as SegmentDraft;
  const previous = segments[index - 1];
  return previous ? s.after.length === 1 && s.after[0] === previous.id : s.after.length === 0;
}

/**
 * Moves a segment up or down the list. Segments that followed the one above them keep
 * doing so in the new order (a chain is reordered as a chain); explicit branches keep
 * their predecessors.
 */
export function moveSegment(draft: MctDraft, id: string, toIndex: number): MctDraft {
  const from = draft.segments.findIndex((s) => s.id === id);
  if (from < 0 || toIndex < 0 || toIndex >= draft.segments.length || toIndex === from) return draft;
  const chained = new Set(draft.segments.filter((_, i) => followsPrevious(draft.segments, i)).map((s) => s.id));
  const order = [...draft.segments];
  const [moved] = order.splice(from, 1);
  order.splice(toIndex, 0, moved as SegmentDraft);
  const segments = order.map((s, i) => {
    if (!chained.has(s.id)) return { ...s, after: s.after.filter((p) => p !== s.id) };
    const previous = order[i - 1];
    return { ...s, after: previous ? [previous.id] : [] };
  });
  return { ...draft, segments };
}

/** Ids of the segments that would close a circle if `id` started after them (itself and its followers). */
export function followersOf(segments: readonly SegmentDraft[], id: string): Set<string> {
  const next = new Map<string, string[]>();
  for (const { from, to } of edgesOf(segments)) next.set(from, [...(next.get(from) ?? []), to]);
  const seen = new Set([id]);
  const stack = [id];
  while (stack.length > 0) {
    for (const to of next.get(stack.pop() as string) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      stack.push(to);
    }
  }
  return seen;
}
