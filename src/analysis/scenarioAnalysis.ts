import type { FamilyId, RoleId, ScenarioId } from '../model/ids';
import type { AnalysisSettings, Scenario } from '../model/types';
import { coverageOf, type CoverageResult } from './coverage';
import { buildIndex, type RoleFacts, type ScenarioIndex } from './derived';
import { structureFindings } from './findings';
import { roleFindings, roleFlags, type RoleFlag } from './flags';
import { familyHandoffs, roleInterfaces, type FamilyHandoffs, type RoleInterfaces } from './interfaces';
import { compareFindings, type Finding } from './messages';
import { cellCompleteness, mctOf, polcaOf, type FtmsCompleteness, type MctResult, type PolcaResult } from './qrm';
import { roleScore, type RoleScore } from './roleScores';
import { structureParameters, type SeparationMemo, type StructureParameters } from './structureParameters';
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

/** The parts of an analysis apart from its findings, which are derived from them. */
export type AnalysisParts = Omit<ScenarioAnalysis, 'scenarioId' | 'settings' | 'findings'>;

const noInterfaces = (): RoleInterfaces => ({ count: 0, groups: [] });

/** A role's score with its interfaces, WEBA and flags; spelled out (not spread) to stay cheap. */
export function analyseRole(
  ix: ScenarioIndex,
  f: RoleFacts,
  own: RoleInterfaces | undefined,
  settings: AnalysisSettings,
): RoleAnalysis {
  const score = roleScore(ix, f, own, settings);
  const weba = webaOf(f, score, settings);
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
    interfaces: own ?? noInterfaces(),
    weba,
    flags: roleFlags(score, weba, settings),
  };
}

/** The analysis object over its parts, with the findings computed on first read. */
export function assembleAnalysis(
  ix: ScenarioIndex,
  settings: AnalysisSettings,
  parts: AnalysisParts,
): ScenarioAnalysis {
  const { parameters, handoffs, roles, coverage, cells, mct, polca } = parts;
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
  const analysis = { scenarioId: ix.scenario.id, settings, parameters, handoffs, roles } as ScenarioAnalysis;
  Object.defineProperty(analysis, 'findings', {
    enumerable: true,
    get: () => (findings ??= findFindings()),
  });
  return Object.assign(analysis, { coverage, cells, mct, polca });
}

/** A from-scratch analysis with the index and interfaces it was computed from. */
export interface AnalysisState {
  scenario: Scenario;
  settings: AnalysisSettings;
  ix: ScenarioIndex;
  interfaces: Map<RoleId, RoleInterfaces>;
  analysis: ScenarioAnalysis;
  /** Kept for the next incremental update; absent for a one-off analysis. */
  memo?: SeparationMemo;
}

export function analyseFromScratch(
  scenario: Scenario,
  settings: AnalysisSettings,
  memo?: SeparationMemo,
): AnalysisState {
  const ix = buildIndex(scenario);
  const interfaces = roleInterfaces(ix);
  const roles: RoleAnalysis[] = [];
  for (const f of ix.facts.values()) roles.push(analyseRole(ix, f, interfaces.get(f.role.id), settings));
  const parameters = structureParameters(ix, memo);
  const handoffs = ix.families.map((family) => familyHandoffs(ix, family));
  const coverage = coverageOf(ix, settings);
  const cells = cellCompleteness(ix);
  const mct = ix.families.flatMap((f) => (f.mct ? [{ familyId: f.id, result: mctOf(f.mct) }] : []));
  const polca = Object.values(scenario.polcaLoops).map(polcaOf);
  const analysis = assembleAnalysis(ix, settings, { parameters, handoffs, roles, coverage, cells, mct, polca });
  return { scenario, settings, ix, interfaces, analysis, memo };
}
