import type { FamilyId, PolcaLoopId, StepId, TeamId, UnitId } from '../model/ids';
import type { Family, MctMap, MctSegment, PolcaLoop, RouteStep } from '../model/types';
import type { ScenarioIndex } from './derived';
import { stepHolder } from './interfaces';

/* ---------- MCT (Manufacturing Critical-path Time) ---------- */

export type MctResult =
  | {
      ok: true;
      /** Calendar days along the critical path. */
      mctDays: number;
      /** Touch time on the path (grey space). */
      greyDays: number;
      /** Waiting time on the path (white space). */
      whiteDays: number;
      /** Segment ids of the critical path, first to last. */
      path: string[];
      /** Edges naming a segment the map does not have (the schema refuses them; a total function skips them). */
      ignoredEdges: number;
    }
  | { ok: false; reason: 'cycle' };

export const DEFAULT_WEEKLY_HOURS = 40;

const nonNegative = (x: number): number => (x > 0 && Number.isFinite(x) ? x : 0);

/** Working hours to calendar days: `days = hours × 7 / weeklyHours`. */
export const hoursToDays = (hours: number, weeklyHours = DEFAULT_WEEKLY_HOURS): number =>
  (nonNegative(hours) * 7) / (weeklyHours > 0 ? weeklyHours : DEFAULT_WEEKLY_HOURS);

export function segmentDays(seg: MctSegment, weeklyHours = DEFAULT_WEEKLY_HOURS): { touch: number; wait: number } {
  const toDays = (x: number) => (seg.timeUnit === 'hours' ? hoursToDays(x, weeklyHours) : nonNegative(x));
  return { touch: toDays(seg.touch), wait: toDays(seg.wait) };
}

/** Topological order (Kahn); null when the edges form a cycle. */
function topoOrder(ids: string[], next: Map<string, string[]>, indegree: Map<string, number>): string[] | null {
  const queue = ids.filter((id) => (indegree.get(id) ?? 0) === 0);
  const order: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    order.push(id);
    for (const to of next.get(id) ?? []) {
      const d = (indegree.get(to) ?? 0) - 1;
      indegree.set(to, d);
      if (d === 0) queue.push(to);
    }
  }
  return order.length === ids.length ? order : null;
}

/** MCT: the longest path (touch + wait) through the map, split into grey (touch) and white (wait) space. */
export function mctOf(map: MctMap): MctResult {
  const weekly = map.weeklyHours;
  const days = new Map<string, { touch: number; wait: number }>();
  for (const seg of map.segments) if (!days.has(seg.id)) days.set(seg.id, segmentDays(seg, weekly));
  const ids = [...days.keys()];
  const next = new Map<string, string[]>();
  const prev = new Map<string, string[]>();
  const indegree = new Map<string, number>();
  let ignoredEdges = 0;
  const seen = new Set<string>();
  for (const { from, to } of map.edges) {
    if (!days.has(from) || !days.has(to)) {
      ignoredEdges++;
      continue;
    }
    if (from === to) return { ok: false, reason: 'cycle' };
    const key = `${from}\u0000${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    next.set(from, [...(next.get(from) ?? []), to]);
    prev.set(to, [...(prev.get(to) ?? []), from]);
    indegree.set(to, (indegree.get(to) ?? 0) + 1);
  }
  const order = topoOrder(ids, next, indegree);
  if (!order) return { ok: false, reason: 'cycle' };
  const dist = new Map<string, number>();
  const via = new Map<string, string | null>();
  for (const id of order) {
    let best: string | null = null;
    for (const p of prev.get(id) ?? []) if (best === null || (dist.get(p) ?? 0) > (dist.get(best) ?? 0)) best = p;
    const d = days.get(id) ?? { touch: 0, wait: 0 };
    dist.set(id, d.touch + d.wait + (best === null ? 0 : (dist.get(best) ?? 0)));
    via.set(id, best);
  }
  let end: string | null = null;
  for (const id of order) if (end === null || (dist.get(id) ?? 0) > (dist.get(end) ?? 0)) end = id;
  const path: string[] = [];
  for (let at = end; at !== null && at !== undefined; at = via.get(at) ?? null) path.unshift(at);
  let greyDays = 0;
  let whiteDays = 0;
  for (const id of path) {
    greyDays += days.get(id)?.touch ?? 0;
    whiteDays += days.get(id)?.wait ?? 0;
  }
  return { ok: true, mctDays: greyDays + whiteDays, greyDays, whiteDays, path, ignoredEdges };
}

/* ---------- POLCA ---------- */

/** The figures of a loop A → B: LT_A, MT_AB, LT_B, RT_BA in days, NUM jobs in D days, safety S. */
export type PolcaFigures = Pick<
  PolcaLoop,
  'leadTimeFrom' | 'transit' | 'leadTimeTo' | 'returnTime' | 'jobs' | 'periodDays' | 'safety'
>;

export interface PolcaResult {
  loopId: PolcaLoopId;
  fromUnitId: UnitId;
  toUnitId: UnitId;
  /** Null when the period is not positive. */
  cards: number | null;
}

/** `ceil((LT_A + MT_AB + LT_B + RT_BA) × NUM / D × (1 + S))`; null when D ≤ 0 or a figure is not finite. */
export function polcaCards(p: PolcaFigures): number | null {
  const values = [p.leadTimeFrom, p.transit, p.leadTimeTo, p.returnTime, p.jobs, p.periodDays, p.safety];
  if (!values.every(Number.isFinite) || p.periodDays <= 0) return null;
  const raw = (((p.leadTimeFrom + p.transit + p.leadTimeTo + p.returnTime) * p.jobs) / p.periodDays) * (1 + p.safety);
  // Tolerate floating-point noise so an exact integer is not rounded up to the next card.
  return Math.max(0, Math.ceil(raw - 1e-9));
}

export const polcaOf = (loop: PolcaLoop): PolcaResult => ({
  loopId: loop.id,
  fromUnitId: loop.fromUnitId,
  toUnitId: loop.toUnitId,
  cards: polcaCards(loop),
});

/* ---------- Cell completeness per FTMS ---------- */

export interface FtmsCompleteness {
  /** The family's FTMS group; a family without one forms its own group, keyed by its id. */
  ftms: string;
  familyIds: FamilyId[];
  /** The cell unit that holds most of the steps; null when the scenario has no cell. */
  cellUnitId: UnitId | null;
  complete: boolean;
  /** Steps that count: at least one eligible workstation is not a monument. */
  steps: number;
  stepsInCell: number;
  outside: { familyId: FamilyId; stepId: StepId }[];
  /** Teams of the main make holders on the steps inside the cell (one team = one owner). */
  holderTeams: TeamId[];
}

function nonMonumentUnits(ix: ScenarioIndex, step: RouteStep): Set<UnitId | null> | null {
  const units = new Set<UnitId | null>();
  for (const w of step.workstations) {
    const ws = ix.scenario.workstations[w];
    if (ws && !ws.monument) units.add(ws.unitId);
  }
  return units.size > 0 ? units : null;
}

export function ftmsGroups(families: Family[]): Map<string, Family[]> {
  const groups = new Map<string, Family[]>();
  for (const f of families) {
    const key = f.ftms.trim() || f.id;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return groups;
}

/**
 * An FTMS is cell-complete when one unit of kind 'cell' has an eligible workstation for every
 * step of its families; steps whose workstations are all monuments are excepted.
 */
export function cellCompleteness(ix: ScenarioIndex): FtmsCompleteness[] {
  const cells = cellUnits(ix);
  return [...ftmsGroups(ix.families)].map(([ftms, families]) => ftmsCompleteness(ix, ftms, families, cells));
}

/** The ids of the cell units, sorted. */
export const cellUnits = (ix: ScenarioIndex): UnitId[] =>
  ix.units
    .filter((u) => u.kind === 'cell')
    .map((u) => u.id)
    .sort();

/** Cell completeness of one FTMS group (see cellCompleteness). */
export function ftmsCompleteness(
  ix: ScenarioIndex,
  ftms: string,
  families: Family[],
  cells: UnitId[],
): FtmsCompleteness {
  const steps = families.flatMap((f) =>
    f.route.flatMap((step) => {
      const units = nonMonumentUnits(ix, step);
      return units ? [{ family: f, step, units }] : [];
    }),
  );
  let cellUnitId: UnitId | null = null;
  let best = -1;
  for (const c of cells) {
    const n = steps.filter((s) => s.units.has(c)).length;
    if (n > best) [cellUnitId, best] = [c, n];
  }
  const inCell = steps.filter((s) => cellUnitId !== null && s.units.has(cellUnitId));
  const outside = steps.filter((s) => !inCell.includes(s)).map((s) => ({ familyId: s.family.id, stepId: s.step.id }));
  const teams = new Set<TeamId>();
  for (const s of inCell) {
    const holder = stepHolder(ix, s.step);
    const team = holder ? ix.scenario.roles[holder]?.teamId : null;
    if (team) teams.add(team);
  }
  return {
    ftms,
    familyIds: families.map((f) => f.id),
    cellUnitId,
    complete: cellUnitId !== null && steps.length > 0 && outside.length === 0,
    steps: steps.length,
    stepsInCell: inCell.length,
    outside,
    holderTeams: [...teams].sort(),
  };
}
