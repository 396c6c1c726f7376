import { lazy } from 'react';
import { withAllMessages } from '../i18n';

/**
 * What the first screen (top bar, palette, canvas, inspector) does not show, loaded on
 * first use so the start of the app downloads and parses less, each with the messages the
 * first screen leaves out (withAllMessages). Render them inside a Suspense boundary;
 * prefetch.ts fetches them in idle time once the canvas shows.
 */
export const TaskTable = lazy(() =>
  withAllMessages(() => import('../ui/TaskTable')).then((m) => ({ default: m.TaskTable })),
);
export const SkillsMatrixView = lazy(() =>
  withAllMessages(() => import('../ui/skills/SkillsMatrixView')).then((m) => ({ default: m.SkillsMatrixView })),
);
export const AnalysisView = lazy(() =>
  withAllMessages(() => import('../ui/analysis/AnalysisView')).then((m) => ({ default: m.AnalysisView })),
);
export const CompareView = lazy(() =>
  withAllMessages(() => import('../ui/compare/CompareView')).then((m) => ({ default: m.CompareView })),
);
export const ShortcutsDialog = lazy(() =>
  withAllMessages(() => import('../ui/ShortcutsDialog')).then((m) => ({ default: m.ShortcutsDialog })),
);
export const ProjectsDialog = lazy(() =>
  withAllMessages(() => import('../ui/ProjectsDialog')).then((m) => ({ default: m.ProjectsDialog })),
);
export const StorageDialog = lazy(() =>
  withAllMessages(() => import('../ui/storage/StorageDialog')).then((m) => ({ default: m.StorageDialog })),
);
export const VersionHistoryDialog = lazy(() =>
  withAllMessages(() => import('../ui/history/VersionHistoryDialog')).then((m) => ({
    default: m.VersionHistoryDialog,
  })),
);
export const ImportErrorDialog = lazy(() =>
  withAllMessages(() => import('../ui/ImportErrorDialog')).then((m) => ({ default: m.ImportErrorDialog })),
);
