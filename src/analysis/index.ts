import type { FamilyId, ScenarioId } from '../model/ids';
import type { AnalysisSettings, Project, Scenario } from '../model/types';
import { coverageOf, type CoverageResult } from './coverage';
import { buildIndex } from './derived';
import { structureFindings } from './findings';
import { roleFindings, roleFlags, type RoleFlag } from './flags';
import { familyHandoffs, roleInterfaces, type FamilyHandoffs, type RoleInterfaces } from './interfaces';
import { compareFindings, type Finding } from './messages';
import { cellCompleteness, mctOf, polcaOf, type FtmsCompleteness, type MctResult, type PolcaResult } from './qrm';
import { roleScore, type RoleScore } from './roleScores';
import { structureParameters, type StructureParameters } from './structureParameters';
import { webaOf, type WebaResult } from './weba';

export interface RoleAnalysis extends RoleScore {
  interfaces: RoleInterfaces;
  weba: WebaResult;
  flags: RoleFlag[];
}

/** Everything the UI, the PDF and the CLI show about one scenario. */
export interface ScenarioAnalysis {
  scenarioId: ScenarioId;
  settings: AnalysisSettings;
  parameters: StructureParameters;
  /** H(f) per family, in family order. */
  handoffs: FamilyHandoffs[];
  /** Per role, in role order. */
  roles: RoleAnalysis[];
  /**
   * Most severe first. Computed on first read and kept: the canvas never reads them, so an
   * edit there does not pay for the sentences and moves of every role.
   */
  findings: Finding[];
  coverage: CoverageResult;
  cells: FtmsCompleteness[];
  /** MCT per family that has a map, in family order. */
  mct: { familyId: FamilyId; result: MctResult }[];
  /** POLCA cards per loop. */
  polca: PolcaResult[];
}

const noInterfaces = (): RoleInterfaces => ({ count: 0, groups: [] });

/** A role's score with its interfaces, WEBA and flags; spelled out (not spread) to stay cheap. */
function roleAnalysis(score: RoleScore, interfaces: RoleInterfaces, weba: WebaResult, flags: RoleFlag[]): RoleAnalysis {
  return {
    roleId: score.roleId,
    groupId: score.groupId,
    proxies: score.proxies,
    proxyScores: score.proxyScores,
    questionnaire: score.questionnaire,
    scores: score.scores,
    source: score.source,
    strainRatio: score.strainRatio,
    quadrant: score.quadrant,
    isoStrain: score.isoStrain,
    qualityOnScope: score.qualityOnScope,
    foreignControl: score.foreignControl,
    groupPeople: score.groupPeople,
    interfaces,
    weba,
    flags,
  };
}

/** Analyses a scenario on its own (compare view, tests); never throws on a valid scenario. */
export function analyseScenarioData(scenario: Scenario, settings: AnalysisSettings): ScenarioAnalysis {
  const ix = buildIndex(scenario);
  const interfaces = roleInterfaces(ix);
  const roles: RoleAnalysis[] = [];
  for (const f of ix.facts.values()) {
    const own = interfaces.get(f.role.id);
    const score = roleScore(ix, f, own, settings);
    const weba = webaOf(f, score, settings);
    roles.push(roleAnalysis(score, own ?? noInterfaces(), weba, roleFlags(score, weba, settings)));
  }
  const parameters = structureParameters(ix);
  const handoffs = ix.families.map((family) => familyHandoffs(ix, family));
  const coverage = coverageOf(ix, settings);
  const cells = cellCompleteness(ix);
  const mct = ix.families.flatMap((f) => (f.mct ? [{ familyId: f.id, result: mctOf(f.mct) }] : []));
  const polca = Object.values(scenario.polcaLoops).map(polcaOf);

  const findFindings = (): Finding[] => {
    const findings: Finding[] = [];
    let i = 0;
    for (const f of ix.facts.values()) {
      const r = roles[i++] as RoleAnalysis;
      findings.push(...roleFindings(ix, f.role.id, r, r.weba, r.flags, settings));
    }
    findings.push(...structureFindings({ ix, parameters, handoffs, cells, coverage, mct, scores: roles }));
    return findings.sort(compareFindings);
  };
  let findings: Finding[] | undefined;
  // Built in field order, so JSON and key order stay as they were with a plain `findings` field.
  const analysis = { scenarioId: scenario.id, settings, parameters, handoffs, roles } as ScenarioAnalysis;
  Object.defineProperty(analysis, 'findings', {
    enumerable: true,
    get: () => (findings ??= findFindings()),
  });
  return Object.assign(analysis, { coverage, cells, mct, polca });
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
