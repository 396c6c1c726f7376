import { useCallback, useMemo, useState } from 'react';
import { compareScenarios, type ScenarioComparison } from '../../analysis/compare';
import { assessImpact, type ImpactSection } from '../../analysis/impact';
import { useEditor } from '../../app/editorContext';
import { scenariosInOrder, type Project, type ProjectId, type Scenario, type ScenarioId } from '../../model';

interface Pair {
  before: ScenarioId | null;
  after: ScenarioId | null;
}

/** The pair last compared per project, so leaving the view and coming back keeps it. */
const remembered = new Map<ProjectId, Pair>();

/** The chosen pair where both still exist, else the first two tabs (or the one tab twice). */
function resolvePair(scenarios: readonly Scenario[], chosen: Pair): { before: ScenarioId; after: ScenarioId } | null {
  const exists = (id: ScenarioId | null) => (id && scenarios.some((s) => s.id === id) ? id : null);
  const first = scenarios[0]?.id;
  if (!first) return null;
  const before = exists(chosen.before) ?? first;
  const fallback = scenarios.find((s) => s.id !== before)?.id ?? before;
  return { before, after: exists(chosen.after) ?? fallback };
}

export interface ComparisonState {
  project: Project;
  scenarios: Scenario[];
  before: ScenarioId;
  after: ScenarioId;
  comparison: ScenarioComparison;
  impact: ImpactSection[];
  choose: (side: 'before' | 'after', id: ScenarioId) => void;
  swap: () => void;
}

/**
 * Which two scenarios are compared (default: the first two tabs) and their comparison,
 * recomputed only when one of the two scenarios or the analysis settings change.
 */
export function useComparison(): ComparisonState | null {
  const project = useEditor((s) => s.project);
  const scenarios = useMemo(() => scenariosInOrder(project), [project]);
  const [chosen, setChosen] = useState<Pair>(() => remembered.get(project.id) ?? { before: null, after: null });
  const pair = resolvePair(scenarios, chosen);
  const beforeScenario = pair ? project.scenarios[pair.before] : undefined;
  const afterScenario = pair ? project.scenarios[pair.after] : undefined;
  const comparison = useMemo(
    () => (beforeScenario && afterScenario ? compareScenarios(beforeScenario, afterScenario, project.settings) : null),
    [beforeScenario, afterScenario, project.settings],
  );
  const impact = useMemo(() => (comparison ? assessImpact(comparison) : null), [comparison]);
  const update = useCallback(
    (next: Pair) => {
      remembered.set(project.id, next);
      setChosen(next);
    },
    [project.id],
  );
  const choose = useCallback(
    (side: 'before' | 'after', id: ScenarioId) => update({ ...(pair ?? { before: null, after: null }), [side]: id }),
    [pair, update],
  );
  const swap = useCallback(() => pair && update({ before: pair.after, after: pair.before }), [pair, update]);
  if (!pair || !comparison || !impact) return null;
  return { project, scenarios, before: pair.before, after: pair.after, comparison, impact, choose, swap };
}
