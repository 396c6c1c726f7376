import { readFileSync, readdirSync } from 'node:fs';
import { analyseScenarioData, type ScenarioAnalysis } from '../../src/analysis';
import { parseProjectFile } from '../../src/io/projectFile';
import { scenariosInOrder } from '../../src/model/factories';
import type { Project, Scenario } from '../../src/model/types';
import type { RoleFlag } from '../../src/analysis';

/** Reads the committed template files the way the app does: through the import pipeline. */

export const TEMPLATE_DIR = new URL('../../templates/', import.meta.url);

export const templateFiles = (): string[] =>
  readdirSync(TEMPLATE_DIR)
    .filter((f) => f.endsWith('.latitude.json'))
    .sort();

export const readTemplate = (file: string): string => readFileSync(new URL(file, TEMPLATE_DIR), 'utf8');

export function loadTemplate(slug: string): Project {
  const result = parseProjectFile(readTemplate(`${slug}.latitude.json`));
  if (!result.ok) throw new Error(`${slug}: ${result.error.message}`);
  return result.project;
}

export interface Compared {
  project: Project;
  asIs: Scenario;
  toBe: Scenario;
  before: ScenarioAnalysis;
  after: ScenarioAnalysis;
}

/** The as-is (first tab) and to-be (second tab) of a template with their analyses. */
export function compare(slug: string): Compared {
  const project = loadTemplate(slug);
  const [asIs, toBe] = scenariosInOrder(project);
  if (!asIs || !toBe) throw new Error(`${slug}: needs an as-is and a to-be scenario`);
  return {
    project,
    asIs,
    toBe,
    before: analyseScenarioData(asIs, project.settings),
    after: analyseScenarioData(toBe, project.settings),
  };
}

export const param = (a: ScenarioAnalysis, key: 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6' | 'P7'): number =>
  a.parameters[key].value ?? 0;

export const flagged = (a: ScenarioAnalysis, flag: RoleFlag): number =>
  a.roles.filter((r) => r.flags.includes(flag)).length;

export const highStrain = (a: ScenarioAnalysis): number => flagged(a, 'HIGH_STRAIN');

export const handoffs = (a: ScenarioAnalysis): Map<string, number> =>
  new Map(a.handoffs.map((h) => [h.familyId, h.count]));
