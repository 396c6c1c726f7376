import type { FamilyId, RoleId, WorkstationId } from '../model/ids';
import type { AnalysisSettings, Scenario } from '../model/types';
import { entityChanges, matchEntities, type ChangeStatus, type EntityChange, type Matching } from './compareMatch';
import { taskTypeOf } from './derived';
import { analyseScenarioData, type RoleAnalysis, type ScenarioAnalysis } from './index';
import type { Quadrant } from './scales';
import { PARAMETER_KEYS, type ParameterKey } from './structureParameters';
import type { WebaCriterion } from './weba';

/**
 * The differences between two scenarios (as-is → to-be): entities added, removed and
 * changed, and the deltas of the analysis — P1–P7, handoffs and MCT per family, role scores
 * and quadrants, WEBA, coverage and people. Pure: both scenarios are analysed with the same
 * settings by analyseScenarioData.
 */

/** Hours of a full-time week: FTE = headcount × hours per week / 40. */
export const FULL_TIME_HOURS = 40;

export interface NumberDelta {
  before: number | null;
  after: number | null;
  /** after − before; null when either side is missing. */
  delta: number | null;
}

export const numberDelta = (before: number | null, after: number | null): NumberDelta => ({
  before,
  after,
  delta: before !== null && after !== null ? after - before : null,
});

export interface ParameterDelta extends NumberDelta {
  key: ParameterKey;
}

/** What the comparison needs of one role on one side. */
export interface RoleSnapshot {
  roleId: RoleId;
  name: string;
  headcount: number;
  fte: number;
  quadrant: Quadrant;
  SD: number;
  DA: number;
  DL: number;
  PD: number;
  /** Utilisation: held load over the role's hours. */
  U: number;
  disturbancesPerPerson: number;
  strainRatio: number;
  isoStrain: boolean;
  stressRisk: boolean;
  learningRisk: boolean;
  failures: WebaCriterion[];
  /** Names of the tasks held, sorted, and the task type of each task held (same order as held). */
  tasks: string[];
  taskTypes: string[];
  unitName: string | null;
}

export interface RoleDelta {
  name: string;
  status: ChangeStatus;
  before: RoleSnapshot | null;
  after: RoleSnapshot | null;
  quadrantMoved: boolean;
  webaFailuresGained: WebaCriterion[];
  webaFailuresLost: WebaCriterion[];
  tasksGained: string[];
  tasksLost: string[];
  /** Tasks held after whose task type the role did not hold before: what it must learn. */
  newTasks: string[];
}

export interface FamilyDelta {
  name: string;
  status: ChangeStatus;
  handoffs: NumberDelta;
  /** MCT in calendar days; null without a (valid) map. */
  mctDays: NumberDelta;
  unitsCrossed: NumberDelta;
}

/** Names of workstations in a state before and after, and which entered or left it. */
export interface SetDelta {
  before: string[];
  after: string[];
  gained: string[];
  lost: string[];
}

export interface CoverageDelta {
  hasData: { before: boolean; after: boolean };
  redZones: SetDelta;
  uncovered: SetDelta;
  /**
   * People still to qualify, summed over the workstations, to reach k per workstation.
   * (The suggested training needs are not compared: which person is suggested among
   * equals depends on ids, and a duplicated scenario has new ones.)
   */
  qualificationGap: NumberDelta;
  /** k: qualified people wanted per workstation. */
  k: number;
}

export interface PeopleDelta {
  headcount: NumberDelta;
  fte: NumberDelta;
  roles: NumberDelta;
  teams: NumberDelta;
  /** Roles and people in the high-strain quadrant. */
  highStrainRoles: NumberDelta;
  highStrainPeople: NumberDelta;
  isoStrainRoles: NumberDelta;
}

export interface CellDelta {
  ftms: string;
  before: boolean | null;
  after: boolean | null;
}

export interface ScenarioComparison {
  before: ScenarioAnalysis;
  after: ScenarioAnalysis;
  matching: Matching;
  entities: EntityChange[];
  parameters: ParameterDelta[];
  families: FamilyDelta[];
  roles: RoleDelta[];
  coverage: CoverageDelta;
  people: PeopleDelta;
  cells: CellDelta[];
}

function snapshot(s: Scenario, r: RoleAnalysis): RoleSnapshot {
  const role = s.roles[r.roleId]!;
  const held = Object.values(s.tasks).filter((t) => t.assignments[r.roleId] !== undefined);
  return {
    roleId: r.roleId,
    name: role.name,
    headcount: role.headcount,
    fte: (role.headcount * role.hoursPerWeek) / FULL_TIME_HOURS,
    quadrant: r.quadrant,
    ...r.scores,
    U: r.proxies.U,
    disturbancesPerPerson: r.proxies.disturbancesPerPerson,
    strainRatio: r.strainRatio,
    isoStrain: r.isoStrain,
    stressRisk: r.weba.stressRisk,
    learningRisk: r.weba.learningRisk,
    failures: r.weba.failures,
    tasks: held.map((t) => t.name).sort(),
    taskTypes: held.map((t) => taskTypeOf(t).toLocaleLowerCase('en')),
    unitName: (role.unitId && s.units[role.unitId]?.name) || null,
  };
}

const minus = <T>(a: readonly T[], b: readonly T[]): T[] => a.filter((x) => !b.includes(x));

/** Names of the tasks of a type the role did not hold before. */
function newTasksOf(s: Scenario, before: RoleSnapshot, after: RoleSnapshot): string[] {
  const known = new Set(before.taskTypes);
  const held = Object.values(s.tasks).filter((t) => t.assignments[after.roleId] !== undefined);
  return held.filter((t) => !known.has(taskTypeOf(t).toLocaleLowerCase('en'))).map((t) => t.name).sort();
}

function roleDelta(as: Scenario, change: EntityChange, before: RoleSnapshot | null, after: RoleSnapshot | null): RoleDelta {
  return {
    name: change.name,
    status: change.status,
    before,
    after,
    quadrantMoved: !!before && !!after && before.quadrant !== after.quadrant,
    webaFailuresGained: before && after ? minus(after.failures, before.failures) : [],
    webaFailuresLost: before && after ? minus(before.failures, after.failures) : [],
    tasksGained: before && after ? minus(after.tasks, before.tasks) : [],
    tasksLost: before && after ? minus(before.tasks, after.tasks) : [],
    newTasks: before && after ? newTasksOf(as, before, after) : [],
  };
}

function roleDeltas(bs: Scenario, as: Scenario, c: { before: ScenarioAnalysis; after: ScenarioAnalysis; entities: EntityChange[] }): RoleDelta[] {
  const beforeById = new Map(c.before.roles.map((r) => [r.roleId as string, snapshot(bs, r)]));
  const afterById = new Map(c.after.roles.map((r) => [r.roleId as string, snapshot(as, r)]));
  return c.entities
    .filter((e) => e.kind === 'role')
    .map((e) => roleDelta(as, e, beforeById.get(e.beforeId ?? '') ?? null, afterById.get(e.afterId ?? '') ?? null));
}

function familyDeltas(c: { before: ScenarioAnalysis; after: ScenarioAnalysis; entities: EntityChange[] }): FamilyDelta[] {
  const side = (a: ScenarioAnalysis, id: string | null) => {
    const h = a.handoffs.find((x) => x.familyId === id);
    const mct = a.mct.find((x) => x.familyId === id)?.result;
    return { handoffs: h?.count ?? null, units: h?.unitsCrossed ?? null, mct: mct?.ok ? mct.mctDays : null };
  };
  return c.entities
    .filter((e) => e.kind === 'family')
    .map((e) => {
      const b = side(c.before, e.beforeId as FamilyId | null);
      const a = side(c.after, e.afterId as FamilyId | null);
      return {
        name: e.name,
        status: e.status,
        handoffs: numberDelta(b.handoffs, a.handoffs),
        mctDays: numberDelta(b.mct, a.mct),
        unitsCrossed: numberDelta(b.units, a.units),
      };
    });
}

/** Compares workstation sets by the before side's ids, reported by name. */
function setDelta(bs: Scenario, as: Scenario, m: Matching, before: readonly WorkstationId[], after: readonly WorkstationId[]): SetDelta {
  const key = (id: string) => m.toBefore.get(id) ?? `new:${id}`;
  const afterKeys = after.map(key);
  const name = (s: Scenario, id: string) => s.workstations[id as WorkstationId]?.name ?? id;
  return {
    before: before.map((id) => name(bs, id)),
    after: after.map((id) => name(as, id)),
    gained: after.filter((id) => !before.includes(key(id) as WorkstationId)).map((id) => name(as, id)),
    lost: before.filter((id) => !afterKeys.includes(id)).map((id) => name(bs, id)),
  };
}

const gapOf = (a: ScenarioAnalysis): number => a.coverage.workstations.reduce((sum, w) => sum + w.gap, 0);

function coverageDelta(bs: Scenario, as: Scenario, m: Matching, b: ScenarioAnalysis, a: ScenarioAnalysis): CoverageDelta {
  return {
    hasData: { before: b.coverage.hasData, after: a.coverage.hasData },
    redZones: setDelta(bs, as, m, b.coverage.redZones, a.coverage.redZones),
    uncovered: setDelta(bs, as, m, b.coverage.uncovered, a.coverage.uncovered),
    qualificationGap: numberDelta(gapOf(b), gapOf(a)),
    k: a.coverage.kPerWorkstation,
  };
}

function peopleOf(s: Scenario, a: ScenarioAnalysis) {
  const roles = Object.values(s.roles);
  const strained = a.roles.filter((r) => r.quadrant === 'high-strain');
  return {
    headcount: roles.reduce((sum, r) => sum + r.headcount, 0),
    fte: roles.reduce((sum, r) => sum + (r.headcount * r.hoursPerWeek) / FULL_TIME_HOURS, 0),
    roles: roles.length,
    teams: Object.keys(s.teams).length,
    highStrainRoles: strained.length,
    highStrainPeople: strained.reduce((sum, r) => sum + (s.roles[r.roleId]?.headcount ?? 0), 0),
    isoStrainRoles: a.roles.filter((r) => r.isoStrain).length,
  };
}

function peopleDelta(bs: Scenario, as: Scenario, b: ScenarioAnalysis, a: ScenarioAnalysis): PeopleDelta {
  const before = peopleOf(bs, b);
  const after = peopleOf(as, a);
  const keys = Object.keys(before) as (keyof typeof before)[];
  return Object.fromEntries(keys.map((k) => [k, numberDelta(before[k], after[k])])) as unknown as PeopleDelta;
}

/** Cell completeness per FTMS; a family without an FTMS is its own group, named by the family. */
function cellDeltas(bs: Scenario, as: Scenario, b: ScenarioAnalysis, a: ScenarioAnalysis): CellDelta[] {
  const label = (s: Scenario, ftms: string) => (ftms.startsWith('family:') ? (s.families[ftms as FamilyId]?.name ?? ftms) : ftms);
  const side = (s: Scenario, x: ScenarioAnalysis) => new Map(x.cells.map((c) => [label(s, c.ftms), c.complete]));
  const before = side(bs, b);
  const after = side(as, a);
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names.map((ftms) => ({ ftms, before: before.get(ftms) ?? null, after: after.get(ftms) ?? null }));
}

/** Compares two scenarios of a project with the project's analysis settings. */
export function compareScenarios(before: Scenario, after: Scenario, settings: AnalysisSettings): ScenarioComparison {
  const b = analyseScenarioData(before, settings);
  const a = analyseScenarioData(after, settings);
  const matching = matchEntities(before, after);
  const entities = entityChanges(before, after, matching);
  const ctx = { before: b, after: a, entities };
  return {
    before: b,
    after: a,
    matching,
    entities,
    parameters: PARAMETER_KEYS.map((key) => ({ key, ...numberDelta(b.parameters[key].value, a.parameters[key].value) })),
    families: familyDeltas(ctx),
    roles: roleDeltas(before, after, ctx),
    coverage: coverageDelta(before, after, matching, b, a),
    people: peopleDelta(before, after, b, a),
    cells: cellDeltas(before, after, b, a),
  };
}

export { MATCH_KINDS, matchEntities, normaliseName, type ChangeStatus, type EntityChange, type MatchKind, type Matching } from './compareMatch';
