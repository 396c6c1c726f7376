import { DEFAULT_WEEKLY_HOURS } from '../../analysis/qrm';
import type { MctMap, MctSegment } from '../../model';
import { LIMITS } from '../../model/schema';
import { parseDecimal } from '../../io/decimal';
import { hoursRule, nameRule, numberRule, type FieldError } from '../validation';
import { edgesOf, type MctDraft, type SegmentDraft } from './mctDraft';

export type SegmentField = 'name' | 'touch' | 'wait';

/** What keeps a draft from being saved, each specific enough to say where and why. */
export type MctIssue =
  | { kind: 'segment'; segmentId: string; field: SegmentField; error: FieldError }
  | { kind: 'weeklyHours'; error: FieldError }
  /** Segment ids around the circle, the first repeated at the end. */
  | { kind: 'cycle'; path: string[] }
  | { kind: 'tooMany'; max: number };

export type MctCheck = { ok: true; map: MctMap } | { ok: false; issues: MctIssue[] };

const timeRule = numberRule({ min: 0, max: LIMITS.maxLoad });

/**
 * A circle among the "starts after" links, as the ids along it (first repeated at the
 * end), or null. Depth-first with three colours; the first circle found is reported.
 */
export function findCycle(segments: readonly SegmentDraft[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const { from, to } of edgesOf(segments)) next.set(from, [...(next.get(from) ?? []), to]);
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string): string[] | null => {
    state.set(id, 'open');
    trail.push(id);
    for (const to of next.get(id) ?? []) {
      if (state.get(to) === 'open') return [...trail.slice(trail.indexOf(to)), to];
      if (!state.has(to)) {
        const found = visit(to);
        if (found) return found;
      }
    }
    trail.pop();
    state.set(id, 'done');
    return null;
  };
  for (const s of segments) {
    if (state.has(s.id)) continue;
    const found = visit(s.id);
    if (found) return found;
  }
  return null;
}

function checkSegment(s: SegmentDraft, issues: MctIssue[]): MctSegment | null {
  const name = nameRule(s.name);
  const touch = timeRule(s.touch);
  const wait = timeRule(s.wait);
  if (!name.ok) issues.push({ kind: 'segment', segmentId: s.id, field: 'name', error: name.error });
  if (!touch.ok) issues.push({ kind: 'segment', segmentId: s.id, field: 'touch', error: touch.error });
  if (!wait.ok) issues.push({ kind: 'segment', segmentId: s.id, field: 'wait', error: wait.error });
  if (!name.ok || !touch.ok || !wait.ok) return null;
  return { id: s.id, name: name.value, kind: s.kind, touch: touch.value, wait: wait.value, timeUnit: s.timeUnit };
}

/** Draft → MctMap, or every reason it cannot be saved yet (numbers ≥ 0, names, no circles). */
export function checkDraft(draft: MctDraft): MctCheck {
  const issues: MctIssue[] = [];
  if (draft.segments.length > LIMITS.stepsPerRoute) issues.push({ kind: 'tooMany', max: LIMITS.stepsPerRoute });
  const segments = draft.segments.map((s) => checkSegment(s, issues));
  const weekly = hoursRule(draft.weeklyHours);
  if (!weekly.ok) issues.push({ kind: 'weeklyHours', error: weekly.error });
  const cycle = findCycle(draft.segments);
  if (cycle) issues.push({ kind: 'cycle', path: cycle });
  if (issues.length > 0 || !weekly.ok) return { ok: false, issues };
  return {
    ok: true,
    map: { segments: segments as MctSegment[], edges: edgesOf(draft.segments), weeklyHours: weekly.value },
  };
}

/** The issues of one segment field, for marking its input. */
export function fieldIssue(issues: readonly MctIssue[], segmentId: string, field: SegmentField): FieldError | null {
  for (const issue of issues)
    if (issue.kind === 'segment' && issue.segmentId === segmentId && issue.field === field) return issue.error;
  return null;
}

/** The "starts after" links on a reported circle, as `from>to`, for marking exactly those chips. */
export function cycleLinks(issues: readonly MctIssue[]): Set<string> {
  const out = new Set<string>();
  for (const issue of issues)
    if (issue.kind === 'cycle')
      for (let i = 1; i < issue.path.length; i++) out.add(`${issue.path[i - 1]}>${issue.path[i]}`);
  return out;
}

const lenient = (text: string, fallback: number): number => {
  const value = parseDecimal(text);
  return value !== null && value >= 0 ? value : fallback;
};

/**
 * What the bar shows while the user types: every number that reads as one counts, any
 * other as 0, so the bar follows each keystroke even before the draft can be saved.
 */
export function previewMap(draft: MctDraft): MctMap {
  const weekly = lenient(draft.weeklyHours, DEFAULT_WEEKLY_HOURS);
  return {
    segments: draft.segments.map((s) => ({
      id: s.id,
      name: s.name.trim(),
      kind: s.kind,
      touch: lenient(s.touch, 0),
      wait: lenient(s.wait, 0),
      timeUnit: s.timeUnit,
    })),
    edges: edgesOf(draft.segments),
    weeklyHours: weekly > 0 ? weekly : DEFAULT_WEEKLY_HOURS,
  };
}
