import type { EntityId, FamilyId, RoleId, WorkstationId } from '../model/ids';
import type { ControlAspect, Task } from '../model/types';
import { scopeHasFamilies, scopeMeetsFamilies, type RoleFacts, type ScenarioIndex, type TaskEntry } from './derived';
import { clamp01 } from './scales';

export const PARAMETER_KEYS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'] as const;
export type ParameterKey = (typeof PARAMETER_KEYS)[number];

export type ParameterDriverReason =
  | 'workstation-shared-by-families'
  | 'support-task-separated'
  | 'role-specialised'
  | 'control-task-separated'
  | 'aspects-in-several-groups'
  | 'tactical-task-separated'
  | 'aspect-in-several-roles';

/** An entity that pushes a parameter up; `weight` is its contribution to the parameter value. */
export interface ParameterDriver {
  entityId: EntityId;
  reason: ParameterDriverReason;
  weight: number;
  /** Other entities involved, e.g. the holders that make a task separated. */
  related: EntityId[];
  params: Record<string, string | number>;
}

export interface ParameterResult {
  key: ParameterKey;
  /** 0 = simple organisation, 1 = complex; null when the parameter is undefined (P5, P7). */
  value: number | null;
  /** Largest contribution first. */
  drivers: ParameterDriver[];
}

export type StructureParameters = Record<ParameterKey, ParameterResult>;

const byWeight = (a: ParameterDriver, b: ParameterDriver) =>
  b.weight - a.weight || (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0);

/**
 * A parameter with its drivers sorted on first read and kept: only the analysis view, the
 * PDF and the findings read them, so an edit on the canvas does not pay for building and
 * sorting thousands of them. Built in field order, so JSON and key order stay the same.
 */
function result(
  key: ParameterKey,
  value: number | null,
  drivers: ParameterDriver[] | (() => ParameterDriver[]),
): ParameterResult {
  let sorted: ParameterDriver[] | undefined;
  const out = { key, value } as ParameterResult;
  Object.defineProperty(out, 'drivers', {
    enumerable: true,
    get: () =>
      (sorted ??= (typeof drivers === 'function' ? drivers() : drivers).filter((d) => d.weight > 0).sort(byWeight)),
  });
  return out;
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** P1: per routed workstation (n − 1)/(N − 1); workstations no family passes are left out. */
export function p1(ix: ScenarioIndex): ParameterResult {
  const familiesWithType = new Map<string, number>();
  for (const types of ix.routing.values())
    for (const t of types) familiesWithType.set(t, (familiesWithType.get(t) ?? 0) + 1);
  const values: number[] = [];
  const raw: ParameterDriver[] = [];
  for (const w of ix.workstations) {
    const n = ix.familiesByWs.get(w.id)?.size ?? 0;
    if (n === 0) continue;
    const bigN = familiesWithType.get(ix.processType.get(w.id) ?? w.id) ?? 0;
    const v = bigN <= 1 ? 0 : clamp01((n - 1) / (bigN - 1));
    values.push(v);
    raw.push({
      entityId: w.id,
      reason: 'workstation-shared-by-families',
      weight: v,
      related: [],
      params: { families: n, familiesOfType: bigN },
    });
  }
  for (const d of raw) d.weight /= values.length;
  return result('P1', mean(values) ?? 0, raw);
}

type FamilySetOf = (f: RoleFacts) => Set<FamilyId>;

/**
 * The shared form of P2, P4 and P6: load-weighted share of the tasks held by roles whose own
 * families do not meet the task's families. Unassigned tasks and tasks whose scope carries no
 * family are left out; with zero total load every task weighs the same.
 */
interface SeparationRow {
  task: Task;
  /** Share of the task held by roles whose own families miss the task's families. */
  x: number;
  separated: RoleId[];
}

interface CachedRow {
  row: SeparationRow | null;
  facts: (RoleFacts | undefined)[];
  familiesByWs: ScenarioIndex['familiesByWs'];
}

/**
 * Separation rows by task entry, kept by an incremental analyser between its analyses: a
 * row is taken over while its entry (task and holders), the holders' facts and the
 * families are the same objects, which a re-analysis keeps for everything an edit left
 * alone. A from-scratch analysis keeps none.
 */
export type SeparationMemo = Partial<Record<'P2' | 'P4' | 'P6', Map<TaskEntry, CachedRow>>>;

function sameFacts(ix: ScenarioIndex, entry: TaskEntry, facts: (RoleFacts | undefined)[]): boolean {
  for (let i = 0; i < facts.length; i++)
    if (ix.facts.get((entry.holders[i] as TaskEntry['holders'][number]).roleId) !== facts[i]) return false;
  return true;
}

function separationRow(
  ix: ScenarioIndex,
  entry: TaskEntry,
  own: FamilySetOf,
  last: Map<TaskEntry, CachedRow> | undefined,
  next: Map<TaskEntry, CachedRow> | undefined,
) {
  const hit = last?.get(entry);
  if (hit && hit.familiesByWs === ix.familiesByWs && sameFacts(ix, entry, hit.facts)) {
    next?.set(entry, hit);
    return hit.row;
  }
  const { task } = entry;
  let row: SeparationRow | null = null;
  if (scopeHasFamilies(ix, task.scope)) {
    let total = 0;
    let sep = 0;
    const separated: RoleId[] = [];
    for (const h of entry.holders) {
      total += h.share;
      const facts = ix.facts.get(h.roleId);
      if (facts && !scopeMeetsFamilies(ix, task.scope, own(facts))) {
        sep += h.share;
        separated.push(h.roleId);
      }
    }
    row = { task, x: total > 0 ? sep / total : 0, separated };
  }
  next?.set(entry, { row, facts: entry.holders.map((h) => ix.facts.get(h.roleId)), familiesByWs: ix.familiesByWs });
  return row;
}

/**
 * The shared form of P2, P4 and P6: load-weighted share of the tasks held by roles whose own
 * families do not meet the task's families. Unassigned tasks and tasks whose scope carries no
 * family are left out; with zero total load every task weighs the same.
 */
function separation(
  ix: ScenarioIndex,
  key: 'P2' | 'P4' | 'P6',
  reason: ParameterDriverReason,
  inClass: (task: Task) => boolean,
  own: FamilySetOf,
  memo: SeparationMemo | undefined,
): ParameterResult {
  const last = memo?.[key];
  const next = memo ? new Map<TaskEntry, CachedRow>() : undefined;
  if (memo) memo[key] = next;
  const rows: SeparationRow[] = [];
  // The entries are in task order, each with its task: the order of the rows and the sums.
  for (const entry of ix.entries.list) {
    if (!inClass(entry.task) || entry.holders.length === 0) continue;
    const row = separationRow(ix, entry, own, last, next);
    if (row) rows.push(row);
  }
  const totalLoad = rows.reduce((a, r) => a + r.task.load, 0);
  const weightOf = (t: Task) => (totalLoad > 0 ? t.load / totalLoad : 1 / rows.length);
  let value = 0;
  for (const { task, x } of rows) value += weightOf(task) * x;
  const drivers = () =>
    rows.map(({ task, x, separated }) => ({
      entityId: task.id,
      reason,
      weight: weightOf(task) * x,
      related: separated,
      params: { load: task.load },
    }));
  return result(key, clamp01(value), drivers);
}

/** P3: 1 − headcount-weighted mean of |types(EX(r))| / |∪ routing(Fam(EX(r)))| over roles with make work. */
export function p3(ix: ScenarioIndex): ParameterResult {
  const rows: { role: RoleFacts; ratio: number; own: number; all: number }[] = [];
  for (const f of ix.facts.values()) {
    if (f.ex.size === 0) continue;
    const all = new Set<string>();
    for (const fam of f.famEx) for (const t of ix.routing.get(fam) ?? []) all.add(t);
    if (all.size === 0) continue;
    const own = new Set<string>();
    for (const w of f.ex) {
      const t = ix.processType.get(w);
      if (t !== undefined && all.has(t)) own.add(t);
    }
    rows.push({ role: f, ratio: own.size / all.size, own: own.size, all: all.size });
  }
  const people = rows.reduce((a, r) => a + r.role.role.headcount, 0);
  if (people <= 0) return result('P3', 0, []);
  let covered = 0;
  const drivers = rows.map(({ role, ratio, own, all }) => {
    covered += role.role.headcount * ratio;
    const weight = (role.role.headcount * (1 - ratio)) / people;
    return {
      entityId: role.role.id,
      reason: 'role-specialised' as const,
      weight,
      related: [],
      params: { types: own, routingTypes: all },
    };
  });
  return result('P3', clamp01(1 - covered / people), drivers);
}

/** Assigned op-level control tasks on each workstation. */
export function opControlByWs(ix: ScenarioIndex): Map<WorkstationId, TaskEntry[]> {
  const out = new Map<WorkstationId, TaskEntry[]>();
  for (const [w, entries] of ix.controlByWs) {
    const list = entries.filter((e) => e.task.control?.level === 'op' && e.holders.length > 0);
    if (list.length > 0) out.set(w, list);
  }
  return out;
}

/** P5: per workstation with ≥ 2 op-level aspects, min(1, (|holder groups| − 1)/(|aspects| − 1)). */
export function p5(byWs: Map<WorkstationId, TaskEntry[]>): ParameterResult {
  const values: number[] = [];
  const raw: ParameterDriver[] = [];
  for (const [w, tasks] of byWs) {
    const aspects = new Set<ControlAspect>();
    const groups = new Set<string>();
    for (const e of tasks) {
      if (e.task.control) aspects.add(e.task.control.aspect);
      for (const h of e.holders) groups.add(h.group);
    }
    if (aspects.size < 2) continue;
    const v = Math.min(1, (groups.size - 1) / (aspects.size - 1));
    values.push(v);
    raw.push({
      entityId: w,
      reason: 'aspects-in-several-groups',
      weight: v,
      related: [...groups] as EntityId[],
      params: { groups: groups.size, aspects: aspects.size },
    });
  }
  for (const d of raw) d.weight /= values.length;
  return result('P5', mean(values), raw);
}

/** P7: per (workstation, aspect) with ≥ 2 op-level tasks, min(1, (#distinct roles − 1)/(#tasks − 1)). */
export function p7(byWs: Map<WorkstationId, TaskEntry[]>): ParameterResult {
  const values: number[] = [];
  const raw: ParameterDriver[] = [];
  for (const [w, tasks] of byWs) {
    const byAspect = new Map<ControlAspect, TaskEntry[]>();
    for (const e of tasks) {
      const aspect = e.task.control?.aspect;
      if (!aspect) continue;
      const list = byAspect.get(aspect);
      if (list) list.push(e);
      else byAspect.set(aspect, [e]);
    }
    for (const [aspect, list] of byAspect) {
      if (list.length < 2) continue;
      const roles = new Set<RoleId>();
      for (const e of list) for (const h of e.holders) roles.add(h.roleId);
      const v = Math.min(1, Math.max(0, (roles.size - 1) / (list.length - 1)));
      values.push(v);
      raw.push({
        entityId: w,
        reason: 'aspect-in-several-roles',
        weight: v,
        related: [...roles],
        params: { aspect, roles: roles.size, tasks: list.length },
      });
    }
  }
  for (const d of raw) d.weight /= values.length;
  return result('P7', mean(values), raw);
}

/** P2: preparation and support separated from the families of the holders' make work. */
export const p2 = (ix: ScenarioIndex, memo?: SeparationMemo): ParameterResult =>
  separation(
    ix,
    'P2',
    'support-task-separated',
    (t) => t.kind === 'prepare' || t.kind === 'support',
    (f) => f.famEx,
    memo,
  );

/** P4: op-level control separated from the families of the holders' operational work. */
export const p4 = (ix: ScenarioIndex, memo?: SeparationMemo): ParameterResult =>
  separation(
    ix,
    'P4',
    'control-task-separated',
    (t) => t.control?.level === 'op',
    (f) => f.famOpw,
    memo,
  );

/** P6: tactical control separated from the families of the holders' make work. */
export const p6 = (ix: ScenarioIndex, memo?: SeparationMemo): ParameterResult =>
  separation(
    ix,
    'P6',
    'tactical-task-separated',
    (t) => t.control?.level === 'tac',
    (f) => f.famEx,
    memo,
  );

export function structureParameters(ix: ScenarioIndex, memo?: SeparationMemo): StructureParameters {
  const opByWs = opControlByWs(ix);
  return {
    P1: p1(ix),
    P2: p2(ix, memo),
    P3: p3(ix),
    P4: p4(ix, memo),
    P5: p5(opByWs),
    P6: p6(ix, memo),
    P7: p7(opByWs),
  };
}
