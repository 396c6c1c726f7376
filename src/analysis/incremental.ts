import type { AnalysisSettings, Scenario } from '../model/types';
import { updateAnalysis, type Change } from './incrementalUpdate';
import { analyseFromScratch, type AnalysisState, type ScenarioAnalysis } from './scenarioAnalysis';

/**
 * Re-analysis after an edit. Immer keeps every entity an edit did not touch identical, so
 * the change from the last scenario analysed is found by comparing references; what depends
 * only on untouched entities is taken over from the last analysis, the rest is recomputed
 * with the same functions as a from-scratch analysis, in the same order, so the result is
 * identical to `analyseScenarioData` (tests/analysis/incremental.test.ts checks it).
 *
 * Edits of tasks and roles that keep the set and order of both (loads, shares, cycle times,
 * headcounts, qualifications, questionnaires, …) take this path; anything else — an entity
 * added or deleted, a role changing team or unit, a workstation, family, unit or team
 * edited, other settings — is analysed from scratch.
 */
export interface IncrementalAnalyser {
  analyse(scenario: Scenario, settings: AnalysisSettings): ScenarioAnalysis;
  /** Whether `analyse` would only update the last analysis (a small edit of its scenario). */
  isSmallChange(scenario: Scenario, settings: AnalysisSettings): boolean;
}

/** Above this many changed tasks and roles an update costs about what a fresh analysis does. */
const MAX_CHANGED = 64;

/** The change from the analysed scenario, or null when it is not a small edit of tasks and roles. */
function changeFrom(prev: AnalysisState, scenario: Scenario, settings: AnalysisSettings): Change | null {
  const old = prev.scenario;
  if (settings !== prev.settings || scenario.id !== old.id) return null;
  if (
    scenario.units !== old.units ||
    scenario.teams !== old.teams ||
    scenario.workstations !== old.workstations ||
    scenario.families !== old.families
  )
    return null;
  const tasks = scenario.tasks === old.tasks ? prev.ix.tasks : changedList(prev.ix.tasks, scenario.tasks);
  const roles = scenario.roles === old.roles ? prev.ix.roles : changedList(prev.ix.roles, scenario.roles);
  if (!tasks || !roles) return null;
  const changedTasks = changes(prev.ix.tasks, tasks);
  const changedRoles = changes(prev.ix.roles, roles);
  if (!changedTasks || !changedRoles || changedTasks.length + changedRoles.length > MAX_CHANGED) return null;
  // A role's team and unit decide its holder group everywhere; such a move is analysed afresh.
  for (const { before, after } of changedRoles)
    if (before.teamId !== after.teamId || before.unitId !== after.unitId) return null;
  return { tasks, roles, changedTasks, changedRoles };
}

/**
 * The record's entities when it holds the same ids in the same order as `before`, else
 * null. A for-in walk: `Object.values` of a large frozen record costs several times more.
 */
function changedList<T extends { id: string }>(before: T[], record: Record<string, T>): T[] | null {
  let after: T[] | null = null;
  let i = 0;
  for (const id in record) {
    const was = before[i];
    if (was === undefined || was.id !== id) return null;
    const entity = record[id] as T;
    if (entity !== was) (after ??= before.slice())[i] = entity;
    i++;
  }
  return i === before.length ? (after ?? before) : null;
}

function changes<T>(before: readonly T[], after: readonly T[]): { idx: number; before: T; after: T }[] | null {
  const out: { idx: number; before: T; after: T }[] = [];
  if (before === after) return out;
  for (let i = 0; i < after.length; i++)
    if (after[i] !== before[i]) {
      out.push({ idx: i, before: before[i] as T, after: after[i] as T });
      if (out.length > MAX_CHANGED) return null;
    }
  return out;
}

export function createIncrementalAnalyser(): IncrementalAnalyser {
  let state: AnalysisState | null = null;
  let lastChange: { scenario: Scenario; settings: AnalysisSettings; change: Change | null } | null = null;
  const changeOf = (scenario: Scenario, settings: AnalysisSettings): Change | null => {
    if (!state) return null;
    if (lastChange?.scenario !== scenario || lastChange.settings !== settings)
      lastChange = { scenario, settings, change: changeFrom(state, scenario, settings) };
    return lastChange.change;
  };
  return {
    analyse(scenario, settings) {
      if (state && state.scenario === scenario && state.settings === settings) return state.analysis;
      const change = changeOf(scenario, settings);
      state = state && change ? updateAnalysis(state, scenario, change) : analyseFromScratch(scenario, settings, {});
      lastChange = null;
      return state.analysis;
    },
    isSmallChange(scenario, settings) {
      if (state && state.scenario === scenario && state.settings === settings) return true;
      return changeOf(scenario, settings) !== null;
    },
  };
}
