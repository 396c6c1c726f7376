import type { RoleId, TaskId } from '../model/ids';
import type { AnalysisSettings, TaskKind } from '../model/types';
import type { RoleFacts, ScenarioIndex } from './derived';
import { message, type Finding, type FindingCode, type Message, type Severity } from './messages';
import type { RoleScore } from './roleScores';
import type { WebaCriterion, WebaResult } from './weba';

export type RoleFlag = Extract<
  FindingCode,
  | 'LOW_LATITUDE'
  | 'HIGH_STRAIN'
  | 'ISO_STRAIN'
  | 'PASSIVE'
  | 'CONTROL_PROBLEM'
  | 'SHORT_CYCLE'
  | 'WEBA_STRESS_RISK'
  | 'WEBA_LEARNING_RISK'
>;

const SEVERITY: Record<RoleFlag, Severity> = {
  ISO_STRAIN: 'critical',
  HIGH_STRAIN: 'warning',
  CONTROL_PROBLEM: 'warning',
  PASSIVE: 'warning',
  WEBA_STRESS_RISK: 'warning',
  WEBA_LEARNING_RISK: 'warning',
  LOW_LATITUDE: 'info',
  SHORT_CYCLE: 'info',
};

/** At most this many concrete task moves are suggested per finding. */
const MAX_TASK_MOVES = 3;

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const percent = (x: number) => Math.round(x * 100);

export function roleFlags(score: RoleScore, weba: WebaResult, s: AnalysisSettings): RoleFlag[] {
  const flags: RoleFlag[] = [];
  if (score.scores.DL < s.lowLatitudeCut) flags.push('LOW_LATITUDE');
  if (score.quadrant === 'high-strain') flags.push('HIGH_STRAIN');
  if (score.isoStrain) flags.push('ISO_STRAIN');
  if (score.quadrant === 'passive') flags.push('PASSIVE');
  if (score.strainRatio > 1) flags.push('CONTROL_PROBLEM');
  if (score.proxies.cyc !== null && score.proxies.cyc < 1.5) flags.push('SHORT_CYCLE');
  if (weba.stressRisk) flags.push('WEBA_STRESS_RISK');
  if (weba.learningRisk) flags.push('WEBA_LEARNING_RISK');
  return flags;
}

/** Why the decision latitude is low, from the proxies (drivers are listed even in questionnaire mode). */
function latitudeDrivers(score: RoleScore, s: AnalysisSettings): Message[] {
  const p = score.proxies;
  const out: Message[] = [];
  if (p.DA === 0) out.push(message('driver.noControlTask'));
  else if (p.DA < 0.5) out.push(message('driver.lowControlCoverage', { percent: percent(p.DA) }));
  if (p.V < 0.5) out.push(message('driver.fewTaskTypes', { types: p.taskTypes, norm: s.varietyTypes }));
  if (p.cyc !== null && p.C < 0.5) out.push(message('driver.shortCycle', { cycleMin: round(p.cyc, 1) }));
  for (const kind of ['prepare', 'make', 'support', 'control'] as TaskKind[])
    if (!p.kinds.includes(kind)) out.push(message('driver.missingTaskKind', { kind }));
  return out;
}

function demandDrivers(score: RoleScore): Message[] {
  const p = score.proxies;
  const out: Message[] = [];
  if (p.Un > 0) out.push(message('driver.highUtilisation', { percent: percent(p.U) }));
  if (p.Dn > 0) out.push(message('driver.disturbances', { perPersonPerDay: round(p.disturbancesPerPerson, 1) }));
  if (p.In > 0) out.push(message('driver.interfaces', { count: p.interfaces }));
  return out;
}

/** Prepare tasks on the role's make workstations that the role does not hold. */
function preparationElsewhere(ix: ScenarioIndex, f: RoleFacts): TaskId[] {
  const out = new Set<TaskId>();
  for (const w of f.ex)
    for (const e of ix.prepareByWs.get(w) ?? []) {
      let mine = false;
      for (const h of e.holders) if (h.roleId === f.role.id) mine = true;
      if (!mine) out.add(e.task.id);
    }
  return [...out].sort();
}

/**
 * Op-level control held elsewhere, to bring to the role (or its team). Only for roles with
 * operational work: giving control to another staff role does not lower P4.
 */
function controlMovesOf(f: RoleFacts, score: RoleScore): Message[] {
  if (f.opw.size === 0) return [];
  const teamId = f.role.teamId;
  return score.foreignControl
    .slice(0, MAX_TASK_MOVES)
    .map((task) =>
      teamId
        ? message('move.controlIntoTeam', { task, team: teamId, parameter: 'P4' })
        : message('move.controlToRole', { task, role: f.role.id, parameter: 'P4' }),
    );
}

function learningMovesOf(ix: ScenarioIndex, f: RoleFacts): Message[] {
  const moves = preparationElsewhere(ix, f)
    .slice(0, MAX_TASK_MOVES)
    .map((task) => message('move.prepareToRole', { task, role: f.role.id, parameter: 'P2' }));
  if (f.ex.size > 0) moves.push(message('move.crossTrain', { role: f.role.id, parameter: 'P3' }));
  return moves;
}

function teamMove(f: RoleFacts): Message {
  return f.role.teamId
    ? message('move.enlargeTeam', { role: f.role.id, team: f.role.teamId })
    : message('move.formTeam', { role: f.role.id });
}

const webaDrivers = (weba: WebaResult, criteria: readonly WebaCriterion[]): Message[] =>
  weba.failures.filter((c) => criteria.includes(c)).map((criterion) => message('driver.webaFailed', { criterion }));

interface FlagContext {
  ix: ScenarioIndex;
  f: RoleFacts;
  score: RoleScore;
  weba: WebaResult;
  s: AnalysisSettings;
  /** Computed once per role, shared by its flags. */
  cache: { control?: Message[]; learning?: Message[] };
}

/** Drivers and moves of one flag. */
function explain(flag: RoleFlag, c: FlagContext): [Message[], Message[]] {
  const { f, score, weba, s } = c;
  const p = score.proxies;
  const controlMoves = () => (c.cache.control ??= controlMovesOf(f, score));
  const learningMoves = () => (c.cache.learning ??= learningMovesOf(c.ix, f));
  const source = score.questionnaire
    ? [message('driver.questionnaire', { respondents: score.questionnaire.respondents })]
    : [];
  const load = p.Un > 0 ? [message('move.reduceLoad', { role: f.role.id, percent: percent(p.U) })] : [];
  switch (flag) {
    case 'LOW_LATITUDE':
    case 'PASSIVE':
      return [
        [...source, ...latitudeDrivers(score, s)],
        [...controlMoves(), ...learningMoves()],
      ];
    case 'HIGH_STRAIN':
      return [
        [...source, ...demandDrivers(score), ...latitudeDrivers(score, s)],
        [...controlMoves(), ...load],
      ];
    case 'ISO_STRAIN':
      return [
        [message(f.role.teamId ? 'driver.smallTeam' : 'driver.noTeam', { people: score.groupPeople })],
        [teamMove(f), ...controlMoves()],
      ];
    case 'CONTROL_PROBLEM':
      return [
        [message('driver.strainRatio', { ratio: round(score.strainRatio, 2) }), ...demandDrivers(score)],
        [...controlMoves(), ...load],
      ];
    case 'SHORT_CYCLE':
      return [
        [
          message('driver.shortCycleShare', { percent: percent(p.shortCycleShare ?? 0) }),
          message('driver.cycleTime', { cycleMin: round(p.cyc ?? 0, 1) }),
        ],
        [message('move.enlargeCycle', { role: f.role.id }), ...learningMoves()],
      ];
    case 'WEBA_STRESS_RISK':
      return [
        [message('driver.highDemands', { pd: round(score.scores.PD, 1) }), ...webaDrivers(weba, [2, 5, 7])],
        [...controlMoves(), ...(weba.criteria[6] === 'fail' ? [teamMove(f)] : [])],
      ];
    case 'WEBA_LEARNING_RISK':
      return [webaDrivers(weba, [1, 2, 3, 4]), learningMoves()];
  }
}

/** One finding per flag of a role. */
export function roleFindings(
  ix: ScenarioIndex,
  roleId: RoleId,
  score: RoleScore,
  weba: WebaResult,
  flags: RoleFlag[],
  s: AnalysisSettings,
): Finding[] {
  const f = ix.facts.get(roleId);
  if (!f) return [];
  const context: FlagContext = { ix, f, score, weba, s, cache: {} };
  return flags.map((flag) => {
    const [drivers, suggestedMoves] = explain(flag, context);
    return { code: flag, severity: SEVERITY[flag], entityId: roleId, drivers, suggestedMoves };
  });
}
