import type { RoleId, WorkstationId } from '../model/ids';
import type { AnalysisSettings, QualificationLevel, Role } from '../model/types';
import type { ScenarioIndex } from './derived';

/** Skills-matrix level from which a person counts as qualified (domain.md §1). */
export const QUALIFIED_LEVEL = 2;

export type WorkstationCoverageStatus = 'uncovered' | 'red-zone' | 'below-k' | 'ok';

export interface WorkstationCoverage {
  workstationId: WorkstationId;
  /** Headcount of the roles qualified on the workstation. */
  qualifiedPeople: number;
  qualifiedRoles: RoleId[];
  /** People still to qualify to reach k. */
  gap: number;
  status: WorkstationCoverageStatus;
}

export interface RoleCoverage {
  roleId: RoleId;
  qualifiedWorkstations: number;
  /** Workstations still to qualify on to reach k. */
  gap: number;
}

export interface TrainingNeed {
  roleId: RoleId;
  workstationId: WorkstationId;
  fromLevel: QualificationLevel;
  reasons: ('workstation-coverage' | 'role-coverage')[];
}

export interface CoverageResult {
  kPerWorkstation: number;
  kPerRole: number;
  /** False while the skills matrix is empty: coverage findings are then not reported. */
  hasData: boolean;
  workstations: WorkstationCoverage[];
  roles: RoleCoverage[];
  /** Workstations with exactly one qualified person. */
  redZones: WorkstationId[];
  /** Workstations nobody is qualified on. */
  uncovered: WorkstationId[];
  trainingNeeds: TrainingNeed[];
}

const levelOf = (role: Role, w: WorkstationId): QualificationLevel => role.qualifications[w] ?? 0;

function statusOf(people: number, k: number): WorkstationCoverageStatus {
  if (people <= 0) return 'uncovered';
  if (people < 2) return 'red-zone';
  return people < k ? 'below-k' : 'ok';
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Lookups for ranking training candidates without scanning roles × workstations. */
interface CoverageIndex {
  ix: ScenarioIndex;
  /** Workstations in use: on a route or with make work. Cross-training is about these. */
  inUse: WorkstationId[];
  inUseSet: Set<WorkstationId>;
  inUseSorted: WorkstationId[];
  /** Operator roles: make work or any skills-matrix entry; staff roles are left out. */
  operators: Role[];
  qualifiedOn: Map<WorkstationId, Role[]>;
  inTrainingOn: Map<WorkstationId, Role[]>;
  makersOfType: Map<string, Role[]>;
  operatorsOfUnit: Map<string, Role[]>;
  wsOfUnit: Map<string, WorkstationId[]>;
  wsOfFamily: Map<string, WorkstationId[]>;
  exTypes: Map<RoleId, Set<string>>;
}

function coverageIndex(ix: ScenarioIndex): CoverageIndex {
  const inUse = ix.workstations
    .filter((w) => ix.familiesByWs.has(w.id) || (ix.tasksByWs.get(w.id) ?? []).some((e) => e.task.kind === 'make'))
    .map((w) => w.id);
  const inUseSet = new Set(inUse);
  const c: CoverageIndex = {
    ix,
    inUse,
    inUseSet,
    inUseSorted: [...inUse].sort(),
    operators: [],
    qualifiedOn: new Map(),
    inTrainingOn: new Map(),
    makersOfType: new Map(),
    operatorsOfUnit: new Map(),
    wsOfUnit: new Map(),
    wsOfFamily: new Map(),
    exTypes: new Map(),
  };
  for (const r of ix.roles) {
    const ex = ix.facts.get(r.id)?.ex ?? new Set();
    let anyEntry = false;
    for (const w of Object.keys(r.qualifications) as WorkstationId[]) {
      const level = levelOf(r, w);
      if (level >= 1) anyEntry = true;
      if (level >= QUALIFIED_LEVEL) push(c.qualifiedOn, w, r);
      else if (level === 1) push(c.inTrainingOn, w, r);
    }
    if (ex.size === 0 && !anyEntry) continue;
    c.operators.push(r);
    const types = new Set([...ex].map((w) => ix.processType.get(w) ?? w));
    c.exTypes.set(r.id, types);
    for (const t of types) push(c.makersOfType, t, r);
    if (r.unitId) push(c.operatorsOfUnit, r.unitId, r);
  }
  c.operators.sort(byId);
  for (const w of inUse) {
    const unit = ix.scenario.workstations[w]?.unitId;
    if (unit) push(c.wsOfUnit, unit, w);
  }
  for (const f of ix.families)
    c.wsOfFamily.set(
      f.id,
      f.route.flatMap((step) => step.workstations),
    );
  return c;
}

/** Rank bonuses: being in training outweighs a matching process or route, which outweighs the same unit. */
const IN_TRAINING = 4;
const SAME_PROCESS = 2;
const SAME_UNIT = 1;

const mark = <K>(bonus: Map<K, number>, key: K, bit: number) => bonus.set(key, (bonus.get(key) ?? 0) | bit);

/** The `n` best keys by bonus (highest first), ties by key; a selection, not a sort of everything. */
function best<K extends string>(bonus: Map<K, number>, n: number, eligible: (k: K) => boolean): K[] {
  const out: [K, number][] = [];
  for (const [k, b] of bonus) {
    if (!eligible(k)) continue;
    let i = out.length;
    while (i > 0) {
      const [pk, pb] = out[i - 1] as [K, number];
      if (pb > b || (pb === b && pk < k)) break;
      i--;
    }
    if (i < n) {
      out.splice(i, 0, [k, b]);
      if (out.length > n) out.pop();
    }
  }
  return out.map(([k]) => k);
}

/**
 * Candidates for a workstation, best first: already in training there, then making the same
 * process elsewhere, then in the workstation's unit, then any operator by id. Enough of them
 * to cover `people` heads when their headcounts are added.
 */
function candidatesForWorkstation(c: CoverageIndex, w: WorkstationId, people: number): Role[] {
  const type = c.ix.processType.get(w) ?? w;
  const unit = c.ix.scenario.workstations[w]?.unitId ?? null;
  const bonus = new Map<RoleId, number>();
  const byRole = new Map<RoleId, Role>();
  const add = (roles: Role[] | undefined, bit: number) => {
    for (const r of roles ?? []) {
      mark(bonus, r.id, bit);
      byRole.set(r.id, r);
    }
  };
  add(c.inTrainingOn.get(w), IN_TRAINING);
  add(c.makersOfType.get(type), SAME_PROCESS);
  if (unit) add(c.operatorsOfUnit.get(unit), SAME_UNIT);
  const eligible = (id: RoleId) => c.exTypes.has(id) && levelOf(byRole.get(id) as Role, w) < QUALIFIED_LEVEL;
  const out: Role[] = [];
  let covered = 0;
  for (const id of best(bonus, bonus.size, eligible)) {
    if (covered >= people) return out;
    const r = byRole.get(id) as Role;
    out.push(r);
    covered += r.headcount;
  }
  for (const r of c.operators) {
    if (covered >= people) break;
    if (bonus.has(r.id) || levelOf(r, w) >= QUALIFIED_LEVEL) continue;
    out.push(r);
    covered += r.headcount;
  }
  return out;
}

/** Workstations for a role short of k, best first: in training, on its families' routes, in its unit, then by id. */
function candidatesForRole(c: CoverageIndex, role: Role, gap: number): WorkstationId[] {
  const bonus = new Map<WorkstationId, number>();
  for (const w of Object.keys(role.qualifications) as WorkstationId[])
    if (levelOf(role, w) === 1) mark(bonus, w, IN_TRAINING);
  for (const f of c.ix.facts.get(role.id)?.famEx ?? [])
    for (const w of c.wsOfFamily.get(f) ?? []) mark(bonus, w, SAME_PROCESS);
  for (const w of role.unitId ? (c.wsOfUnit.get(role.unitId) ?? []) : []) mark(bonus, w, SAME_UNIT);
  const ranked = best(bonus, gap, (w) => c.inUseSet.has(w) && levelOf(role, w) < QUALIFIED_LEVEL);
  for (const w of c.inUseSorted) {
    if (ranked.length >= gap) break;
    if (!bonus.has(w) && levelOf(role, w) < QUALIFIED_LEVEL) ranked.push(w);
  }
  return ranked;
}

export function coverageOf(ix: ScenarioIndex, s: AnalysisSettings): CoverageResult {
  const kW = s.coveragePeoplePerWorkstation;
  const kR = s.coverageWorkstationsPerPerson;
  const c = coverageIndex(ix);
  const needs = new Map<string, TrainingNeed>();
  const need = (role: Role, w: WorkstationId, reason: TrainingNeed['reasons'][number]) => {
    const key = `${role.id} ${w}`;
    const existing = needs.get(key);
    if (!existing)
      needs.set(key, { roleId: role.id, workstationId: w, fromLevel: levelOf(role, w), reasons: [reason] });
    else if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
  };
  const wsRows = c.inUse.map((w): WorkstationCoverage => {
    const qualified = [...(c.qualifiedOn.get(w) ?? [])].sort(byId);
    const people = qualified.reduce((a, r) => a + r.headcount, 0);
    const gap = Math.max(0, kW - people);
    for (const r of gap > 0 ? candidatesForWorkstation(c, w, gap) : []) need(r, w, 'workstation-coverage');
    return {
      workstationId: w,
      qualifiedPeople: people,
      qualifiedRoles: qualified.map((r) => r.id),
      gap,
      status: statusOf(people, kW),
    };
  });
  const roleRows = c.operators.map((role): RoleCoverage => {
    const qualified = (Object.keys(role.qualifications) as WorkstationId[]).filter(
      (w) => c.inUseSet.has(w) && levelOf(role, w) >= QUALIFIED_LEVEL,
    ).length;
    const gap = Math.max(0, kR - qualified);
    for (const w of gap > 0 ? candidatesForRole(c, role, gap) : []) need(role, w, 'role-coverage');
    return { roleId: role.id, qualifiedWorkstations: qualified, gap };
  });
  return {
    kPerWorkstation: kW,
    kPerRole: kR,
    hasData: ix.roles.some((r) => Object.values(r.qualifications).some((l) => (l ?? 0) >= 1)),
    workstations: wsRows,
    roles: roleRows,
    redZones: wsRows.filter((w) => w.status === 'red-zone').map((w) => w.workstationId),
    uncovered: wsRows.filter((w) => w.status === 'uncovered').map((w) => w.workstationId),
    trainingNeeds: [...needs.values()],
  };
}
