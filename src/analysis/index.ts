import type { ScenarioId } from '../model/ids';
import type { AnalysisSettings, Project, Scenario } from '../model/types';
import { analyseFromScratch, type ScenarioAnalysis } from './scenarioAnalysis';

export type { RoleAnalysis, ScenarioAnalysis } from './scenarioAnalysis';
export { createIncrementalAnalyser, type IncrementalAnalyser } from './incremental';

/** Analyses a scenario on its own (compare view, tests); never throws on a valid scenario. */
export function analyseScenarioData(scenario: Scenario, settings: AnalysisSettings): ScenarioAnalysis {
  return analyseFromScratch(scenario, settings).analysis;
}

/** The single entry point: null when the project has no such scenario. */
export function analyseScenario(project: Project, scenarioId: ScenarioId): ScenarioAnalysis | null {
  const scenario = project.scenarios[scenarioId];
  return scenario ? analyseScenarioData(scenario, project.settings) : null;
}

export type {
  CoverageResult,
  RoleCoverage,
  TrainingNeed,
  WorkstationCoverage,
  WorkstationCoverageStatus,
} from './coverage';
export { QUALIFIED_LEVEL } from './coverage';
export type { GroupId } from './derived';
export type { RoleFlag } from './flags';
export type { FamilyHandoffs, RoleInterfaces, StepHolder } from './interfaces';
export {
  JCQ_ITEMS,
  JCQ_REVERSE_ITEMS,
  MIN_RESPONDENTS,
  canShowGroup,
  scoreJcq,
  scoreJcqGroup,
  questionnaireScores,
  type QuestionnaireScores,
  type JcqAnswers,
  type JcqGroupResult,
  type JcqItem,
  type JcqScores,
} from './jcq';
export type { Finding, FindingCode, Message, Severity } from './messages';
export {
  hoursToDays,
  mctOf,
  polcaCards,
  polcaOf,
  segmentDays,
  type FtmsCompleteness,
  type MctResult,
  type PolcaFigures,
  type PolcaResult,
} from './qrm';
export type { RoleProxies, RoleScore } from './roleScores';
export { ISO_SUPPORT_CUT, LONG_CYCLE_MIN, SHORT_CYCLE_MIN } from './roleScores';
export { quadrantOf, strainRatioOf, toJcqScale, type Quadrant } from './scales';
export { HANDOFF_CUT, PARAMETER_CUT, QUESTIONNAIRE_GAP_CUT } from './findings';
export {
  PARAMETER_KEYS,
  type ParameterDriver,
  type ParameterDriverReason,
  type ParameterKey,
  type ParameterResult,
  type StructureParameters,
} from './structureParameters';
export { WEBA_CRITERIA, type WebaCriterion, type WebaOutcome, type WebaResult } from './weba';
