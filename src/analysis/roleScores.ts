import type { RoleId, TaskId } from '../model/ids';
import {
  CONTROL_ASPECTS,
  CONTROL_LEVELS,
  type AnalysisSettings,
  type ControlLevel,
  type TaskKind,
} from '../model/types';
import {
  CONTROL_SLOTS,
  nextMark,
  taskTypeOf,
  type GroupId,
  type RoleFacts,
  type ScenarioIndex,
  type TaskEntry,
} from './derived';
import type { RoleInterfaces } from './interfaces';
import { questionnaireScores, type JcqScores, type QuestionnaireScores } from './jcq';
import { clamp01, quadrantOf, strainRatioOf, toJcqScale, weightedMean, type Quadrant } from './scales';

/** Cycle-time cuts of domain.md §4 (minutes). */
export const SHORT_CYCLE_MIN = 1.5;
export const LONG_CYCLE_MIN = 30;
/** Iso-strain: high strain with co-worker support below this proxy value. */
export const ISO_SUPPORT_CUT = 0.5;

/** The 0–1 proxies and their ingredients (domain.md §4), per person. */
export interface RoleProxies {
  U: number;
  V: number;
  /** Load-weighted mean cycle of the make tasks; null without make work or cycle data. */
  cyc: number | null;
  C: number;
  K: number;
  SD: number;
  DA: number;
  PD: number;
  SS: number;
  Un: number;
  Dn: number;
  In: number;
  disturbancesPerPerson: number;
  interfaces: number;
  taskTypes: number;
  kinds: TaskKind[];
  /** Share of the make load with cycle < 1.5 min; null without make work. */
  shortCycleShare: number | null;
  /** cov(level) of DA*, null for a level without control tasks on the role's scope. */
  coverage: Record<ControlLevel, number | null>;
}

export interface RoleScore {
  roleId: RoleId;
  groupId: GroupId;
  proxies: RoleProxies;
  proxyScores: JcqScores;
  /** Questionnaire group scores when the role has at least MIN_RESPONDENTS respondents. */
  questionnaire: QuestionnaireScores | null;
  /** What the quadrant and flags use: the questionnaire when present, else the proxy. */
  scores: JcqScores;
  source: 'proxy' | 'questionnaire';
  strainRatio: number;
  quadrant: Quadrant;
  isoStrain: boolean;
  /** The role or a team-mate holds a quality control task on the role's scope (WEBA 7). */
  qualityOnScope: boolean;
  /** Op-level control tasks on the role's scope held by other groups, largest load first (for moves). */
  foreignControl: TaskId[];
  /** People in the role's team, or in the team-less group of its unit (WEBA 6, SS*). */
  groupPeople: number;
}

interface ScopeControl {
  coverage: Record<ControlLevel, number | null>;
  qualityOnScope: boolean;
  foreignControl: TaskId[];
}

const ASPECTS = CONTROL_ASPECTS.length;
const QUALITY = CONTROL_ASPECTS.indexOf('quality');
const OP = CONTROL_LEVELS.indexOf('op');
/** Op-level control tasks held elsewhere kept per role for suggested moves. */
export const MAX_FOREIGN_CONTROL = 5;

/** Reused accumulators per (level, aspect); the engine is synchronous, so one set suffices. */
const SLOTS = {
  load: new Float64Array(CONTROL_SLOTS),
  held: new Float64Array(CONTROL_SLOTS),
  count: new Float64Array(CONTROL_SLOTS),
  heldCount: new Float64Array(CONTROL_SLOTS),
};

function before(a: TaskEntry, b: TaskEntry): boolean {
  return a.task.load > b.task.load || (a.task.load === b.task.load && a.idx < b.idx);
}

/** Keeps the `max` largest-load tasks, ties to the earlier task. */
function keepTop(list: TaskEntry[], e: TaskEntry, max: number): void {
  const last = list[list.length - 1];
  if (list.length >= max && last && !before(e, last)) return;
  let i = list.length;
  while (i > 0 && before(e, list[i - 1] as TaskEntry)) i--;
  if (i < max) {
    list.splice(i, 0, e);
    if (list.length > max) list.pop();
  }
}

/**
 * Scans the control tasks touching scope(r) once: cov(level) for DA*, the quality information
 * of WEBA 7 and the op-level control held by other groups. An aspect with zero load weighs its
 * tasks equally.
 */
function scopeControl(ix: ScenarioIndex, f: RoleFacts, mateWeight: number): ScopeControl {
  const { load, held, count, heldCount } = SLOTS;
  for (const a of [load, held, count, heldCount]) a.fill(0);
  const mark = nextMark(ix);
  const seen = ix.marks.tasks;
  const { id, teamId } = f.role;
  const foreign: TaskEntry[] = [];
  let qualityOnScope = false;
  for (const w of f.scope)
    for (const e of ix.controlByWs.get(w) ?? []) {
      if (seen[e.idx] === mark) continue;
      seen[e.idx] = mark;
      let mine = 0;
      let mates = 0;
      let elsewhere = false;
      for (const h of e.holders) {
        if (h.roleId === id) mine += h.share;
        else if (teamId !== null && h.teamId === teamId) mates += h.share;
        if (h.groupIdx !== f.groupIdx) elsewhere = true;
      }
      const aspect = e.slot % ASPECTS;
      if (aspect === QUALITY && mine + mates > 0) qualityOnScope = true;
      if (elsewhere && (e.slot - aspect) / ASPECTS === OP) keepTop(foreign, e, MAX_FOREIGN_CONTROL);
      const h = mine + mateWeight * mates;
      const slot = e.slot;
      load[slot] = (load[slot] ?? 0) + e.task.load;
      held[slot] = (held[slot] ?? 0) + e.task.load * h;
      count[slot] = (count[slot] ?? 0) + 1;
      heldCount[slot] = (heldCount[slot] ?? 0) + h;
    }
  const coverage = { op: null, tac: null, str: null } as Record<ControlLevel, number | null>;
  CONTROL_LEVELS.forEach((level, l) => {
    let sum = 0;
    let n = 0;
    for (let slot = l * ASPECTS; slot < (l + 1) * ASPECTS; slot++) {
      const c = count[slot] ?? 0;
      if (c === 0) continue;
      const ld = load[slot] ?? 0;
      sum += clamp01(ld > 0 ? (held[slot] ?? 0) / ld : (heldCount[slot] ?? 0) / c);
      n++;
    }
    if (n > 0) coverage[level] = sum / n;
  });
  return { coverage, qualityOnScope, foreignControl: foreign.map((e) => e.task.id) };
}

/** cyc, C and the short-cycle share from the make tasks held (weights: load × share). */
function cycleOf(f: RoleFacts): { cyc: number | null; C: number; shortCycleShare: number | null } {
  const make = f.holdings.filter((h) => h.task.kind === 'make');
  if (make.length === 0) return { cyc: null, C: 1, shortCycleShare: null };
  const timed = make.filter((h) => h.task.cycleMin !== null);
  const cyc = weightedMean(
    timed.map((h) => h.task.cycleMin ?? 0),
    timed.map((h) => h.task.load * h.share),
  );
  const short = make.map((h) => (h.task.cycleMin !== null && h.task.cycleMin < SHORT_CYCLE_MIN ? 1 : 0));
  const shortCycleShare =
    weightedMean(
      short,
      make.map((h) => h.task.load * h.share),
    ) ?? 0;
  if (cyc === null) return { cyc: null, C: 1, shortCycleShare };
  const C = cyc < SHORT_CYCLE_MIN ? 0 : cyc >= LONG_CYCLE_MIN ? 1 : Math.log(cyc / SHORT_CYCLE_MIN) / Math.log(20);
  return { cyc, C, shortCycleShare };
}

/** The proxies and what scopeControl found, apart: the hot path builds no merged copy. */
function proxiesOf(ix: ScenarioIndex, f: RoleFacts, interfaces: number, s: AnalysisSettings): [RoleProxies, ScopeControl] {
  const hc = f.role.headcount;
  let load = 0;
  let disturbances = 0;
  const types = new Set<string>();
  const kinds = new Set<TaskKind>();
  for (const { task, share } of f.holdings) {
    load += task.load * share;
    disturbances += task.disturbancesPerDay * share;
    types.add(taskTypeOf(task));
    kinds.add(task.kind);
  }
  const U = hc > 0 && f.role.hoursPerWeek > 0 ? load / (hc * f.role.hoursPerWeek) : 0;
  const V = Math.min(1, types.size / s.varietyTypes);
  const K = kinds.size / 4;
  const { cyc, C, shortCycleShare } = cycleOf(f);
  const control = scopeControl(ix, f, s.teamMateWeight);
  const { op, tac, str } = control.coverage;
  const DA = Math.max(0, op ?? 0, tac ?? 0, str ?? 0);
  const disturbancesPerPerson = hc > 0 ? disturbances / hc : 0;
  const Un = clamp01((U - 0.5) / 0.5);
  const Dn = Math.min(1, disturbancesPerPerson / s.disturbanceNorm);
  const In = Math.min(1, interfaces / s.interfaceNorm);
  const spread = clamp01((f.groupPeople - 1) / 2);
  const SS = f.role.teamId !== null ? spread : 0.5 * spread;
  const kindList = KIND_ORDER.filter((k) => kinds.has(k));
  const proxies: RoleProxies = {
    U,
    V,
    cyc,
    C,
    K,
    SD: (V + C + K) / 3,
    DA,
    PD: (Un + Dn + In) / 3,
    SS,
    Un,
    Dn,
    In,
    disturbancesPerPerson,
    interfaces,
    taskTypes: types.size,
    kinds: kindList,
    shortCycleShare,
    coverage: control.coverage,
  };
  return [proxies, control];
}

const KIND_ORDER = ['prepare', 'make', 'support', 'control'] as const;

export function roleProxies(
  ix: ScenarioIndex,
  f: RoleFacts,
  interfaces: number,
  s: AnalysisSettings,
): RoleProxies & ScopeControl {
  const [proxies, control] = proxiesOf(ix, f, interfaces, s);
  return { ...proxies, ...control };
}

const scoresOf = (sd: number, da: number, pd: number): JcqScores => ({ SD: sd, DA: da, DL: sd + da, PD: pd });

export function roleScore(
  ix: ScenarioIndex,
  f: RoleFacts,
  interfaces: RoleInterfaces | undefined,
  s: AnalysisSettings,
): RoleScore {
  const [proxies, { qualityOnScope, foreignControl }] = proxiesOf(ix, f, interfaces?.count ?? 0, s);
  const proxyScores = scoresOf(toJcqScale(proxies.SD), toJcqScale(proxies.DA), toJcqScale(proxies.PD));
  const questionnaire = questionnaireScores(f.role.questionnaire);
  const scores = questionnaire ? scoresOf(questionnaire.SD, questionnaire.DA, questionnaire.PD) : proxyScores;
  const quadrant = quadrantOf(scores.PD, scores.DL, s);
  return {
    roleId: f.role.id,
    groupId: f.group,
    proxies,
    proxyScores,
    questionnaire,
    scores,
    source: questionnaire ? 'questionnaire' : 'proxy',
    strainRatio: strainRatioOf(scores.PD, scores.DL),
    quadrant,
    isoStrain: quadrant === 'high-strain' && proxies.SS < ISO_SUPPORT_CUT,
    qualityOnScope,
    foreignControl,
    groupPeople: f.groupPeople,
  };
}
