import type { ScenarioId } from '../model/ids';
import type { CoverageResult } from './coverage';
import { holdersOf, type ScenarioIndex } from './derived';
import type { FamilyHandoffs } from './interfaces';
import { message, type Finding, type Message } from './messages';
import type { FtmsCompleteness, MctResult } from './qrm';
import type { FamilyId } from '../model/ids';
import type { RoleScore } from './roleScores';
import { PARAMETER_KEYS, type ParameterKey, type StructureParameters } from './structureParameters';

/** A parameter at or above this value is reported. */
export const PARAMETER_CUT = 0.5;
/** A flow with at least this many handoffs is reported. */
export const HANDOFF_CUT = 2;
/** Questionnaire and proxy differing by this many scale points on SD, DA or PD is reported. */
export const QUESTIONNAIRE_GAP_CUT = 6;
/** Parameter drivers listed per finding. */
const MAX_DRIVERS = 5;

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The redesign moves of domain.md §3 that lower each parameter. */
const MOVES: Record<ParameterKey, string[]> = {
  P1: ['move.parallelise', 'move.segment'],
  P2: ['move.wholeTasks', 'move.crossTrain'],
  P3: ['move.segment', 'move.wholeTasks'],
  P4: ['move.controlIntoTeams'],
  P5: ['move.controlIntoTeams'],
  P6: ['move.teamsJoinImprovement', 'move.training'],
  P7: ['move.controlIntoTeams'],
};

function parameterFindings(scenarioId: ScenarioId, parameters: StructureParameters): Finding[] {
  const out: Finding[] = [];
  for (const key of PARAMETER_KEYS) {
    const { value, drivers } = parameters[key];
    if (value === null || value < PARAMETER_CUT) continue;
    const top = drivers
      .slice(0, MAX_DRIVERS)
      .map((d) => message(`driver.${d.reason}`, { entity: d.entityId, weight: round(d.weight, 3), ...d.params }));
    out.push({
      code: 'PARAMETER_HIGH',
      severity: value >= 0.75 ? 'warning' : 'info',
      entityId: scenarioId,
      drivers: [message('driver.parameterValue', { parameter: key, value: round(value, 3) }), ...top],
      suggestedMoves: MOVES[key].map((k) => message(k, { parameter: key })),
    });
  }
  return out;
}

function taskFindings(ix: ScenarioIndex): Finding[] {
  const out: Finding[] = [];
  for (const t of ix.tasks) {
    if (holdersOf(ix, t.id).length === 0)
      out.push({
        code: 'TASK_UNASSIGNED',
        severity: 'warning',
        entityId: t.id,
        drivers: [message('driver.noHolder', { load: t.load })],
        suggestedMoves: [message('move.assignTask', { task: t.id })],
      });
    if (t.scope.length === 0)
      out.push({
        code: 'TASK_WITHOUT_SCOPE',
        severity: 'info',
        entityId: t.id,
        drivers: [message('driver.noScope')],
        suggestedMoves: [message('move.setScope', { task: t.id })],
      });
  }
  return out;
}

function flowFindings(handoffs: FamilyHandoffs[]): Finding[] {
  const out: Finding[] = [];
  for (const h of handoffs) {
    const missing = h.steps.filter((s) => s.holderId === null);
    if (missing.length > 0)
      out.push({
        code: 'STEP_WITHOUT_MAKE',
        severity: 'info',
        entityId: h.familyId,
        drivers: missing.map((s) => message('driver.stepWithoutMake', { step: s.stepId })),
        suggestedMoves: [message('move.addMakeTask', { family: h.familyId })],
      });
    if (h.count >= HANDOFF_CUT)
      out.push({
        code: 'FAMILY_MANY_HANDOFFS',
        severity: 'warning',
        entityId: h.familyId,
        drivers: [
          message('driver.handoffs', { count: h.count }),
          message('driver.unitsCrossed', { count: h.unitsCrossed }),
        ],
        suggestedMoves: [
          message('move.parallelFlow', { family: h.familyId, parameter: 'P1' }),
          message('move.formCell', { family: h.familyId }),
        ],
      });
  }
  return out;
}

function cellFindings(ix: ScenarioIndex, cells: FtmsCompleteness[]): Finding[] {
  if (!ix.units.some((u) => u.kind === 'cell')) return [];
  return cells
    .filter((c) => !c.complete && c.steps > 0 && c.familyIds.length > 0)
    .map((c) => ({
      code: 'FTMS_NOT_CELL_COMPLETE' as const,
      severity: 'info' as const,
      entityId: c.familyIds[0] ?? ix.scenario.id,
      drivers: [
        message('driver.ftms', { ftms: c.ftms, families: c.familyIds.length }),
        message('driver.stepsOutsideCell', { count: c.outside.length, steps: c.steps }),
      ],
      suggestedMoves: c.cellUnitId ? [message('move.moveWorkstationsIntoCell', { cell: c.cellUnitId })] : [],
    }));
}

function coverageFindings(coverage: CoverageResult): Finding[] {
  if (!coverage.hasData) return [];
  const out: Finding[] = [];
  const trainFor = (pred: (n: CoverageResult['trainingNeeds'][number]) => boolean): Message[] =>
    coverage.trainingNeeds
      .filter(pred)
      .map((n) => message('move.train', { role: n.roleId, workstation: n.workstationId, fromLevel: n.fromLevel }));
  for (const w of coverage.workstations) {
    if (w.status === 'ok') continue;
    const code =
      w.status === 'uncovered' ? 'WORKSTATION_UNCOVERED' : w.status === 'red-zone' ? 'RED_ZONE' : 'WORKSTATION_BELOW_K';
    out.push({
      code,
      severity: w.status === 'below-k' ? 'info' : 'critical',
      entityId: w.workstationId,
      drivers: [message('driver.qualifiedPeople', { people: w.qualifiedPeople, k: coverage.kPerWorkstation })],
      suggestedMoves: trainFor(
        (n) => n.workstationId === w.workstationId && n.reasons.includes('workstation-coverage'),
      ),
    });
  }
  for (const r of coverage.roles) {
    if (r.gap <= 0) continue;
    out.push({
      code: 'ROLE_BELOW_K',
      severity: 'info',
      entityId: r.roleId,
      drivers: [
        message('driver.qualifiedWorkstations', { workstations: r.qualifiedWorkstations, k: coverage.kPerRole }),
      ],
      suggestedMoves: trainFor((n) => n.roleId === r.roleId && n.reasons.includes('role-coverage')),
    });
  }
  return out;
}

function questionnaireFindings(scores: RoleScore[]): Finding[] {
  const out: Finding[] = [];
  for (const r of scores) {
    const q = r.questionnaire;
    if (!q) continue;
    const gaps = (['SD', 'DA', 'PD'] as const).filter(
      (k) => Math.abs(q[k] - r.proxyScores[k]) >= QUESTIONNAIRE_GAP_CUT,
    );
    if (gaps.length === 0) continue;
    out.push({
      code: 'QUESTIONNAIRE_GAP',
      severity: 'info',
      entityId: r.roleId,
      drivers: gaps.map((scale) =>
        message('driver.questionnaireGap', {
          scale,
          questionnaire: round(q[scale], 1),
          proxy: round(r.proxyScores[scale], 1),
        }),
      ),
      suggestedMoves: [message('move.reviewTaskData', { role: r.roleId })],
    });
  }
  return out;
}

function mctFindings(mct: { familyId: FamilyId; result: MctResult }[]): Finding[] {
  return mct
    .filter((m) => !m.result.ok)
    .map((m) => ({
      code: 'MCT_MAP_CYCLE' as const,
      severity: 'warning' as const,
      entityId: m.familyId,
      drivers: [message('driver.mctCycle')],
      suggestedMoves: [message('move.fixMctMap', { family: m.familyId })],
    }));
}

export interface StructureFindingInput {
  ix: ScenarioIndex;
  mct: { familyId: FamilyId; result: MctResult }[];
  parameters: StructureParameters;
  handoffs: FamilyHandoffs[];
  cells: FtmsCompleteness[];
  coverage: CoverageResult;
  scores: RoleScore[];
}

/** Findings about the structure, the flows, cells, coverage and questionnaire gaps. */
export function structureFindings(input: StructureFindingInput): Finding[] {
  return [
    ...parameterFindings(input.ix.scenario.id, input.parameters),
    ...taskFindings(input.ix),
    ...flowFindings(input.handoffs),
    ...cellFindings(input.ix, input.cells),
    ...coverageFindings(input.coverage),
    ...questionnaireFindings(input.scores),
    ...mctFindings(input.mct),
  ];
}
