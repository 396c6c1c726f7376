import { createContext, useContext, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { analyseScenarioData, type RoleAnalysis, type ScenarioAnalysis } from '../analysis';
import type { RoleId } from '../model';
import { noteAnalysed } from './benchHook';
import { useEditor, useScenario } from './editorContext';

const AnalysisContext = createContext<ScenarioAnalysis | null>(null);

/**
 * Analyses the open scenario once per document change and shares the result with every
 * view (panel, canvas badges, skills matrix), so nothing computes it twice.
 */
export function AnalysisProvider({ children }: { children: ReactNode }) {
  const scenario = useScenario();
  const settings = useEditor((s) => s.project.settings);
  const analysis = useMemo(() => analyseScenarioData(scenario, settings), [scenario, settings]);
  // For the bench (a no-op otherwise): when the analysis of this document reached the screen.
  useLayoutEffect(() => noteAnalysed(scenario), [scenario, analysis]);
  return <AnalysisContext.Provider value={analysis}>{children}</AnalysisContext.Provider>;
}

export function useAnalysis(): ScenarioAnalysis {
  const analysis = useContext(AnalysisContext);
  if (!analysis) throw new Error('useAnalysis outside an AnalysisProvider');
  return analysis;
}

/** The analysis of one role, looked up through a per-analysis index. */
export function useRoleAnalysis(roleId: RoleId): RoleAnalysis | undefined {
  const analysis = useAnalysis();
  const byRole = useMemo(() => new Map(analysis.roles.map((r) => [r.roleId, r])), [analysis]);
  return byRole.get(roleId);
}
