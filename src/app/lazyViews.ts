import { lazy } from 'react';

/**
 * What the first screen (top bar, palette, canvas, inspector) does not show, loaded on
 * first use so the start of the app downloads and parses less. Render them inside a
 * Suspense boundary.
 */
export const TaskTable = lazy(() => import('../ui/TaskTable').then((m) => ({ default: m.TaskTable })));
export const SkillsMatrixView = lazy(() =>
  import('../ui/skills/SkillsMatrixView').then((m) => ({ default: m.SkillsMatrixView })),
);
export const AnalysisView = lazy(() =>
  import('../ui/analysis/AnalysisView').then((m) => ({ default: m.AnalysisView })),
);
export const CompareView = lazy(() => import('../ui/compare/CompareView').then((m) => ({ default: m.CompareView })));
export const ShortcutsDialog = lazy(() =>
  import('../ui/ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog })),
);
export const ProjectsDialog = lazy(() => import('../ui/ProjectsDialog').then((m) => ({ default: m.ProjectsDialog })));
export const StorageDialog = lazy(() =>
  import('../ui/storage/StorageDialog').then((m) => ({ default: m.StorageDialog })),
);
export const VersionHistoryDialog = lazy(() =>
  import('../ui/history/VersionHistoryDialog').then((m) => ({ default: m.VersionHistoryDialog })),
);
export const ImportErrorDialog = lazy(() =>
  import('../ui/ImportErrorDialog').then((m) => ({ default: m.ImportErrorDialog })),
);
