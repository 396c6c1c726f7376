import { createScenarioId, type ScenarioId } from '../ids';
import { createScenario, scenariosInOrder } from '../factories';
import { LIMITS, analysisSettingsSchema, nameSchema } from '../schema';
import type { AnalysisSettings, Project } from '../types';
import { CommandError } from './errors';
import { scenarioOf, validated } from './shared';
import { cloneScenarioWithNewIds } from './clone';

export function renameProject(draft: Project, args: { name: string }): void {
  draft.name = validated(nameSchema, args.name);
}

export function setProjectDescription(draft: Project, args: { description: string }): void {
  draft.description = args.description.slice(0, 5000);
}

export function updateSettings(draft: Project, args: { settings: Partial<AnalysisSettings> }): void {
  draft.settings = validated(analysisSettingsSchema, { ...draft.settings, ...args.settings });
}

/** The file format caps scenarios; a project past the cap would not load again. */
function assertRoomForScenario(draft: Project): void {
  if (Object.keys(draft.scenarios).length >= LIMITS.scenarios)
    throw new CommandError('too-many-scenarios', `a project holds at most ${LIMITS.scenarios} scenarios`, { max: LIMITS.scenarios });
}

function nextOrder(draft: Project): number {
  const orders = Object.values(draft.scenarios).map((s) => s.order);
  return orders.length ? Math.max(...orders) + 1 : 0;
}

export function addScenario(draft: Project, args: { name: string; id?: ScenarioId }): void {
  assertRoomForScenario(draft);
  const scenario = createScenario(validated(nameSchema, args.name), nextOrder(draft), args.id ?? createScenarioId());
  draft.scenarios[scenario.id] = scenario;
}

/** Copies a scenario (e.g. to-be from as-is) with fresh ids for every entity. */
export function duplicateScenario(draft: Project, args: { scenarioId: ScenarioId; name: string; newId?: ScenarioId }): void {
  const source = scenarioOf(draft, args.scenarioId);
  assertRoomForScenario(draft);
  const copy = cloneScenarioWithNewIds(source, args.newId ?? createScenarioId());
  copy.name = validated(nameSchema, args.name);
  copy.order = nextOrder(draft);
  draft.scenarios[copy.id] = copy;
}

export function renameScenario(draft: Project, args: { scenarioId: ScenarioId; name: string }): void {
  scenarioOf(draft, args.scenarioId).name = validated(nameSchema, args.name);
}

export function deleteScenario(draft: Project, args: { scenarioId: ScenarioId }): void {
  scenarioOf(draft, args.scenarioId);
  if (Object.keys(draft.scenarios).length <= 1)
    throw new CommandError('last-scenario', 'a project keeps at least one scenario');
  delete draft.scenarios[args.scenarioId];
  // Story steps and impact notes about the scenario go with it (and come back on undo).
  for (const step of Object.values(draft.story)) if (step.scenarioId === args.scenarioId) delete draft.story[step.id];
  for (const key of Object.keys(draft.impactNotes))
    if (key.split('>').includes(args.scenarioId)) delete draft.impactNotes[key];
}

/** Moves a scenario to a new tab position; orders are renumbered 0..n-1. */
export function reorderScenario(draft: Project, args: { scenarioId: ScenarioId; toIndex: number }): void {
  const ordered = scenariosInOrder(draft).filter((s) => s.id !== args.scenarioId);
  const moving = scenarioOf(draft, args.scenarioId);
  const index = Math.max(0, Math.min(ordered.length, Math.round(args.toIndex)));
  ordered.splice(index, 0, moving);
  ordered.forEach((s, i) => {
    if (s.order !== i) s.order = i;
  });
}
