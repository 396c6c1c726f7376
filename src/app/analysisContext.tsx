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
import { createIncrementalAnalyser, type RoleAnalysis, type ScenarioAnalysis } from '../analysis';
import type { RoleId } from '../model';
import { noteAnalysed } from './benchHook';
import { useEditor, useScenario } from './editorContext';

/**
 * The current analysis, shared through a store rather than as a context value: a new
 * context value makes React walk the whole tree under the provider (thousands of canvas
 * nodes) looking for consumers on every edit, while a store notifies its subscribers only.
 * Components that show a small slice of it on thousands of nodes (the canvas badges)
 * subscribe with a selector and re-render only when their slice changes.
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

const AnalysisStoreContext = createContext<AnalysisStore | null>(null);

/**
 * Analyses the open scenario once per document change and shares the result with every
 * view (panel, canvas badges, skills matrix), so nothing computes it twice.
 *
 * A small edit of the scenario analysed last (a task's or a role's figures, shares or
 * qualifications) updates the last analysis incrementally, which costs a few milliseconds
 * even at plant scale: it is done at once, in the edit's own render, so the canvas badges
 * change in the same frame as the edit. Anything else (entities added or deleted, teams,
 * workstations, settings) follows the document as a deferred value: the edit renders and
 * paints with the previous analysis first, and the analysis of the new document is computed
 * in the background render that follows, so typing and dropping never wait for it.
 */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const current = useScenario();
  const currentSettings = useEditor((s) => s.project.settings);
  const [analyser] = useState(createIncrementalAnalyser);
  const deferred = useDeferredValue(current);
  const deferredSettings = useDeferredValue(currentSettings);
  // Another scenario (a new tab) is analysed at once too: its views never show the last one's figures.
  const now = deferred.id !== current.id || analyser.isSmallChange(current, currentSettings);
  const scenario = now ? current : deferred;
  const settings = now ? currentSettings : deferredSettings;
  const analysis = useMemo(() => analyser.analyse(scenario, settings), [analyser, scenario, settings]);
  const [store] = useState(() => new AnalysisStore(analysis));
  useLayoutEffect(() => {
    store.set(analysis);
    // For the bench (a no-op otherwise): when the analysis of this document reached the screen.
    noteAnalysed(scenario);
  }, [store, analysis, scenario]);
  return <AnalysisStoreContext.Provider value={store}>{children}</AnalysisStoreContext.Provider>;
}

function useAnalysisStore(): AnalysisStore {
  const store = useContext(AnalysisStoreContext);
  if (!store) throw new Error('analysis hooks used outside an AnalysisProvider');
  return store;
}

/** The whole analysis; the component re-renders on every new analysis. */
export function useAnalysis(): ScenarioAnalysis {
  const store = useAnalysisStore();
  return useSyncExternalStore(store.subscribe, store.get);
}

/**
 * A slice of the analysis; the component re-renders only when the slice changes. The
 * selector must return a value that compares equal with `Object.is` while the slice is
 * unchanged: a primitive, or an object taken from the analysis as it is.
 */
export function useAnalysisSelector<T>(select: (analysis: ScenarioAnalysis) => T): T {
  const store = useAnalysisStore();
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
