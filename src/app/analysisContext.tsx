import {
  createContext,
  useContext,
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { analyseScenarioData, type RoleAnalysis, type ScenarioAnalysis } from '../analysis';
import type { RoleId } from '../model';
import { noteAnalysed } from './benchHook';
import { useEditor, useScenario } from './editorContext';

/**
 * The current analysis for components that show a small slice of it on thousands of nodes
 * (the canvas badges): they subscribe with a selector and re-render only when their slice
 * changes, where a context consumer re-renders on every new analysis.
 */
class AnalysisStore {
  private listeners = new Set<() => void>();
  constructor(private analysis: ScenarioAnalysis) {}

  get = (): ScenarioAnalysis => this.analysis;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(analysis: ScenarioAnalysis): void {
    if (analysis === this.analysis) return;
    this.analysis = analysis;
    for (const listener of this.listeners) listener();
  }
}

const AnalysisContext = createContext<ScenarioAnalysis | null>(null);
const AnalysisStoreContext = createContext<AnalysisStore | null>(null);

/**
 * Analyses the open scenario once per document change and shares the result with every
 * view (panel, canvas badges, skills matrix), so nothing computes it twice.
 *
 * The analysis follows the document as a deferred value: an edit renders and paints with
 * the previous analysis first, and the analysis of the new document is computed in the
 * background render that follows, so typing and dropping never wait for it.
 */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const current = useScenario();
  const deferred = useDeferredValue(current);
  // Another scenario (a new tab) is analysed at once: its views never show the last one's figures.
  const scenario = deferred.id === current.id ? deferred : current;
  const settings = useDeferredValue(useEditor((s) => s.project.settings));
  const analysis = useMemo(() => analyseScenarioData(scenario, settings), [scenario, settings]);
  const [store] = useState(() => new AnalysisStore(analysis));
  useLayoutEffect(() => {
    store.set(analysis);
    // For the bench (a no-op otherwise): when the analysis of this document reached the screen.
    noteAnalysed(scenario);
  }, [store, analysis, scenario]);
  return (
    <AnalysisStoreContext.Provider value={store}>
      <AnalysisContext.Provider value={analysis}>{children}</AnalysisContext.Provider>
    </AnalysisStoreContext.Provider>
  );
}

export function useAnalysis(): ScenarioAnalysis {
  const analysis = useContext(AnalysisContext);
  if (!analysis) throw new Error('useAnalysis outside an AnalysisProvider');
  return analysis;
}

/**
 * A slice of the analysis; the component re-renders only when the slice changes. The
 * selector must return a value that compares equal with `Object.is` while the slice is
 * unchanged: a primitive, or an object taken from the analysis as it is.
 */
export function useAnalysisSelector<T>(select: (analysis: ScenarioAnalysis) => T): T {
  const store = useContext(AnalysisStoreContext);
  if (!store) throw new Error('useAnalysisSelector outside an AnalysisProvider');
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

const roleIndex = new WeakMap<ScenarioAnalysis, Map<RoleId, RoleAnalysis>>();

/** The analysis of one role, through one index per analysis shared by every caller. */
export function roleAnalysisOf(analysis: ScenarioAnalysis, roleId: RoleId): RoleAnalysis | undefined {
  let byRole = roleIndex.get(analysis);
  if (!byRole) {
    byRole = new Map(analysis.roles.map((r) => [r.roleId, r]));
    roleIndex.set(analysis, byRole);
  }
  return byRole.get(roleId);
}

/** The analysis of one role, looked up through a per-analysis index. */
export function useRoleAnalysis(roleId: RoleId): RoleAnalysis | undefined {
  return roleAnalysisOf(useAnalysis(), roleId);
}
